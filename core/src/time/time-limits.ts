/**
 * Time limits per step (docs/workflow.md; issue 4). The defaults, also shipped as
 * `data/time-limits.json` (keep the two equal; a test checks it):
 *
 * | step       | 中文 | default limit                                                        |
 * |------------|------|----------------------------------------------------------------------|
 * | `verify`   | 核实 | 60 working minutes                                                   |
 * | `file`     | 立案 | 30 working minutes                                                   |
 * | `dispatch` | 派遣 | 30 working minutes                                                   |
 * | `handle`   | 处置 | by urgency, see below                                                |
 * | `check`    | 核查 | 2 working hours                                                      |
 * | `close`    | 结案 | 30 working minutes                                                   |
 *
 * Handling (处置):
 * - `normal` 一般: the item's own limit (`handle.byItem[itemCode]`, set in the taxonomy: e.g.
 *   open burning 2 working hours, catering fumes 5 working days), else `steps.handle`,
 *   1 working day.
 * - `urgent` 紧急: half the item's normal limit, rounded up to whole hours, at least 2 hours and
 *   never more than the normal limit, on the normal limit's basis. So 1 working day → 4 working
 *   hours, 5 working days → 19 working hours (half of 37.5 h, rounded up), 2 working hours → 2.
 * - `critical` 特急: 2 natural hours, whatever the item: the clock runs through nights and
 *   weekends.
 */
import { AppError } from '../errors.ts';
import { durationMinutes, durationProblem, type Duration } from './durations.ts';
import { DEFAULT_WORK_WINDOWS, parseTimeOfDay } from './work-calendar.ts';
import { WORKFLOW_STEP_NAMES, WORKFLOW_STEPS, type WorkflowStep } from '../workflow/case-states.ts';

/** The steps that have a time limit: the workflow's timed steps, one vocabulary (case-states.ts). */
export type TimeLimitStep = WorkflowStep;
export const TIME_LIMIT_STEPS: readonly TimeLimitStep[] = WORKFLOW_STEPS;
export const TIME_LIMIT_STEP_LABELS = WORKFLOW_STEP_NAMES;

export type TimeLimitUrgency = 'normal' | 'urgent' | 'critical';
export const TIME_LIMIT_URGENCIES: readonly TimeLimitUrgency[] = ['normal', 'urgent', 'critical'];

/** A fixed handling limit for an urgency, whatever the item. */
export interface FixedUrgencyRule {
  fixed: Duration;
}

/** A share of the item's normal limit, rounded up to whole hours, with a floor, capped at normal. */
export interface RelativeUrgencyRule {
  fractionOfNormal: number;
  /** Floor; read on the normal limit's basis. */
  min?: Duration;
}

export type UrgencyRule = FixedUrgencyRule | RelativeUrgencyRule;

export interface TimeLimitTable {
  /** Default limit of each step; `handle` is the normal-urgency default for items without their own. */
  steps: Record<TimeLimitStep, Duration>;
  handle: {
    byUrgency: { urgent: UrgencyRule; critical: UrgencyRule };
    /** Normal-urgency handling limit by item code (from the taxonomy). */
    byItem: Record<string, Duration>;
  };
}

const working = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit, basis: 'working' });

export const DEFAULT_TIME_LIMITS: TimeLimitTable = {
  steps: {
    verify: working(60, 'minute'),
    file: working(30, 'minute'),
    dispatch: working(30, 'minute'),
    handle: working(1, 'day'),
    check: working(2, 'hour'),
    close: working(30, 'minute'),
  },
  handle: {
    byUrgency: {
      urgent: { fractionOfNormal: 0.5, min: working(2, 'hour') },
      critical: { fixed: { amount: 2, unit: 'hour', basis: 'natural' } },
    },
    byItem: {},
  },
};

/** Working minutes in a day with the default windows (450). */
export const DEFAULT_WORKING_MINUTES_PER_DAY = DEFAULT_WORK_WINDOWS.reduce(
  (sum, w) => sum + parseTimeOfDay(w.end)! - parseTimeOfDay(w.start)!,
  0,
);

export interface LimitOptions {
  itemCode?: string | null;
  urgency?: TimeLimitUrgency | null;
  /** Length of a working day, to scale day-based limits (pass `calendar.workingMinutesPerDay`). */
  workingMinutesPerDay?: number;
}

/** `minutes` on `basis` in the largest unit that divides it exactly. */
function durationOfMinutes(minutes: number, basis: Duration['basis'], perDay: number): Duration {
  if (minutes % perDay === 0) return { amount: minutes / perDay, unit: 'day', basis };
  if (minutes % 60 === 0) return { amount: minutes / 60, unit: 'hour', basis };
  return { amount: minutes, unit: 'minute', basis };
}

