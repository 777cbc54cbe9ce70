/**
 * Case states of docs/workflow.md, the plan's eight steps (section IV), handling levels and urgencies.
 * States and actions follow the industry standard (CJ/T 315): 核实 confirms a public report
 * before filing, 核查 is the supervisor's on-site check of the fix. The timeline shows the
 * plan's step names.
 */
import type { Role } from '../roles.ts';

export const CASE_STATUSES = [
  'pending_verification',
  'reported',
  'filed',
  'dispatched',
  'suspended',
  'pending_check',
  'pending_close',
  'closed',
  'rejected',
  'voided',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

/** Handling level (分级): resolved on the spot, by the street's own teams, or by district departments. */
export const CASE_LEVELS = ['grid', 'street', 'district'] as const;
export type CaseLevel = (typeof CASE_LEVELS)[number];

export const CASE_LEVEL_NAMES: Readonly<Record<CaseLevel, { zh: string; en: string }>> = {
  grid: { zh: '网格级', en: 'Grid level' },
  street: { zh: '街道级', en: 'Street level' },
  district: { zh: '区级', en: 'District level' },
};

export function isCaseLevel(value: unknown): value is CaseLevel {
  return typeof value === 'string' && (CASE_LEVELS as readonly string[]).includes(value);
}

/** Urgency (分类): picks the handling time limit. */
export const CASE_URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type CaseUrgency = (typeof CASE_URGENCIES)[number];

export const CASE_URGENCY_NAMES: Readonly<Record<CaseUrgency, { zh: string; en: string }>> = {
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
  critical: { zh: '特急', en: 'Critical' },
};

export function isCaseUrgency(value: unknown): value is CaseUrgency {
  return typeof value === 'string' && (CASE_URGENCIES as readonly string[]).includes(value);
}

/** The plan's eight steps (section IV), in order, as shown on a case's timeline. */
export const PLAN_STEPS = [
  'collect',
  'file',
  'dispatch',
  'handle',
  'feedback',
  'check_close',
  'evaluate',
  'assess',
] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

export const PLAN_STEP_NAMES: Readonly<Record<PlanStep, { no: number; zh: string; en: string }>> = {
  collect: { no: 1, zh: '信息采集', en: 'Information collection' },
  file: { no: 2, zh: '事件立案', en: 'Case filing' },
  dispatch: { no: 3, zh: '任务派遣', en: 'Dispatch' },
  handle: { no: 4, zh: '任务处置', en: 'Handling' },
  feedback: { no: 5, zh: '结果反馈', en: 'Result feedback' },
  check_close: { no: 6, zh: '核实结项', en: 'Check and closure' },
  evaluate: { no: 7, zh: '综合评价', en: 'Evaluation' },
  assess: { no: 8, zh: '绩效考核', en: 'Performance assessment' },
};

/**
 * The timed steps of a case (docs/workflow.md): 核实, 立案, 派遣, 处置, 核查, 结案.
 * The same names the time-limit tables use.
 */
export const WORKFLOW_STEPS = ['verify', 'file', 'dispatch', 'handle', 'check', 'close'] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

export const WORKFLOW_STEP_NAMES: Readonly<Record<WorkflowStep, { zh: string; en: string }>> = {
  verify: { zh: '核实', en: 'Verification' },
  file: { zh: '立案', en: 'Filing' },
  dispatch: { zh: '派遣', en: 'Dispatch' },
  handle: { zh: '处置', en: 'Handling' },
  check: { zh: '核查', en: 'Check' },
  close: { zh: '结案', en: 'Closure' },
};

export interface CaseStatusInfo {
  zh: string;
  en: string;
  /** Not terminal: work remains (urge/supervise apply). */
  open: boolean;
  /** No state change leaves it (closed still takes `evaluate` and `comment`). */
  terminal: boolean;
  /** The plan's step the case is in while in this state. */
  planStep: PlanStep;
  /** The timed step whose clock runs in this state; null when no clock runs (suspended, terminal). */
  timedStep: WorkflowStep | null;
  /** Who must act next (docs/workflow.md). */
  nextActor: { zh: string; en: string };
  /** Roles that act next; empty when nobody must. */
  nextRoles: readonly Role[];
}

export const CASE_STATUS_INFO: Readonly<Record<CaseStatus, CaseStatusInfo>> = {
  pending_verification: {
    zh: '待核实',
    en: 'Pending verification',
    open: true,
    terminal: false,
    planStep: 'collect',
    timedStep: 'verify',
    nextActor: { zh: '网格监督员', en: 'Grid supervisor' },
    nextRoles: ['supervisor'],
  },
  reported: {
    zh: '待立案',
    en: 'Reported',
    open: true,
    terminal: false,
    planStep: 'file',
    timedStep: 'file',
    nextActor: {
      zh: '受理员（街道级由街道分中心）',
      en: 'Intake (street sub-center for street-level cases)',
    },
    nextRoles: ['intake', 'subcenter'],
  },
  filed: {
    zh: '待派遣',
    en: 'Filed',
    open: true,
    terminal: false,
    planStep: 'dispatch',
    timedStep: 'dispatch',
    nextActor: { zh: '派遣员 / 街道分中心', en: 'Dispatcher / street sub-center' },
    nextRoles: ['dispatcher', 'subcenter'],
  },
  dispatched: {
    zh: '处置中',
    en: 'Dispatched',
    open: true,
    terminal: false,
    planStep: 'handle',
    timedStep: 'handle',
    nextActor: { zh: '主办部门（及协办部门）', en: 'Lead department (and assisting departments)' },
    nextRoles: ['handler'],
  },
  suspended: {
    zh: '挂账',
    en: 'Suspended',
    open: true,
    terminal: false,
    planStep: 'handle',
    timedStep: null,
    nextActor: { zh: '派遣员（恢复）', en: 'Dispatcher (resume)' },
    nextRoles: ['dispatcher', 'subcenter'],
  },
  pending_check: {
    zh: '待核查',
    en: 'Pending check',
    open: true,
    terminal: false,
    planStep: 'check_close',
    timedStep: 'check',
    nextActor: { zh: '网格监督员', en: 'Grid supervisor' },
    nextRoles: ['supervisor'],
  },
  pending_close: {
    zh: '待结案',
    en: 'Pending closure',
    open: true,
    terminal: false,
    planStep: 'check_close',
    timedStep: 'close',
    nextActor: { zh: '受理员 / 派遣员', en: 'Intake / dispatcher' },
    nextRoles: ['intake', 'dispatcher', 'subcenter'],
  },
  closed: {
    zh: '已结案',
    en: 'Closed',
    open: false,
    terminal: true,
    planStep: 'evaluate',
    timedStep: null,
    nextActor: { zh: '—（综合评价）', en: '— (evaluation)' },
    nextRoles: [],
  },
  rejected: {
    zh: '不予立案',
    en: 'Rejected',
    open: false,
    terminal: true,
    planStep: 'file',
    timedStep: null,
    nextActor: { zh: '—', en: '—' },
    nextRoles: [],
  },
  voided: {
    zh: '作废',
    en: 'Voided',
    open: false,
    terminal: true,
    planStep: 'file',
    timedStep: null,
    nextActor: { zh: '—', en: '—' },
    nextRoles: [],
  },
};

/** States in which work remains, in workflow order. */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => CASE_STATUS_INFO[s].open);
/** States no action leaves. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(
  (s) => CASE_STATUS_INFO[s].terminal,
);

export const isOpenStatus = (status: CaseStatus): boolean => CASE_STATUS_INFO[status].open;

/** The timed step running in `status`, or null. */
export const timedStepOf = (status: CaseStatus): WorkflowStep | null => CASE_STATUS_INFO[status].timedStep;
