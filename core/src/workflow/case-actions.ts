/**
 * Case actions of docs/workflow.md (`POST /api/v1/cases/:id/actions/:action`) with their names and the
 * plan's step each one shows under on the timeline. Who may fire them is in case-rules.ts, what
 * they must carry in action-payloads.ts.
 */
import { CASE_STATUS_INFO, type CaseStatus, type PlanStep } from './case-states.ts';

export const CASE_ACTIONS = [
  'verify',
  'file',
  'reject',
  'void',
  'register_source',
  'dispatch',
  'return',
  'request_extension',
  'approve_extension',
  'deny_extension',
  'request_suspension',
  'approve_suspension',
  'deny_suspension',
  'resume',
  'assist_feedback',
  'invite_assist',
  'involve_officer',
  'officer_report',
  'feedback',
  'check',
  'close',
  'escalate',
  'urge',
  'supervise',
  'comment',
  'evaluate',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export function isCaseAction(value: unknown): value is CaseAction {
  return typeof value === 'string' && (CASE_ACTIONS as readonly string[]).includes(value);
}

/**
 * What a case event records: an action, or `report` for the event that creates the case
 * (a supervisor's patrol report, a hotline report, or an on-site resolution).
 */
export type CaseEventAction = 'report' | CaseAction;

export interface CaseActionInfo {
  zh: string;
  en: string;
  /**
   * The plan's step this action shows under on the timeline; null for actions that belong to
   * whatever step the case is in (urge, supervise, comment): see {@link timelineStep}.
   */
  planStep: PlanStep | null;
  /** Changes the case's status (or may: verify, check). False for actions that only annotate. */
  transitions: boolean;
}

export const CASE_ACTION_INFO: Readonly<Record<CaseEventAction, CaseActionInfo>> = {
  report: { zh: '采集上报', en: 'Report', planStep: 'collect', transitions: true },
  verify: { zh: '核实', en: 'Verify', planStep: 'collect', transitions: true },
  file: { zh: '立案', en: 'File', planStep: 'file', transitions: true },
  reject: { zh: '不予立案', en: 'Reject', planStep: 'file', transitions: true },
  void: { zh: '作废', en: 'Void', planStep: 'file', transitions: true },
  register_source: {
    zh: '登记污染源',
    en: 'Register the source',
    planStep: 'file',
    transitions: true,
  },
  dispatch: { zh: '派遣', en: 'Dispatch', planStep: 'dispatch', transitions: true },
  return: { zh: '回退', en: 'Return', planStep: 'handle', transitions: true },
  request_extension: { zh: '申请延期', en: 'Request extension', planStep: 'handle', transitions: false },
  approve_extension: { zh: '批准延期', en: 'Approve extension', planStep: 'handle', transitions: false },
  deny_extension: { zh: '驳回延期', en: 'Deny extension', planStep: 'handle', transitions: false },
  request_suspension: { zh: '申请挂账', en: 'Request suspension', planStep: 'handle', transitions: false },
  approve_suspension: { zh: '批准挂账', en: 'Approve suspension', planStep: 'handle', transitions: true },
  deny_suspension: { zh: '驳回挂账', en: 'Deny suspension', planStep: 'handle', transitions: false },
  resume: { zh: '恢复', en: 'Resume', planStep: 'handle', transitions: true },
  assist_feedback: { zh: '协办反馈', en: 'Assisting feedback', planStep: 'feedback', transitions: false },
  invite_assist: {
    zh: '邀请协办',
    en: 'Invite an assisting department',
    planStep: 'handle',
    transitions: false,
  },
  involve_officer: {
    zh: '邀请网格执法人员',
    en: 'Bring in a grid officer',
    planStep: 'handle',
    transitions: false,
  },
  officer_report: { zh: '执法人员记录', en: 'Grid officer’s record', planStep: 'handle', transitions: false },
  feedback: { zh: '处置反馈', en: 'Feedback', planStep: 'feedback', transitions: true },
  check: { zh: '核查', en: 'Check', planStep: 'check_close', transitions: true },
  close: { zh: '结案', en: 'Close', planStep: 'check_close', transitions: true },
  escalate: { zh: '上报', en: 'Escalate', planStep: 'file', transitions: true },
  urge: { zh: '催办', en: 'Urge', planStep: null, transitions: false },
  supervise: { zh: '督办', en: 'Supervise', planStep: null, transitions: false },
  comment: { zh: '备注', en: 'Comment', planStep: null, transitions: false },
  evaluate: { zh: '综合评价', en: 'Evaluate', planStep: 'evaluate', transitions: false },
};

/**
 * The plan's step an event shows under on the timeline: the action's own step, or for
 * urge/supervise/comment the step of the state the case was in (`fromStatus`).
 */
export function timelineStep(action: CaseEventAction, fromStatus: CaseStatus | null): PlanStep {
  const own = CASE_ACTION_INFO[action].planStep;
  if (own) return own;
  return fromStatus ? CASE_STATUS_INFO[fromStatus].planStep : 'collect';
}
