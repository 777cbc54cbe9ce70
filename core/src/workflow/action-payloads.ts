/**
 * What each case action's payload must carry (docs/domain.md), as a list of field
 * problems the server answers with 400 VALIDATION_FAILED. The routes' TypeBox schemas check
 * shapes and types first; this is the semantic layer (required reasons, a failed check's note,
 * a lead department that is not also assisting, a rating from 1 to 5, …).
 *
 * Paths are JSON pointers into the payload (`/extra/amount`); {@link assertActionPayload} prefixes
 * them with `body` like the server's schema errors (`body/extra/amount`).
 */
import { AppError } from '../errors.ts';
import {
  DURATION_UNITS,
  MAX_LIMIT_MINUTES,
  NATURAL_UNIT_MINUTES,
  type DurationUnit,
} from '../time/durations.ts';
import type { CaseAction } from './case-actions.ts';
import type { ActionHints } from './case-rules.ts';
import { CASE_LEVELS, CASE_URGENCIES, isCaseLevel, isCaseUrgency } from './case-states.ts';

export interface FieldProblem {
  /** JSON pointer into the payload, e.g. `/reason`, `/assistDepartmentIds/1`. */
  path: string;
  message: string;
}

/** Facts the caller knows that sharpen the checks (all optional). */
export interface PayloadContext {
  /** The case acted on: `void`'s `duplicateOf` must name another case. */
  caseId?: string;
  /** Item codes that exist (and are not retired): `file`'s `itemCode` must be one. */
  knownItemCodes?: Iterable<string>;
  /** Department ids that exist: `dispatch`'s departments must be among them. */
  knownDepartmentIds?: Iterable<string>;
}

export const MAX_TEXT_LENGTH = 2000;
export const MAX_ATTACHMENTS = 20;
export const MAX_ASSIST_DEPARTMENTS = 10;
export const EXTENSION_UNITS = DURATION_UNITS;
export type ExtensionUnit = DurationUnit;
/** Longest extension one request may ask for (90 days); longer waits are a suspension. */
export const MAX_EXTENSION_MINUTES = MAX_LIMIT_MINUTES;

type Payload = Record<string, unknown>;

const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Checks a text field: a string of at most MAX_TEXT_LENGTH characters, non-blank when required. */
function text(p: Payload, key: string, required: boolean, out: FieldProblem[], what = key): void {
  const v = p[key];
  if (v === undefined || v === null) {
    if (required) out.push({ path: `/${key}`, message: `${what} is required` });
    return;
  }
  if (typeof v !== 'string') out.push({ path: `/${key}`, message: `${what} must be text` });
  else if (v.trim() === '' && required) out.push({ path: `/${key}`, message: `${what} must not be empty` });
  else if (v.length > MAX_TEXT_LENGTH)
    out.push({ path: `/${key}`, message: `${what} must be at most ${MAX_TEXT_LENGTH} characters` });
}

function bool(p: Payload, key: string, out: FieldProblem[]): void {
  if (typeof p[key] !== 'boolean') out.push({ path: `/${key}`, message: `${key} must be true or false` });
}

/** A list of distinct non-empty id strings; `known` restricts the values. */
function idList(
  p: Payload,
  key: string,
  max: number,
  out: FieldProblem[],
  known?: ReadonlySet<string>,
): string[] {
  const v = p[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    out.push({ path: `/${key}`, message: `${key} must be a list of ids` });
    return [];
  }
  if (v.length > max) out.push({ path: `/${key}`, message: `${key} may hold at most ${max} ids` });
  const seen = new Set<string>();
  v.forEach((id: unknown, i) => {
    if (!filled(id)) out.push({ path: `/${key}/${i}`, message: 'must be a non-empty id' });
    else if (seen.has(id)) out.push({ path: `/${key}/${i}`, message: `${id} is listed twice` });
    else if (known && !known.has(id)) out.push({ path: `/${key}/${i}`, message: `Unknown id ${id}` });
    if (typeof id === 'string') seen.add(id);
  });
  return [...seen];
}

const asSet = (it: Iterable<string> | undefined): ReadonlySet<string> | undefined =>
  it === undefined ? undefined : it instanceof Set ? (it as Set<string>) : new Set(it);

type Check = (p: Payload, out: FieldProblem[], ctx: PayloadContext) => void;

