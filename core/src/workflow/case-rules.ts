/**
 * Who may fire which case action in which state (docs/domain.md scope, docs/workflow.md actions). Pure: the server's
 * case service calls {@link decideCaseAction} (or {@link assertCaseAction}) inside the action's
 * transaction, and presents {@link caseAbilities} as a case's `abilities`.
 *
 * Order of the checks, and what each refusal means:
 * 1. the actor cannot see the case → `NOT_VISIBLE` (the API answers 404, so existence does not leak);
 * 2. the actor's roles and scope do not allow the action on this case → `FORBIDDEN` (403);
 * 3. the case's state (status, pending request, parts given, …) does not allow it → `INVALID_TRANSITION` (409).
 *
 * The sub-center acts on its own street's cases below district level: `street` cases and `grid`
 * cases (on-site resolutions) alike. District-level cases of its street are the center's; the
 * sub-center sees them, urges them and comments on them.
 */
import { AppError } from '../errors.ts';
import type { Actor } from '../permissions.ts';
import type { Role } from '../roles.ts';
import { CASE_ACTIONS, type CaseAction } from './case-actions.ts';
import { CASE_STATUS_INFO, OPEN_STATUSES, type CaseLevel, type CaseStatus } from './case-states.ts';

export type PendingRequestKind = 'extension' | 'suspension';

/** The fields of a case that the rules need. */
export interface CaseView {
  status: CaseStatus;
  level: CaseLevel;
  /** 9-digit street code of the case's grid. */
  streetCode: string;
  /** 15-digit grid code. */
  gridCode: string;
  /** User who reported it (null for public / Open311 reports). */
  reporterId: string | null;
  /** Department code of the lead department while dispatched (or last dispatched); null before. */
  leadDepartmentCode: string | null;
  /** Department codes of the assisting departments (联合执法). */
  assistDepartmentCodes: readonly string[];
  /** An extension or suspension request awaiting a decision. */
  pendingRequest: null | { kind: PendingRequestKind; requestedBy: string };
  /** Assisting departments (codes) that already gave their part in the current handling round. */
  assistFeedbackFrom: readonly string[];
  /** User id of the grid's current responsible supervisor; null when the grid has none. */
  gridSupervisorId: string | null;
  /** A leader has already evaluated the closed case. */
  evaluated?: boolean;
  /**
   * The case is a "new pollution source" report whose proposed source still awaits review
   * (docs/sources.md): it may close as a registration (`register_source`).
   */
  proposesPendingSource?: boolean;
  /** Grid officers the lead department brought into the case (they record what they did). */
  involvedOfficerIds?: readonly string[];
}

/** What the rules need from an action's payload. */
export interface ActionHints {
  /** verify: `real` (default true → reported; false → rejected). */
  real?: boolean;
  /** check: `passed` (default true → pending_close; false → dispatched, rework). */
  passed?: boolean;
  /** feedback: the payload says why some assisting parts are missing (`missingPartsReason`). */
  hasMissingPartsReason?: boolean;
  /** file: the level the filer sets (a sub-center may not file at district level: it escalates). */
  level?: CaseLevel;
}

export type RefusalReason = 'NOT_VISIBLE' | 'FORBIDDEN' | 'INVALID_TRANSITION';

export type CaseActionDecision =
  | {
      allowed: true;
      /** Status after the action (may equal the current one). */
      to: CaseStatus;
      /** Level after the action, when the action changes it (escalate, file with a level). */
      level?: CaseLevel;
    }
  | { allowed: false; reason: RefusalReason; message: string };

// ---------------------------------------------------------------------------------------------
// Visibility

/**
 * Whether `actor` may see the case: district scope sees every case; a street scope sees its
 * street's cases; a department scope sees cases where it is the lead or an assisting department.
 * The reporter and the grid's responsible supervisor always see the case.
 */
export function canSee(actor: Actor, c: CaseView): boolean {
  if (actor.id === c.reporterId || actor.id === c.gridSupervisorId) return true;
  const { kind, code } = actor.scope;
  if (kind === 'district') return true;
  if (kind === 'street') return code === c.streetCode;
  return c.leadDepartmentCode === code || c.assistDepartmentCodes.includes(code);
}

