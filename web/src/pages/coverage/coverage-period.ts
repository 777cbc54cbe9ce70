/** The coverage page's periods: this week (Monday to today), this month, or any range. */
import type { Dayjs } from 'dayjs';

export type PeriodKind = 'week' | 'month' | 'custom';

export interface Period {
  from: string;
  to: string;
}

const DAY = 'YYYY-MM-DD';

/** This week or month up to today, from the business wall clock `today`. */
export function presetPeriod(kind: Exclude<PeriodKind, 'custom'>, today: Dayjs): Period {
  const start = kind === 'week' ? today.subtract((today.day() + 6) % 7, 'day') : today.date(1);
  return { from: start.format(DAY), to: today.format(DAY) };
}

/** A share as a percentage, or "—" when nothing was required. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 1000) / 10}%`;
}