const reasonRequired: Check = (p, out) => text(p, 'reason', true, out);
const noteOnly: Check = () => {};

const feedbackCheck: Check = (p, out) => {
  text(p, 'result', true, out);
  idList(p, 'attachmentIds', MAX_ATTACHMENTS, out);
};

const CHECKS: Readonly<Record<CaseAction, Check>> = {
  verify: (p, out) => bool(p, 'real', out),
  file: (p, out, ctx) => {
    if (p.itemCode !== undefined) {
      const known = asSet(ctx.knownItemCodes);
      if (!filled(p.itemCode)) out.push({ path: '/itemCode', message: 'itemCode must be a non-empty code' });
      else if (known && !known.has(p.itemCode))
        out.push({ path: '/itemCode', message: `Unknown or retired item ${p.itemCode}` });
    }
    if (p.urgency !== undefined && !isCaseUrgency(p.urgency))
      out.push({ path: '/urgency', message: `urgency must be one of ${CASE_URGENCIES.join(', ')}` });
    if (p.level !== undefined && !isCaseLevel(p.level))
      out.push({ path: '/level', message: `level must be one of ${CASE_LEVELS.join(', ')}` });
  },
  reject: reasonRequired,
  return: reasonRequired,
  void: (p, out, ctx) => {
    text(p, 'reason', false, out);
    if (p.duplicateOf !== undefined && p.duplicateOf !== null) {
      if (!filled(p.duplicateOf))
        out.push({ path: '/duplicateOf', message: 'duplicateOf must be a case id' });
      else if (ctx.caseId !== undefined && p.duplicateOf === ctx.caseId)
        out.push({ path: '/duplicateOf', message: 'A case cannot duplicate itself' });
    } else if (!filled(p.reason)) {
      out.push({ path: '/reason', message: 'Give duplicateOf (the case this one repeats) or a reason' });
    }
  },
  dispatch: (p, out, ctx) => {
    const known = asSet(ctx.knownDepartmentIds);
    if (!filled(p.leadDepartmentId)) {
      out.push({ path: '/leadDepartmentId', message: 'leadDepartmentId is required' });
    } else if (known && !known.has(p.leadDepartmentId)) {
      out.push({ path: '/leadDepartmentId', message: `Unknown department ${p.leadDepartmentId}` });
    }
    idList(p, 'assistDepartmentIds', MAX_ASSIST_DEPARTMENTS, out, known);
    const assists = Array.isArray(p.assistDepartmentIds) ? (p.assistDepartmentIds as unknown[]) : [];
    assists.forEach((id, i) => {
      if (filled(id) && id === p.leadDepartmentId)
        out.push({
          path: `/assistDepartmentIds/${i}`,
          message: 'The lead department cannot also be assisting',
        });
    });
  },
  request_extension: (p, out) => {
    text(p, 'reason', true, out);
    const extra = p.extra;
    if (!isObject(extra)) {
      out.push({ path: '/extra', message: 'extra {amount, unit} is required' });
      return;
    }
    const { amount, unit, basis } = extra;
    const unitOk = typeof unit === 'string' && (EXTENSION_UNITS as readonly string[]).includes(unit);
    if (!unitOk)
      out.push({ path: '/extra/unit', message: `unit must be one of ${EXTENSION_UNITS.join(', ')}` });
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) {
      out.push({ path: '/extra/amount', message: 'amount must be a whole number greater than 0' });
    } else if (unitOk && amount * NATURAL_UNIT_MINUTES[unit as ExtensionUnit] > MAX_EXTENSION_MINUTES) {
      out.push({
        path: '/extra/amount',
        message: 'An extension may not exceed 90 days: request a suspension',
      });
    }
    if (basis !== undefined && basis !== 'natural' && basis !== 'working')
      out.push({ path: '/extra/basis', message: 'basis must be natural or working' });
  },
  approve_extension: noteOnly,
  deny_extension: noteOnly,
  request_suspension: (p, out) => {
    // The pinned payload is {version, note?}; a suspension stops the clock, so it needs a why.
    if (!filled(p.reason) && !filled(p.note))
      out.push({ path: '/reason', message: 'Say why the case must be suspended (reason or note)' });
    text(p, 'reason', false, out);
  },
  approve_suspension: noteOnly,
  deny_suspension: noteOnly,
  resume: noteOnly,
  assist_feedback: feedbackCheck,
  invite_assist: (p, out, ctx) => {
    const added = idList(
      p,
      'assistDepartmentIds',
      MAX_ASSIST_DEPARTMENTS,
      out,
      asSet(ctx.knownDepartmentIds),
    );
    if (added.length === 0 && !out.some((x) => x.path.startsWith('/assistDepartmentIds')))
      out.push({ path: '/assistDepartmentIds', message: 'Name at least one department to invite' });
  },
  involve_officer: (p, out) => {
    if (!filled(p.officerId)) out.push({ path: '/officerId', message: 'officerId is required' });
  },
  officer_report: (p, out) => {
    text(p, 'note', true, out, 'What you did (note)');
    idList(p, 'attachmentIds', MAX_ATTACHMENTS, out);
  },
  feedback: (p, out, ctx) => {
    feedbackCheck(p, out, ctx);
    if (p.missingPartsReason !== undefined && p.missingPartsReason !== null)
      text(p, 'missingPartsReason', true, out);
  },
  check: (p, out) => {
    bool(p, 'passed', out);
    if (p.passed === false && !filled(p.note))
      out.push({ path: '/note', message: 'Say what is still wrong (note) when the check fails' });
    idList(p, 'attachmentIds', MAX_ATTACHMENTS, out);
  },
  close: noteOnly,
  register_source: noteOnly,
  escalate: noteOnly,
  urge: noteOnly,
  supervise: noteOnly,
  comment: (p, out) => text(p, 'note', true, out),
  evaluate: (p, out) => {
    const r = p.rating;
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > 5)
      out.push({ path: '/rating', message: 'rating must be a whole number from 1 to 5' });
    text(p, 'comment', false, out);
  },
};

