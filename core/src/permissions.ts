import { ROLES, type Role, type Scope } from './roles.ts';

/** Who is acting: resolved from a session or an API token, passed to every service call. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  scope: Scope;
}

/**
 * Permissions by role: the single table that routes, services and the UI consult.
 * Scope (which records) is checked separately, by each service, on every read and write.
 */
export const PERMISSIONS = {
  'users.manage': ['admin'],
  'departments.manage': ['admin'],
  'grids.manage': ['admin'],
  'grids.assign': ['admin', 'subcenter'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'cases.report': ['supervisor', 'intake', 'subcenter', 'auditor'],
  /**
   * The case workspace (lists, queues): the roles whose work is cases. Reading a case is decided
   * by scope (`canSee`); this decides whose menu and home page show case work.
   */
  'cases.work': [
    'intake',
    'dispatcher',
    'subcenter',
    'handler',
    'leader',
    'auditor',
    'supervisor',
    'officer',
  ],
  /** Record on a case one was brought into (a grid officer's `officer_report`). */
  'cases.record': ['officer'],
  /** A hotline caller's name and phone, on cases taken by phone. */
  'cases.callerContact': ['intake', 'dispatcher', 'subcenter', 'leader'],
  /** Performance assessment of supervisors, departments and streets (plan step 8). */
  'assessment.read': ['leader', 'auditor'],
  /** The pollution-source registry, read within the actor's scope (docs/sources.md). */
  'sources.read': ROLES,
  /** Register, edit, confirm, merge, dismiss, close and reopen sources; import them from CSV. */
  'sources.manage': ['intake', 'subcenter', 'admin'],
  /** Patrol with a GPS track and inspect sources (巡查; an auditor's patrol is 稽查). */
  'patrols.run': ['supervisor', 'auditor'],
  /** Patrol and inspection coverage, with its blind spots (全覆盖、无盲点). */
  'coverage.read': ['supervisor', 'intake', 'dispatcher', 'subcenter', 'leader', 'auditor', 'admin'],
  /** Ask the grid's officers how to qualify a problem (咨询). */
  'consultations.ask': ['supervisor', 'auditor'],
  /** Answer the consultations of one's grids. */
  'consultations.answer': ['officer'],
  'tokens.own': ROLES,
  /**
   * Dashboards (docs/dashboards.md), within the actor's scope: the district's for district staff,
   * a street's for its sub-center, a department's own cases for its handlers.
   */
  'dashboard.read': ['intake', 'dispatcher', 'subcenter', 'handler', 'leader', 'auditor'],
  /** 督查与稽查: run 督查 samples of closed cases, read runs and 稽查 findings (docs/audits.md). */
  'audits.run': ['leader', 'auditor'],
  /** Re-check a 督查 sample on site; a failed re-check opens a linked case. */
  'audits.recheck': ['auditor'],
  /** A sub-center's or department's own indicator and assessment rows (and their rank); acknowledge them. */
  'assessment.readOwn': ['subcenter', 'handler'],
  /** Run (freeze) an assessment of a period (docs/indicators.md). */
  'assessment.run': ['leader'],
  /** Edit the composite weights and grade bands (a new version). */
  'assessment.weights': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: { roles: readonly string[] }, permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return actor.roles.some((r) => allowed.includes(r));
}

/** District scope sees the whole district; a street scope only its street; a department its own cases. */
export function seesStreet(actor: Pick<Actor, 'scope'>, streetCode: string): boolean {
  return actor.scope.kind !== 'street' || actor.scope.code === streetCode;
}