// ---------------------------------------------------------------------------------------------
// Who: each returns null when the actor qualifies, else why not (→ FORBIDDEN).

const has = (a: Actor, role: Role): boolean => a.roles.includes(role);
const ownStreet = (a: Actor, c: CaseView): boolean =>
  a.scope.kind === 'street' && a.scope.code === c.streetCode;
const center = (a: Actor, roles: readonly Role[]): boolean =>
  a.scope.kind === 'district' && roles.some((r) => has(a, r));
const subcenterOfStreet = (a: Actor, c: CaseView): boolean => has(a, 'subcenter') && ownStreet(a, c);

/** The district center in one of `roles`, or the case's street sub-center for a case below district level. */
function centerOrSubcenter(roles: readonly Role[], what: string) {
  return (a: Actor, c: CaseView): string | null => {
    if (center(a, roles)) return null;
    if (subcenterOfStreet(a, c)) {
      return c.level === 'district' ? `District-level cases are ${what} by the district center` : null;
    }
    const names = roles.join(' or ');
    return `Only district ${names} staff or the street's sub-center may do this (${what})`;
  };
}

function gridSupervisor(a: Actor, c: CaseView): string | null {
  if (!has(a, 'supervisor')) return "Only the grid's supervisor may do this";
  if (c.gridSupervisorId !== null) {
    return a.id === c.gridSupervisorId ? null : "Only the grid's responsible supervisor may do this";
  }
  // A grid without a responsible supervisor: any supervisor of the street stands in.
  return ownStreet(a, c) ? null : "Only a supervisor of the case's street may do this";
}

function leadHandler(a: Actor, c: CaseView): string | null {
  if (
    has(a, 'handler') &&
    a.scope.kind === 'department' &&
    c.leadDepartmentCode !== null &&
    a.scope.code === c.leadDepartmentCode
  )
    return null;
  return 'Only the lead department may do this';
}

function assistHandler(a: Actor, c: CaseView): string | null {
  if (
    has(a, 'handler') &&
    a.scope.kind === 'department' &&
    a.scope.code !== c.leadDepartmentCode &&
    c.assistDepartmentCodes.includes(a.scope.code)
  )
    return null;
  return 'Only an assisting department may give an assisting part';
}

const roleOnly =
  (role: Role, message: string) =>
  (a: Actor): string | null =>
    has(a, role) ? null : message;

type Who = (a: Actor, c: CaseView) => string | null;

const WHO: Readonly<Record<CaseAction, Who>> = {
  verify: gridSupervisor,
  file: centerOrSubcenter(['intake'], 'filed'),
  reject: centerOrSubcenter(['intake'], 'rejected'),
  void: centerOrSubcenter(['intake', 'dispatcher'], 'voided'),
  register_source: centerOrSubcenter(['intake'], 'registered'),
  dispatch: centerOrSubcenter(['dispatcher'], 'dispatched'),
  return: leadHandler,
  request_extension: leadHandler,
  approve_extension: centerOrSubcenter(['dispatcher'], 'decided'),
  deny_extension: centerOrSubcenter(['dispatcher'], 'decided'),
  request_suspension: leadHandler,
  approve_suspension: centerOrSubcenter(['dispatcher'], 'decided'),
  deny_suspension: centerOrSubcenter(['dispatcher'], 'decided'),
  resume: centerOrSubcenter(['dispatcher'], 'resumed'),
  assist_feedback: assistHandler,
  invite_assist: leadHandler,
  involve_officer: leadHandler,
  officer_report: roleOnly('officer', 'Only grid officers record on cases'),
  feedback: leadHandler,
  check: gridSupervisor,
  close: centerOrSubcenter(['intake', 'dispatcher'], 'closed'),
  escalate: (a, c) => (subcenterOfStreet(a, c) ? null : "Only the case's street sub-center escalates it"),
  urge: (a, c) =>
    center(a, ['intake', 'dispatcher']) || subcenterOfStreet(a, c)
      ? null
      : 'Only the district center or the street sub-center may urge',
  supervise: roleOnly('leader', 'Only leaders supervise cases'),
  comment: () => null,
  evaluate: roleOnly('leader', 'Only leaders evaluate cases'),
};

