/**
 * Who may do what to a pollution source, and where each action leads (docs/sources.md).
 * The source service asks {@link decideSourceAction} inside the action's transaction and
 * presents {@link sourceAbilities} as a source's `abilities`.
 */
import { can, type Actor } from '../permissions.ts';
import type { SourceStatus } from './source-record.ts';

export const SOURCE_ACTIONS = ['confirm', 'merge', 'dismiss', 'close', 'reopen', 'edit'] as const;
export type SourceAction = (typeof SOURCE_ACTIONS)[number];

/** What a source event records: an action, or how the source came to be or changed by itself. */
export type SourceEventAction =
  SourceAction | 'register' | 'propose' | 'import' | 'rectify' | 'restore' | 'merged_from';

export const SOURCE_EVENT_NAMES: Readonly<Record<SourceEventAction, { zh: string; en: string }>> = {
  register: { zh: '登记', en: 'Registered' },
  propose: { zh: '上报新增', en: 'Proposed by a report' },
  import: { zh: '导入', en: 'Imported' },
  confirm: { zh: '确认', en: 'Confirmed' },
  merge: { zh: '合并', en: 'Merged' },
  merged_from: { zh: '并入', en: 'Merged in' },
  dismiss: { zh: '驳回', en: 'Dismissed' },
  close: { zh: '关闭', en: 'Closed' },
  reopen: { zh: '重新启用', en: 'Reopened' },
  edit: { zh: '修改', en: 'Edited' },
  rectify: { zh: '整改中', en: 'Enforcement case opened' },
  restore: { zh: '整改完成', en: 'Enforcement cases closed' },
};

/** The fields of a source the rules need. */
export interface SourceView {
  status: SourceStatus;
  streetCode: string;
  /** Code of the responsible department, if any. */
  departmentCode: string | null;
}

/**
 * District scope sees every source; a street its street's; a department the sources it is
 * responsible for.
 */
export function canSeeSource(actor: Pick<Actor, 'scope'>, s: SourceView): boolean {
  const { kind, code } = actor.scope;
  if (kind === 'district') return true;
  if (kind === 'street') return s.streetCode === code;
  return s.departmentCode === code;
}

/** Registers sources (and imports them) in `streetCode`: the center anywhere, a sub-center in its street. */
export function mayManageSourcesIn(actor: Actor, streetCode: string): boolean {
  if (!can(actor, 'sources.manage')) return false;
  if (actor.scope.kind === 'district') return true;
  return actor.scope.kind === 'street' && actor.scope.code === streetCode;
}

const FROM: Readonly<Record<SourceAction, readonly SourceStatus[]>> = {
  confirm: ['pending'],
  merge: ['pending'],
  dismiss: ['pending'],
  close: ['active', 'rectifying'],
  reopen: ['closed'],
  edit: ['pending', 'active', 'rectifying'],
};

const TO: Readonly<Record<SourceAction, SourceStatus | 'same'>> = {
  confirm: 'active',
  merge: 'closed',
  dismiss: 'closed',
  close: 'closed',
  reopen: 'active',
  edit: 'same',
};

export type SourceActionDecision =
  | { allowed: true; to: SourceStatus }
  | { allowed: false; reason: 'NOT_VISIBLE' | 'FORBIDDEN' | 'INVALID_TRANSITION'; message: string };

export function decideSourceAction(actor: Actor, s: SourceView, action: SourceAction): SourceActionDecision {
  if (!canSeeSource(actor, s)) return { allowed: false, reason: 'NOT_VISIBLE', message: 'Source not found' };
  if (!mayManageSourcesIn(actor, s.streetCode))
    return {
      allowed: false,
      reason: 'FORBIDDEN',
      message: "Only the district center's intake, the street's sub-center or an admin manages sources",
    };
  if (!FROM[action].includes(s.status))
    return {
      allowed: false,
      reason: 'INVALID_TRANSITION',
      message: `Cannot ${action} a source that is ${s.status}; needs ${FROM[action].join(' or ')}`,
    };
  const to = TO[action];
  return { allowed: true, to: to === 'same' ? s.status : to };
}

export function sourceAbilities(actor: Actor, s: SourceView): SourceAction[] {
  return SOURCE_ACTIONS.filter((a) => decideSourceAction(actor, s, a).allowed);
}
