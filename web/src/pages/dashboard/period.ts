/**
 * Reporting periods as business dates (YYYY-MM-DD, both ends included): this month, a quarter,
 * a year, the last twelve months. Pure functions of "today", so pages and tests agree.
 */
import dayjs from 'dayjs';

export type PeriodPreset = 'month' | 'lastMonth' | 'quarter' | 'year' | 'last12';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['month', 'lastMonth', 'quarter', 'year', 'last12'];

export interface Period {
  from: string;
  to: string;
}

const D = 'YYYY-MM-DD';

export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const d = dayjs(today, D);
  switch (preset) {
    case 'month':
      return { from: d.startOf('month').format(D), to: today };
    case 'lastMonth': {
      const m = d.subtract(1, 'month');
      return { from: m.startOf('month').format(D), to: m.endOf('month').format(D) };
    }
    case 'quarter': {
      const q = Math.floor(d.month() / 3) * 3;
      return { from: d.month(q).startOf('month').format(D), to: today };
    }
    case 'year':
      return { from: d.startOf('year').format(D), to: today };
    case 'last12':
      return { from: d.subtract(11, 'month').startOf('month').format(D), to: today };
  }
}

/** A whole calendar period containing `date`: its month, quarter or year. */
export function calendarPeriod(kind: 'month' | 'quarter' | 'year', date: string): Period {
  const d = dayjs(date, D);
  if (kind === 'month') return { from: d.startOf('month').format(D), to: d.endOf('month').format(D) };
  if (kind === 'year') return { from: d.startOf('year').format(D), to: d.endOf('year').format(D) };
  const start = d.month(Math.floor(d.month() / 3) * 3).startOf('month');
  return { from: start.format(D), to: start.add(2, 'month').endOf('month').format(D) };
}

/** A share (0–1) as a percentage with one decimal, or "—". */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : `${(value * 100).toFixed(1)}%`;
}
