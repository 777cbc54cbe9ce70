/** Pure helpers of the 督查 pages: sample filters, department choices, the rate as a percentage. */
import type { AuditSample } from '../../api/audit-types.ts';

/** `none`: samples closed without a lead department; `pending`: not re-checked yet. */
export interface SampleFilter {
  department?: string;
  result?: 'pending' | 'passed' | 'failed';
}

export const NO_DEPARTMENT = 'none';

export function filterSamples(samples: readonly AuditSample[], f: SampleFilter): AuditSample[] {
  return samples.filter((s) => {
    if (f.department && (s.departmentId ?? NO_DEPARTMENT) !== f.department) return false;
    if (f.result === 'pending') return s.result === null;
    return !f.result || s.result === f.result;
  });
}

/** The departments present in a run, each once, by name (none last), with how many samples each has. */
export function departmentChoices(
  samples: readonly AuditSample[],
  noDepartment: string,
): { value: string; label: string; count: number }[] {
  const by = new Map<string, { value: string; label: string; count: number }>();
  for (const s of samples) {
    const value = s.departmentId ?? NO_DEPARTMENT;
    const entry = by.get(value) ?? { value, label: s.departmentName ?? noDepartment, count: 0 };
    entry.count++;
    by.set(value, entry);
  }
  const last = (v: string) => Number(v === NO_DEPARTMENT);
  return [...by.values()].sort(
    (a, b) => last(a.value) - last(b.value) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}

/** 0.3 → "30%", 0.125 → "12.5%". */
export const ratePercent = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;

/** A percentage typed in the form (1–100) as the API's rate (0–1]. */
export const rateOfPercent = (percent: number): number => Math.round(percent * 100) / 10000;
