/**
 * 督查与稽查 (docs/audits.md): who runs a 督查 sample, who re-checks a sampled case on site, what a
 * re-check must carry, and what the client may do with a sample now (its abilities).
 */
import { can } from '../permissions.ts';
import { daysBetween, isLocalDate } from '../time/zoned-time.ts';

export const AUDIT_RESULTS = ['passed', 'failed'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export const AUDIT_RESULT_NAMES: Readonly<Record<AuditResult, { zh: string; en: string }>> = {
  passed: { zh: '复核通过', en: 'Passed' },
  failed: { zh: '复核不通过', en: 'Failed' },
};

/** What a client may do with a sample: `recheck` it (an auditor, while it is not re-checked). */
export const AUDIT_SAMPLE_ABILITIES = ['recheck'] as const;
export type AuditSampleAbility = (typeof AUDIT_SAMPLE_ABILITIES)[number];

/** Length of a re-check note, in characters; photos a re-check may carry. */
export const AUDIT_NOTE_MAX = 2000;
export const AUDIT_ATTACHMENTS_MAX = 9;
/** The longest period one run samples, in days (both ends counted). */
export const AUDIT_PERIOD_MAX_DAYS = 366;

/** Runs 督查 samples and reads them, and the 稽查 findings: the district's auditors and leaders. */
export const mayRunAudits = (actor: { roles: readonly string[] }): boolean => can(actor, 'audits.run');

/** Re-checks a sampled case on site: an auditor. */
export const mayRecheck = (actor: { roles: readonly string[] }): boolean => can(actor, 'audits.recheck');

export function sampleAbilities(
  actor: { roles: readonly string[] },
  sample: { result: string | null },
): AuditSampleAbility[] {
  return mayRecheck(actor) && sample.result === null ? ['recheck'] : [];
}

/** A failed re-check must say what was found. */
export const recheckNeedsNote = (result: AuditResult, note: string | undefined): boolean =>
  result === 'failed' && !(note ?? '').trim();

/**
 * What is wrong with a run's period and rate, field by field (empty: nothing). Dates are local
 * dates (YYYY-MM-DD) of the business time zone; the rate is a share in (0, 1].
 */
export function auditRunProblems(input: {
  from: string;
  to: string;
  rate: number;
}): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (!isLocalDate(input.from)) out.push({ path: 'body/from', message: 'not a date (YYYY-MM-DD)' });
  if (!isLocalDate(input.to)) out.push({ path: 'body/to', message: 'not a date (YYYY-MM-DD)' });
  if (out.length === 0) {
    const days = daysBetween(input.from, input.to);
    if (days < 0) out.push({ path: 'body/to', message: 'before from' });
    else if (days + 1 > AUDIT_PERIOD_MAX_DAYS)
      out.push({ path: 'body/to', message: `a run covers at most ${AUDIT_PERIOD_MAX_DAYS} days` });
  }
  if (!(input.rate > 0 && input.rate <= 1)) out.push({ path: 'body/rate', message: 'must be in (0, 1]' });
  return out;
}

/** The text of the case a failed re-check opens: it names the original case. */
export function followUpDescription(originalCaseNo: string, note: string): string {
  return `督查复核不通过(原案件 ${originalCaseNo}):${note.trim()}`.slice(0, 2000);
}
