/** Labels shared by the settings pages: durations, levels, urgencies, source types. */
import {
  CASE_LEVEL_NAMES,
  CASE_URGENCY_NAMES,
  SOURCE_TYPE_NAMES,
  type CaseLevel,
  type CaseUrgency,
  type Duration,
  type SourceType,
} from '@envgrid/core';
import type { SettingsT } from './use-settings-t.ts';

/** "5 个工作日", "2 小时(自然时)", "30 working minutes"… */
export function durationText(d: Duration | null | undefined, st: SettingsT): string {
  if (!d || typeof d.amount !== 'number') return '—';
  const many = d.amount === 1 ? 'one' : 'other';
  return st(`settings.duration.${d.basis}.${d.unit}.${many}`, { n: d.amount });
}

export function levelName(level: CaseLevel, lang: 'zh' | 'en'): string {
  return CASE_LEVEL_NAMES[level]?.[lang] ?? level;
}

export function urgencyName(urgency: CaseUrgency, lang: 'zh' | 'en'): string {
  return CASE_URGENCY_NAMES[urgency]?.[lang] ?? urgency;
}

export function sourceTypeName(type: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!type) return '—';
  return SOURCE_TYPE_NAMES[type as SourceType]?.[lang] ?? type;
}

export const LEVEL_COLORS: Record<CaseLevel, string> = { grid: 'green', street: 'purple', district: 'blue' };
export const URGENCY_COLORS: Record<CaseUrgency, string> = {
  normal: 'default',
  urgent: 'orange',
  critical: 'red',
};

/** Minutes as "7.5 小时" / "7.5 hours" (one decimal at most). */
export function hoursText(minutes: number, st: SettingsT): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return st('settings.hours', { n: hours });
}