function applyUrgencyRule(rule: UrgencyRule, normal: Duration, workingMinutesPerDay: number): Duration {
  if ('fixed' in rule) return { ...rule.fixed };
  const perDay = normal.basis === 'working' ? workingMinutesPerDay : 1440;
  const normalMinutes = durationMinutes(normal, workingMinutesPerDay);
  let minutes = Math.ceil(normalMinutes * rule.fractionOfNormal);
  if (minutes > 60) minutes = Math.ceil(minutes / 60) * 60;
  if (rule.min)
    minutes = Math.max(minutes, durationMinutes({ ...rule.min, basis: normal.basis }, workingMinutesPerDay));
  minutes = Math.max(1, Math.min(minutes, normalMinutes));
  if (minutes === normalMinutes) return { ...normal };
  return durationOfMinutes(minutes, normal.basis, perDay);
}

/**
 * The table deadlines use: the items' own limits (from the taxonomy) with the table's per-item
 * overrides on top.
 */
export function withItemLimits(
  table: TimeLimitTable,
  itemLimits: Readonly<Record<string, Duration>>,
): TimeLimitTable {
  return { ...table, handle: { ...table.handle, byItem: { ...itemLimits, ...table.handle.byItem } } };
}

/** The limit of `step` for a case of `itemCode` and `urgency` (urgency only matters for `handle`). */
export function limitFor(table: TimeLimitTable, step: TimeLimitStep, options: LimitOptions = {}): Duration {
  const base = table.steps[step];
  if (!base) throw new AppError('VALIDATION_FAILED', `unknown step ${String(step)}`);
  if (step !== 'handle') return { ...base };
  const itemLimit = options.itemCode ? table.handle.byItem[options.itemCode] : undefined;
  const normal = itemLimit ?? base;
  const urgency = options.urgency ?? 'normal';
  if (urgency === 'normal') return { ...normal };
  const rule = table.handle.byUrgency[urgency];
  if (!rule) throw new AppError('VALIDATION_FAILED', `unknown urgency ${String(urgency)}`);
  return applyUrgencyRule(rule, normal, options.workingMinutesPerDay ?? DEFAULT_WORKING_MINUTES_PER_DAY);
}

interface LimitProblem {
  path: string;
  message: string;
}

function urgencyRuleProblems(rule: unknown, path: string): LimitProblem[] {
  if (typeof rule !== 'object' || rule === null)
    return [{ path, message: 'must be {fixed} or {fractionOfNormal, min?}' }];
  const r = rule as Record<string, unknown>;
  if ('fixed' in r) {
    const p = durationProblem(r.fixed);
    return p ? [{ path: `${path}.fixed`, message: p }] : [];
  }
  const problems: LimitProblem[] = [];
  const f = r.fractionOfNormal;
  if (typeof f !== 'number' || !(f > 0 && f <= 1)) {
    problems.push({ path: `${path}.fractionOfNormal`, message: 'must be a number in (0, 1]' });
  }
  if (r.min !== undefined) {
    const p = durationProblem(r.min);
    if (p) problems.push({ path: `${path}.min`, message: p });
  }
  return problems;
}

/**
 * `input` as a TimeLimitTable (e.g. `data/time-limits.json` or an admin's edit), or
 * `VALIDATION_FAILED` with `details.problems` listing every bad path. Keys starting with `$`
 * (comments) are ignored; a missing `handle.byItem` is taken as empty.
 */
export function parseTimeLimitTable(input: unknown): TimeLimitTable {
  const problems: LimitProblem[] = [];
  const root = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const steps = (root.steps ?? {}) as Record<string, unknown>;
  for (const step of TIME_LIMIT_STEPS) {
    const p = durationProblem(steps[step]);
    if (p) problems.push({ path: `steps.${step}`, message: p });
  }
  for (const key of Object.keys(steps)) {
    if (!TIME_LIMIT_STEPS.includes(key as TimeLimitStep) && !key.startsWith('$')) {
      problems.push({ path: `steps.${key}`, message: 'unknown step' });
    }
  }
  const handle = (root.handle ?? {}) as Record<string, unknown>;
  const byUrgency = (handle.byUrgency ?? {}) as Record<string, unknown>;
  for (const u of ['urgent', 'critical'] as const) {
    problems.push(...urgencyRuleProblems(byUrgency[u], `handle.byUrgency.${u}`));
  }
  const byItem = (handle.byItem ?? {}) as Record<string, unknown>;
  if (typeof byItem !== 'object' || Array.isArray(byItem)) {
    problems.push({ path: 'handle.byItem', message: 'must be an object of item code → duration' });
  } else {
    for (const [code, d] of Object.entries(byItem)) {
      const p = durationProblem(d);
      if (p) problems.push({ path: `handle.byItem.${code}`, message: p });
    }
  }
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Invalid time limits: ${problems[0]!.path} ${problems[0]!.message}`,
      {
        problems,
      },
    );
  }
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  return {
    steps: Object.fromEntries(TIME_LIMIT_STEPS.map((s) => [s, copy(steps[s])])) as Record<
      TimeLimitStep,
      Duration
    >,
    handle: {
      byUrgency: {
        urgent: copy(byUrgency.urgent) as UrgencyRule,
        critical: copy(byUrgency.critical) as UrgencyRule,
      },
      byItem: copy(byItem) as Record<string, Duration>,
    },
  };
}
