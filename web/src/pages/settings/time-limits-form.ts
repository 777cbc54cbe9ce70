/** The time-limit table as the form edits it, and back; server problem paths placed on form fields. */
import { TIME_LIMIT_STEPS, type Duration, type TimeLimitStep } from '@envgrid/core';
import { durationIssue } from './duration-input.tsx';
import type { TimeLimitTable, UrgencyRule } from './settings-types.ts';

export type RuleMode = 'relative' | 'fixed';
export type RuleName = 'urgent' | 'critical';

export interface RuleValues {
  mode: RuleMode;
  /** fractionOfNormal × 100. */
  percent?: number | null;
  hasMin?: boolean;
  min?: Partial<Duration>;
  fixed?: Partial<Duration>;
}

export interface LimitValues {
  steps: Record<TimeLimitStep, Partial<Duration>>;
  urgent: RuleValues;
  critical: RuleValues;
}

const DEFAULT_MIN: Duration = { amount: 2, unit: 'hour', basis: 'working' };
const DEFAULT_FIXED: Duration = { amount: 2, unit: 'hour', basis: 'natural' };

function ruleValues(rule: UrgencyRule): RuleValues {
  if ('fixed' in rule)
    return { mode: 'fixed', fixed: { ...rule.fixed }, percent: 50, hasMin: true, min: DEFAULT_MIN };
  return {
    mode: 'relative',
    percent: Math.round(rule.fractionOfNormal * 10000) / 100,
    hasMin: !!rule.min,
    min: { ...(rule.min ?? DEFAULT_MIN) },
    fixed: DEFAULT_FIXED,
  };
}

export function toValues(table: TimeLimitTable): LimitValues {
  return {
    steps: Object.fromEntries(
      TIME_LIMIT_STEPS.map((s) => [s, { ...table.steps[s] }]),
    ) as LimitValues['steps'],
    urgent: ruleValues(table.handle.byUrgency.urgent),
    critical: ruleValues(table.handle.byUrgency.critical),
  };
}

const duration = (d: Partial<Duration> | undefined): Duration => ({
  amount: d?.amount ?? 0,
  unit: d?.unit ?? 'hour',
  basis: d?.basis ?? 'working',
});

function ruleOf(v: RuleValues): UrgencyRule {
  if (v.mode === 'fixed') return { fixed: duration(v.fixed) };
  const fractionOfNormal = Math.round((v.percent ?? 0) * 100) / 10000;
  return v.hasMin ? { fractionOfNormal, min: duration(v.min) } : { fractionOfNormal };
}

/** The table the values describe, or null while something is incomplete. */
export function fromValues(v: LimitValues, byItem: Record<string, Duration>): TimeLimitTable | null {
  if (!v?.steps || !v.urgent || !v.critical) return null;
  if (TIME_LIMIT_STEPS.some((s) => durationIssue(v.steps[s]) !== null)) return null;
  for (const r of [v.urgent, v.critical]) {
    if (r.mode === 'fixed' && durationIssue(r.fixed)) return null;
    if (r.mode === 'relative') {
      if (typeof r.percent !== 'number' || !(r.percent > 0 && r.percent <= 100)) return null;
      if (r.hasMin && durationIssue(r.min)) return null;
    }
  }
  return {
    steps: Object.fromEntries(
      TIME_LIMIT_STEPS.map((s) => [s, duration(v.steps[s])]),
    ) as TimeLimitTable['steps'],
    handle: { byUrgency: { urgent: ruleOf(v.urgent), critical: ruleOf(v.critical) }, byItem },
  };
}

/** A server problem path (`handle.byUrgency.urgent.min`) as a form field name, or null. */
export function fieldOfPath(path: string): (string | number)[] | null {
  const step = /^steps\.(\w+)$/.exec(path);
  if (step && (TIME_LIMIT_STEPS as readonly string[]).includes(step[1]!)) return ['steps', step[1]!];
  const rule = /^handle\.byUrgency\.(urgent|critical)(?:\.(fractionOfNormal|min|fixed))?$/.exec(path);
  if (!rule) return null;
  const part = rule[2];
  return [rule[1]!, part === 'fractionOfNormal' ? 'percent' : (part ?? 'mode')];
}
