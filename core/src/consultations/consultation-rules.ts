/**
 * 咨询 (docs/consultations.md): a supervisor (or an auditor) asks the enforcement or supervision
 * officers attached to a grid how to qualify a pollution problem, and they must answer promptly.
 * Who sees a consultation, who may reply, when the reply is due and when an unanswered one is
 * reminded and escalated are decided here; the server only gathers the facts (the grid's current
 * officers) and stores the outcome.
 */
import { can, type Actor } from '../permissions.ts';
import { addDuration, type DeadlineResult, type Duration } from '../time/durations.ts';
import type { WorkCalendar } from '../time/work-calendar.ts';

export const CONSULTATION_STATUSES = ['open', 'answered'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const CONSULTATION_STATUS_NAMES: Readonly<Record<ConsultationStatus, { zh: string; en: string }>> = {
  open: { zh: '待答复', en: 'Awaiting a reply' },
  answered: { zh: '已答复', en: 'Answered' },
};

export function isConsultationStatus(v: unknown): v is ConsultationStatus {
  return typeof v === 'string' && (CONSULTATION_STATUSES as readonly string[]).includes(v);
}

/** The officers answer within 2 working hours of the question (counted on the district's calendar). */
export const CONSULTATION_REPLY_LIMIT: Duration = { amount: 2, unit: 'hour', basis: 'working' };

/**
 * Still unanswered this long after the reply deadline (working time again), the street's
 * sub-center is told: by then the officers were reminded and did not react.
 */
export const CONSULTATION_ESCALATE_AFTER: Duration = { amount: 2, unit: 'hour', basis: 'working' };

/** Lengths of a question and of a reply, in characters. */
export const CONSULTATION_QUESTION_MAX = 2000;
export const CONSULTATION_REPLY_MAX = 2000;
/** Photos a question may carry. */
export const CONSULTATION_ATTACHMENTS_MAX = 9;

/** When the first reply is due for a question asked at `askedAt`: the limit on the calendar. */
export function consultationReplyDeadline(calendar: WorkCalendar, askedAt: number): DeadlineResult {
  return addDuration(calendar, askedAt, CONSULTATION_REPLY_LIMIT);
}

/** When an unanswered consultation goes to the street's sub-center: the second limit after the deadline. */
export function consultationEscalationAt(calendar: WorkCalendar, replyDeadlineAt: number): number {
  return addDuration(calendar, replyDeadlineAt, CONSULTATION_ESCALATE_AFTER).deadlineMs;
}

/**
 * The reply came (or has still not come) after its deadline. A reply exactly at the deadline is
 * in time, as with the case steps' deadlines.
 */
export function isConsultationOverdue(
  c: { replyDeadlineAt: number; firstReplyAt: number | null },
  now: number,
): boolean {
  return (c.firstReplyAt ?? now) > c.replyDeadlineAt;
}

/** An unanswered consultation whose deadline has passed and whose officers were not yet reminded. */
export function needsConsultationReminder(
  c: { replyDeadlineAt: number; firstReplyAt: number | null; remindedAt: number | null },
  now: number,
): boolean {
  return c.firstReplyAt === null && c.remindedAt === null && now > c.replyDeadlineAt;
}

/** An unanswered consultation past its escalation time, not escalated yet. */
export function needsConsultationEscalation(
  calendar: WorkCalendar,
  c: { replyDeadlineAt: number; firstReplyAt: number | null; escalatedAt: number | null },
  now: number,
): boolean {
  return (
    c.firstReplyAt === null &&
    c.escalatedAt === null &&
    now >= consultationEscalationAt(calendar, c.replyDeadlineAt)
  );
}

/** What the rules need to know of a consultation: who asked, where, and who answers the grid now. */
export interface ConsultationView {
  askerId: string;
  streetCode: string;
  /** The officers attached to the consultation's grid now (`grid_assignments`, not ended). */
  gridOfficerIds: readonly string[];
}

/** In which capacity an actor writes in a consultation's thread. */
export type ConsultationReplier = 'officer' | 'subcenter' | 'asker';

const isGridOfficer = (actor: Actor, v: ConsultationView): boolean =>
  can(actor, 'consultations.answer') && v.gridOfficerIds.includes(actor.id);

const isStreetSubcenter = (actor: Actor, streetCode: string): boolean =>
  actor.roles.includes('subcenter') && actor.scope.kind === 'street' && actor.scope.code === streetCode;

/**
 * Who may see a consultation: its asker, the grid's current officers, the street's sub-center,
 * and district-scoped staff (center, leaders, auditors, administrators), who read but do not answer.
 */
export function canSeeConsultation(actor: Actor, v: ConsultationView): boolean {
  return (
    actor.id === v.askerId ||
    isGridOfficer(actor, v) ||
    isStreetSubcenter(actor, v.streetCode) ||
    actor.scope.kind === 'district'
  );
}

/**
 * The capacity in which `actor` may reply, or null: the grid's current officers answer, the
 * street's sub-center may answer in their stead, and the asker may add a follow-up. An officer's
 * or the sub-center's reply answers the question; the asker's does not.
 */
export function consultationReplier(actor: Actor, v: ConsultationView): ConsultationReplier | null {
  if (isGridOfficer(actor, v)) return 'officer';
  if (isStreetSubcenter(actor, v.streetCode)) return 'subcenter';
  if (actor.id === v.askerId) return 'asker';
  return null;
}

/** Whether a reply in this capacity answers the question (sets the first reply, status answered). */
export const replyAnswers = (who: ConsultationReplier): boolean => who !== 'asker';

export const CONSULTATION_ABILITIES = ['reply'] as const;
export type ConsultationAbility = (typeof CONSULTATION_ABILITIES)[number];

export function consultationAbilities(actor: Actor, v: ConsultationView): ConsultationAbility[] {
  return canSeeConsultation(actor, v) && consultationReplier(actor, v) ? ['reply'] : [];
}

/**
 * The consultations a list shows an actor, as the union of what {@link canSeeConsultation}
 * allows: everything for district scope; otherwise those they asked, those of the grids they
 * are an officer of now, and their street's when they are its sub-center.
 */
export interface ConsultationReach {
  all: boolean;
  askerId: string;
  /** Consultations of the grids this user is attached to as an officer now. */
  officerId: string | null;
  streetCode: string | null;
}

export function consultationReach(actor: Actor): ConsultationReach {
  return {
    all: actor.scope.kind === 'district',
    askerId: actor.id,
    officerId: can(actor, 'consultations.answer') ? actor.id : null,
    streetCode: actor.roles.includes('subcenter') && actor.scope.kind === 'street' ? actor.scope.code : null,
  };
}

/**
 * Where a question may be asked: anywhere in the district by district scope, in their own street
 * by a street-scoped asker. (A case or source named by the question is checked by its own
 * visibility rule instead.)
 */
export function mayAskInStreet(actor: Pick<Actor, 'scope'>, streetCode: string): boolean {
  return actor.scope.kind !== 'street' || actor.scope.code === streetCode;
}

/**
 * Who is told of a new question: the grid's officers; a grid with none goes to the street's
 * sub-center at once, so no question waits for nobody.
 */
export function consultationRecipients(
  officerIds: readonly string[],
  subcenterIds: readonly string[],
): string[] {
  return [...new Set(officerIds.length > 0 ? officerIds : subcenterIds)];
}
