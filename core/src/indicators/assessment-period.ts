/** The periods an assessment run covers (docs/indicators.md): a month, a quarter, a year, or custom. */
import { addLocalDays, isLocalDate } from '../time/zoned-time.ts';
import { periodProblems, type PeriodProblem } from '../patrols/coverage-rules.ts';

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The last date of the month `months` months after the one `date` starts (date is a 1st). */
const monthEnd = (date: string, months: number): string => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const next = `${String(y + Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
  return addLocalDays(next, -1);
};

/**
 * What is wrong with a run's period: the dates as for indicators (local dates, to not before
 * from, at most 366 days), and a month, quarter or year must be exactly one calendar month,
 * quarter (starting January, April, July or October) or year.
 */
export function assessmentPeriodProblems(kind: PeriodKind, from: string, to: string): PeriodProblem[] {
  const base = periodProblems(from, to);
  if (base.length || kind === 'custom' || !isLocalDate(from)) return base;
  const month = Number(from.slice(5, 7));
  if (from.slice(8) !== '01') return [{ field: 'from', message: `must be the first day of a ${kind}` }];
  if (kind === 'quarter' && (month - 1) % 3 !== 0)
    return [{ field: 'from', message: 'must be 1 January, April, July or October' }];
  if (kind === 'year' && month !== 1) return [{ field: 'from', message: 'must be 1 January' }];
  const expected = monthEnd(from, kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12);
  return to === expected
    ? []
    : [{ field: 'to', message: `must be ${expected}, the last day of the ${kind}` }];
}
