/** Consultations (咨询). Typed here until the API contract is regenerated with their routes. */
import type { LngLat } from './case-types.ts';

export interface ConsultationReply {
  id: string;
  authorId: string;
  authorName: string;
  text: string;
  at: number;
}

export interface Consultation {
  id: string;
  askerId: string;
  askerName: string;
  question: string;
  location: LngLat | null;
  gridCode: string;
  streetCode: string;
  caseId: string | null;
  sourceId: string | null;
  attachmentIds: string[];
  status: 'open' | 'answered';
  replyDeadlineAt: number;
  firstReplyAt: number | null;
  overdue: boolean;
  remindedAt: number | null;
  escalatedAt: number | null;
  createdAt: number;
  /** reply: this user may write in the thread. */
  abilities: string[];
}

export interface ConsultationThread extends Consultation {
  replies: ConsultationReply[];
}

export interface ConsultationPage {
  items: Consultation[];
  nextCursor: string | null;
}

export interface NewConsultation {
  question: string;
  location?: LngLat;
  caseId?: string;
  sourceId?: string;
  attachmentIds?: string[];
}