/** Every semantic problem of `payload` for `action`; empty when it is fine. */
export function actionPayloadProblems(
  action: CaseAction,
  payload: unknown,
  ctx: PayloadContext = {},
): FieldProblem[] {
  if (!isObject(payload)) return [{ path: '', message: 'The payload must be an object' }];
  const out: FieldProblem[] = [];
  if (action !== 'comment') text(payload, 'note', false, out);
  CHECKS[action](payload, out, ctx);
  return out;
}

/** Throws 400 VALIDATION_FAILED with details `[{path: 'body/…', message}]` when the payload has problems. */
export function assertActionPayload(action: CaseAction, payload: unknown, ctx: PayloadContext = {}): void {
  const problems = actionPayloadProblems(action, payload, ctx);
  if (problems.length === 0) return;
  const details = problems.map((p) => ({ path: `body${p.path}`, message: p.message }));
  throw new AppError(
    'VALIDATION_FAILED',
    `Invalid ${action}: ${details[0]!.path} ${details[0]!.message}`,
    details,
  );
}

/**
 * Recommendations that do not block the action (the UI shows them as warnings): photos of a
 * result or of a failed check, a reason when denying a request.
 */
export function actionPayloadAdvice(action: CaseAction, payload: unknown): FieldProblem[] {
  if (!isObject(payload)) return [];
  const noPhotos = !Array.isArray(payload.attachmentIds) || payload.attachmentIds.length === 0;
  switch (action) {
    case 'feedback':
    case 'assist_feedback':
      return noPhotos ? [{ path: '/attachmentIds', message: 'Photos of the result are recommended' }] : [];
    case 'check':
      return payload.passed === false && noPhotos
        ? [{ path: '/attachmentIds', message: 'Photos of what is still wrong are recommended' }]
        : [];
    case 'deny_extension':
    case 'deny_suspension':
      return filled(payload.note) ? [] : [{ path: '/note', message: 'Say why the request is denied' }];
    default:
      return [];
  }
}

/** The {@link ActionHints} the rules need, read from a payload. */
export function actionHintsFromPayload(action: CaseAction, payload: unknown): ActionHints {
  if (!isObject(payload)) return {};
  switch (action) {
    case 'verify':
      return typeof payload.real === 'boolean' ? { real: payload.real } : {};
    case 'check':
      return typeof payload.passed === 'boolean' ? { passed: payload.passed } : {};
    case 'feedback':
      return { hasMissingPartsReason: filled(payload.missingPartsReason) };
    case 'file':
      return isCaseLevel(payload.level) ? { level: payload.level } : {};
    default:
      return {};
  }
}