// ---------------------------------------------------------------------------------------------
// When: each returns the next status and level, or why not (→ INVALID_TRANSITION / FORBIDDEN).

type Outcome = { to: CaseStatus; level?: CaseLevel } | { refuse: string; reason?: 'FORBIDDEN' };
type When = (c: CaseView, a: Actor, h: ActionHints) => Outcome;

const statusName = (s: CaseStatus): string => `${s} (${CASE_STATUS_INFO[s].zh})`;

function inStatus(allowed: readonly CaseStatus[], c: CaseView, action: CaseAction): Outcome | null {
  if (allowed.includes(c.status)) return null;
  return {
    refuse: `Cannot ${action} a case that is ${statusName(c.status)}; needs ${allowed.join(' or ')}`,
  };
}

const simple =
  (from: readonly CaseStatus[], to: CaseStatus | 'same', action: CaseAction): When =>
  (c) =>
    inStatus(from, c, action) ?? { to: to === 'same' ? c.status : to };

function noPendingRequest(action: CaseAction): When {
  return (c) =>
    inStatus(['dispatched'], c, action) ??
    (c.pendingRequest
      ? { refuse: `A ${c.pendingRequest.kind} request is already pending` }
      : { to: 'dispatched' });
}

function decidesRequest(kind: PendingRequestKind, action: CaseAction, to: CaseStatus): When {
  return (c) =>
    inStatus(['dispatched'], c, action) ??
    (c.pendingRequest?.kind === kind ? { to } : { refuse: `No ${kind} request is pending` });
}

/** Assisting departments that have not given their part yet. */
export function missingAssistParts(c: CaseView): string[] {
  return c.assistDepartmentCodes.filter(
    (d) => d !== c.leadDepartmentCode && !c.assistFeedbackFrom.includes(d),
  );
}

const WHEN: Readonly<Record<CaseAction, When>> = {
  verify: (c, _a, h) =>
    inStatus(['pending_verification'], c, 'verify') ?? { to: h.real === false ? 'rejected' : 'reported' },
  file: (c, a, h) => {
    const bad = inStatus(['reported'], c, 'file');
    if (bad) return bad;
    if (h.level === 'district' && !center(a, ['intake'])) {
      return {
        refuse: 'A sub-center does not file at district level: escalate instead',
        reason: 'FORBIDDEN',
      };
    }
    return h.level ? { to: 'filed', level: h.level } : { to: 'filed' };
  },
  reject: simple(['reported'], 'rejected', 'reject'),
  void: simple(['reported', 'filed'], 'voided', 'void'),
  register_source: (c) =>
    inStatus(['reported'], c, 'register_source') ??
    (c.proposesPendingSource
      ? { to: 'closed' }
      : { refuse: 'Only a report proposing a new pollution source still pending review registers one' }),
  dispatch: simple(['filed'], 'dispatched', 'dispatch'),
  return: simple(['dispatched'], 'filed', 'return'),
  request_extension: noPendingRequest('request_extension'),
  approve_extension: decidesRequest('extension', 'approve_extension', 'dispatched'),
  deny_extension: decidesRequest('extension', 'deny_extension', 'dispatched'),
  request_suspension: noPendingRequest('request_suspension'),
  approve_suspension: decidesRequest('suspension', 'approve_suspension', 'suspended'),
  deny_suspension: decidesRequest('suspension', 'deny_suspension', 'dispatched'),
  resume: simple(['suspended'], 'dispatched', 'resume'),
  assist_feedback: (c, a) =>
    inStatus(['dispatched'], c, 'assist_feedback') ??
    (c.assistFeedbackFrom.includes(a.scope.code)
      ? { refuse: `Department ${a.scope.code} has already given its part` }
      : { to: 'dispatched' }),
  invite_assist: simple(['dispatched'], 'dispatched', 'invite_assist'),
  involve_officer: simple(['dispatched'], 'dispatched', 'involve_officer'),
  officer_report: (c, a) =>
    inStatus(['dispatched', 'suspended'], c, 'officer_report') ??
    (c.involvedOfficerIds?.includes(a.id)
      ? { to: c.status }
      : {
          refuse: 'Only a grid officer the lead department brought in records on the case',
          reason: 'FORBIDDEN',
        }),
  feedback: (c, _a, h) => {
    const bad = inStatus(['dispatched'], c, 'feedback');
    if (bad) return bad;
    const missing = missingAssistParts(c);
    if (missing.length > 0 && !h.hasMissingPartsReason) {
      return {
        refuse: `Assisting parts missing from ${missing.join(', ')}: wait for them or give missingPartsReason`,
      };
    }
    return { to: 'pending_check' };
  },
  check: (c, _a, h) =>
    inStatus(['pending_check'], c, 'check') ?? { to: h.passed === false ? 'dispatched' : 'pending_close' },
  close: simple(['pending_close'], 'closed', 'close'),
  escalate: (c) =>
    inStatus(['reported', 'filed'], c, 'escalate') ??
    (c.level === 'district'
      ? { refuse: 'The case is already at district level' }
      : { to: 'filed', level: 'district' }),
  urge: simple(OPEN_STATUSES, 'same', 'urge'),
  supervise: simple(OPEN_STATUSES, 'same', 'supervise'),
  comment: (c) => ({ to: c.status }),
  evaluate: (c) =>
    inStatus(['closed'], c, 'evaluate') ??
    (c.evaluated ? { refuse: 'The case has already been evaluated' } : { to: 'closed' }),
};

