import type { Repos } from '../../db/repos.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import type { ConsultationRecord } from './consultation.record.ts';

export type ConsultationNoticeKind =
  'consultation.ask' | 'consultation.reply' | 'consultation.remind' | 'consultation.escalate';

const TITLES: Record<ConsultationNoticeKind, string> = {
  'consultation.ask': '新咨询',
  'consultation.reply': '咨询有新回复',
  'consultation.remind': '咨询已超时未答复',
  'consultation.escalate': '咨询逾期未答复，请督办',
};

/** The first characters of a question, for a title that says what it is about. */
function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Inbox entries about a consultation (one statement, inside the caller's transaction). The
 * notification table links cases only, so the body names the consultation by its id on a line of
 * its own, after the question's beginning.
 */
export async function writeConsultationNotices(
  repos: Repos,
  at: number,
  userIds: readonly string[],
  c: Pick<ConsultationRecord, 'id' | 'question'>,
  kind: ConsultationNoticeKind,
): Promise<void> {
  const title = `${TITLES[kind]}：${excerpt(c.question, 40)}`;
  const body = `${excerpt(c.question, 300)}\nconsultation:${c.id}`;
  await repos.notifications.insertMany(
    [...new Set(userIds)].map((userId) => ({ userId, kind, caseId: null, title, body })),
    at,
  );
}

/** Tells the users live, after the transaction that wrote their inbox entries committed. */
export async function publishConsultationNotices(
  bus: EventBus,
  at: number,
  userIds: readonly string[],
): Promise<void> {
  if (userIds.length) await bus.publish({ type: 'notification', userIds: [...new Set(userIds)], at });
}
