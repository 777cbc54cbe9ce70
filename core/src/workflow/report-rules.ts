/**
 * How a report becomes a case (plan step 1, docs/workflow.md): the channel it comes in on, the
 * status and level it starts at, who may resolve on the spot or record a caller, and its number.
 */
import type { Actor } from '../permissions.ts';
import { can } from '../permissions.ts';
import type { CaseLevel, CaseStatus } from './case-states.ts';

export const REPORT_CHANNELS = ['patrol', 'hotline', 'audit'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/**
 * The channel of a report by `actor`: a supervisor reports from patrol; the center and the
 * sub-centers take hotline calls; an auditor reports what an inspection found. Null: the actor
 * does not report. A supervisor who also takes calls reports as a supervisor.
 */
export function reportChannelOf(actor: { roles: readonly string[] }): ReportChannel | null {
  if (!can(actor, 'cases.report')) return null;
  if (actor.roles.includes('supervisor')) return 'patrol';
  if (actor.roles.includes('intake') || actor.roles.includes('subcenter')) return 'hotline';
  return actor.roles.includes('auditor') ? 'audit' : null;
}

/** Only a supervisor on patrol fixes a problem on the spot (before and after photos). */
export const mayResolveOnSite = (channel: ReportChannel): boolean => channel === 'patrol';

/** A hotline report records the caller's name and phone. */
export const takesCallerContact = (channel: ReportChannel): boolean => channel === 'hotline';

/** Off patrol, a street-scoped reporter reports only inside their own street. */
export const staysInOwnStreet = (actor: Pick<Actor, 'scope'>, channel: ReportChannel): boolean =>
  actor.scope.kind === 'street' && channel !== 'patrol';

/**
 * Where a new case starts: a problem fixed on the spot waits only for closure, at grid level; a
 * hotline call waits for the grid supervisor to verify it; anything else is ready to be filed.
 */
export function reportStart(
  channel: ReportChannel,
  resolvedOnSite: boolean,
  itemLevel: CaseLevel,
): { status: CaseStatus; level: CaseLevel } {
  if (resolvedOnSite) return { status: 'pending_close', level: 'grid' };
  return { status: channel === 'hotline' ? 'pending_verification' : 'reported', level: itemLevel };
}

/** The counter a day's case numbers are drawn from. */
export const caseNumberCounter = (localDate: string): string => `case_no:${localDate.replaceAll('-', '')}`;

/** A case number: the local date and the day's sequence, `YYYYMMDD` + 4 digits (more after 9,999). */
export const caseNumber = (localDate: string, seq: number): string =>
  `${localDate.replaceAll('-', '')}${String(seq).padStart(4, '0')}`;