// ---------------------------------------------------------------------------------------------

/** Whether `actor` may fire `action` on the case now, and where it leads. */
export function decideCaseAction(
  actor: Actor,
  c: CaseView,
  action: CaseAction,
  hints: ActionHints = {},
): CaseActionDecision {
  if (!canSee(actor, c)) return { allowed: false, reason: 'NOT_VISIBLE', message: 'Case not found' };
  const who = WHO[action](actor, c);
  if (who !== null) return { allowed: false, reason: 'FORBIDDEN', message: who };
  const outcome = WHEN[action](c, actor, hints);
  if ('refuse' in outcome) {
    return { allowed: false, reason: outcome.reason ?? 'INVALID_TRANSITION', message: outcome.refuse };
  }
  return outcome.level
    ? { allowed: true, to: outcome.to, level: outcome.level }
    : { allowed: true, to: outcome.to };
}

/**
 * Like {@link decideCaseAction} but throws the API's error: NOT_FOUND (not visible), FORBIDDEN,
 * or INVALID_TRANSITION (details: `{status, action}`).
 */
export function assertCaseAction(
  actor: Actor,
  c: CaseView,
  action: CaseAction,
  hints: ActionHints = {},
): { to: CaseStatus; level?: CaseLevel } {
  const d = decideCaseAction(actor, c, action, hints);
  if (d.allowed) return d.level ? { to: d.to, level: d.level } : { to: d.to };
  if (d.reason === 'NOT_VISIBLE') throw new AppError('NOT_FOUND', 'Case not found');
  if (d.reason === 'FORBIDDEN') throw new AppError('FORBIDDEN', d.message, { action });
  throw new AppError('INVALID_TRANSITION', d.message, { status: c.status, action });
}

/**
 * The actions `actor` may take on the case now (a case's `abilities`, in {@link CASE_ACTIONS}
 * order). Without hints, optimistic choices are assumed: feedback is offered while assisting
 * parts are missing (the form then asks for `missingPartsReason`; see {@link missingAssistParts}).
 */
export function caseAbilities(actor: Actor, c: CaseView, hints: ActionHints = {}): CaseAction[] {
  const h: ActionHints = { hasMissingPartsReason: true, ...hints };
  return CASE_ACTIONS.filter((action) => decideCaseAction(actor, c, action, h).allowed);
}

/** Alias of {@link caseAbilities}. */
export const abilities = caseAbilities;
