import type { ConsultationStatus } from '@envgrid/core';

/** A consultation (咨询) as the services see it, apart from how the repository stores it. */
export interface ConsultationRecord {
  id: string;
  askerId: string;
  question: string;
  location: { lng: number; lat: number } | null;
  gridCode: string;
  streetCode: string;
  caseId: string | null;
  sourceId: string | null;
  attachmentIds: string[];
  status: ConsultationStatus;
  replyDeadlineAt: number;
  firstReplyAt: number | null;
  remindedAt: number | null;
  escalatedAt: number | null;
  createdAt: number;
}

export interface ConsultationReplyRecord {
  id: string;
  consultationId: string;
  authorId: string;
  text: string;
  at: number;
}

/** A reply with its author's display name, for the thread. */
export interface ConsultationReplyRow extends ConsultationReplyRecord {
  authorName: string;
}

/** A list page position: the last item's creation time and id (newest first). */
export interface ConsultationCursor {
  createdAt: number;
  id: string;
}
