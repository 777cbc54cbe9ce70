import type { ConsultationDetails, ConsultationThread } from './consultation.service.ts';

/** The consultation as the API shows it: fields picked one by one, with this actor's abilities. */
export function presentConsultation(d: ConsultationDetails) {
  const { c } = d;
  return {
    id: c.id,
    askerId: c.askerId,
    askerName: d.askerName,
    question: c.question,
    location: c.location,
    gridCode: c.gridCode,
    streetCode: c.streetCode,
    caseId: c.caseId,
    sourceId: c.sourceId,
    attachmentIds: c.attachmentIds,
    status: c.status,
    replyDeadlineAt: c.replyDeadlineAt,
    firstReplyAt: c.firstReplyAt,
    overdue: d.overdue,
    remindedAt: c.remindedAt,
    escalatedAt: c.escalatedAt,
    createdAt: c.createdAt,
    abilities: d.abilities,
  };
}

/** The consultation with its replies in order, each with its author's name. */
export function presentThread(t: ConsultationThread) {
  return {
    ...presentConsultation(t),
    replies: t.replies.map((r) => ({
      id: r.id,
      authorId: r.authorId,
      authorName: r.authorName,
      text: r.text,
      at: r.at,
    })),
  };
}
