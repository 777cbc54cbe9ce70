import { AppError } from '../errors.ts';
import type { CaseAction } from './case-actions.ts';
import type { CasePatch, CaseRecord } from './case-record.ts';
import type { CaseLevel, CaseStatus, CaseUrgency } from './case-states.ts';
import { extendDeadline, openStep, resumeDeadline, type ClockSettings } from './step-clock.ts';

/** What one allowed action does to a case, beyond the status the rules decided. */
export interface Transition {
  patch: CasePatch;
  /** Stored on the event (the payload, plus what the server decided: deadlines, departments). */
  event: Record<string, unknown>;
  /** Photos attached by this action, and what they show. */
  attachments: { ids: string[]; kind: string };
}

export interface TransitionInput {
  action: CaseAction;
  to: CaseStatus;
  level?: CaseLevel;
  payload: Record<string, unknown>;
  c: CaseRecord;
  actorId: string;
  /** The department of a department-scoped actor (assist feedback). */
  actorDepartmentId: string | null;
  settings: ClockSettings;
  now: number;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const ids = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

/** Builds the patch and event of an action the rules already allowed. */
export function transition(i: TransitionInput): Transition {
  const { action, to, payload: p, c, settings, now } = i;
  const patch: CasePatch = { status: to, updatedAt: now };
  const event: Record<string, unknown> = {};
  for (const k of ['note', 'reason', 'result', 'comment', 'missingPartsReason'] as const) {
    const v = str(p[k]);
    if (v) event[k] = v;
  }
  let attachments = { ids: ids(p.attachmentIds), kind: action };
  const counters = { ...c.counters };

  const enterStep = (status: CaseStatus, over: { itemCode?: string; urgency?: CaseUrgency } = {}) => {
    const clock = openStep(
      settings,
      status,
      { itemCode: over.itemCode ?? c.itemCode, urgency: over.urgency ?? c.urgency },
      now,
    );
    patch.step = clock.step;
    patch.stepStartedAt = clock.stepStartedAt;
    patch.stepDeadlineAt = clock.stepDeadlineAt;
    patch.stepBasis = clock.stepBasis;
    if (clock.stepDeadlineAt !== null) event.deadlineMs = clock.stepDeadlineAt;
    if (clock.usedFallback) event.calendarFallback = true;
  };

  switch (action) {
    case 'verify':
      event.real = p.real;
      enterStep(to);
      break;
    case 'file': {
      const itemCode = str(p.itemCode) ?? c.itemCode;
      // The payload was validated against the action's schema before the rules ran.
      const urgency = (str(p.urgency) as CaseUrgency | undefined) ?? c.urgency;
      const level = i.level ?? (str(p.level) as CaseLevel | undefined) ?? c.level;
      Object.assign(patch, { itemCode, urgency, level });
      Object.assign(event, { itemCode, urgency, level: patch.level });
      enterStep(to, { itemCode, urgency });
      break;
    }
    case 'reject':
    case 'void':
      if (action === 'void' && str(p.duplicateOf)) {
        patch.duplicateOf = str(p.duplicateOf)!;
        event.duplicateOf = patch.duplicateOf;
      }
      enterStep(to);
      break;
    case 'dispatch': {
      const lead = str(p.leadDepartmentId)!;
      const assists = ids(p.assistDepartmentIds);
      Object.assign(patch, {
        leadDepartmentId: lead,
        assistDepartmentIds: assists,
        assistDoneIds: [],
        pendingRequest: null,
      });
      Object.assign(event, { leadDepartmentId: lead, assistDepartmentIds: assists });
      enterStep(to);
      break;
    }
    case 'return':
      counters.returned++;
      Object.assign(event, { leadDepartmentId: c.leadDepartmentId });
      Object.assign(patch, {
        leadDepartmentId: null,
        assistDepartmentIds: [],
        assistDoneIds: [],
        pendingRequest: null,
      });
      enterStep(to);
      break;
    case 'request_extension':
    case 'request_suspension': {
      const kind = action === 'request_extension' ? 'extension' : 'suspension';
      const extra = kind === 'extension' ? (p.extra as { amount: number; unit: 'hour' | 'day' }) : undefined;
      patch.pendingRequest = {
        kind,
        requestedBy: i.actorId,
        requestedAt: now,
        reason: str(p.reason) ?? str(p.note) ?? '',
        ...(extra ? { extra } : {}),
      };
      if (extra) event.extra = extra;
      break;
    }
    case 'approve_extension': {
      const req = c.pendingRequest;
      if (req?.kind !== 'extension' || !req.extra || c.stepDeadlineAt === null)
        throw new AppError('INVALID_TRANSITION', 'No extension request is pending');
      counters.extended++;
      patch.stepDeadlineAt = extendDeadline(settings, c, req.extra);
      patch.pendingRequest = null;
      Object.assign(event, {
        extra: req.extra,
        deadlineMs: patch.stepDeadlineAt,
        previousDeadlineMs: c.stepDeadlineAt,
      });
      break;
    }
    case 'deny_extension':
    case 'deny_suspension':
      patch.pendingRequest = null;
      break;
    case 'approve_suspension':
      counters.suspended++;
      Object.assign(patch, { pausedAt: now, pendingRequest: null });
      break;
    case 'resume':
      if (c.pausedAt === null || c.stepDeadlineAt === null)
        throw new AppError('INVALID_TRANSITION', 'The case is not suspended');
      patch.stepDeadlineAt = resumeDeadline(settings, c, now);
      patch.pausedAt = null;
      Object.assign(event, { pausedFrom: c.pausedAt, deadlineMs: patch.stepDeadlineAt });
      break;
    case 'assist_feedback':
      patch.assistDoneIds = [...new Set([...c.assistDoneIds, i.actorDepartmentId!])];
      event.departmentId = i.actorDepartmentId;
      break;
    case 'invite_assist': {
      const added = ids(p.assistDepartmentIds).filter((d) => !c.assistDepartmentIds.includes(d));
      patch.assistDepartmentIds = [...c.assistDepartmentIds, ...added];
      event.assistDepartmentIds = added;
      break;
    }
    case 'involve_officer':
      event.officerId = str(p.officerId);
      break;
    case 'officer_report':
      break;
    case 'feedback':
      patch.pendingRequest = null;
      enterStep(to);
      break;
    case 'check':
      event.passed = p.passed;
      if (p.passed === false) {
        counters.reworked++;
        patch.assistDoneIds = [];
        attachments = { ids: ids(p.attachmentIds), kind: 'check' };
      }
      enterStep(to);
      break;
    case 'close':
    case 'register_source':
      patch.closedAt = now;
      enterStep(to);
      break;
    case 'escalate':
      patch.level = 'district';
      event.level = 'district';
      enterStep(to);
      break;
    case 'urge':
      counters.urged++;
      break;
    case 'supervise':
      patch.supervisedAt = now;
      break;
    case 'comment':
      break;
    case 'evaluate':
      event.rating = p.rating;
      break;
  }
  patch.counters = counters;
  return { patch, event, attachments };
}
