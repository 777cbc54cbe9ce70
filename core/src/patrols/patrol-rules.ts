/**
 * Who patrols, who sees a patrol and what its owner may do with it now
 * (docs/patrols-and-coverage.md). The patrol service asks these; the presenter shows
 * {@link patrolAbilities} as a patrol's `abilities`.
 */
import { can, PERMISSIONS, type Actor } from '../permissions.ts';

/** `patrol`: a supervisor's 巡查; `audit`: an auditor's 稽查. */
export const PATROL_KINDS = ['patrol', 'audit'] as const;
export type PatrolKind = (typeof PATROL_KINDS)[number];

export const PATROL_STATUSES = ['active', 'ended'] as const;
export type PatrolStatus = (typeof PATROL_STATUSES)[number];

export const PATROL_ACTIONS = ['addPoints', 'inspect', 'end'] as const;
export type PatrolAction = (typeof PATROL_ACTIONS)[number];

export const INSPECTION_RESULTS = ['normal', 'problem'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** The fields of a patrol the rules need. */
export interface PatrolView {
  userId: string;
  status: PatrolStatus;
  /** The street of its owner when they are street-scoped; null for district staff (an auditor). */
  streetCode: string | null;
}

/** The kind of patrol `actor` starts, or null when they may not patrol. */
export function patrolKindFor(actor: Pick<Actor, 'roles'>): PatrolKind | null {
  if (!can(actor, 'patrols.run')) return null;
  return actor.roles.includes('supervisor') ? 'patrol' : 'audit';
}

/**
 * Roles that oversee other people's patrols: whoever reads coverage, except a supervisor as such
 * (a supervisor sees their own patrols only).
 */
export function overseesPatrols(actor: Pick<Actor, 'roles'>): boolean {
  const roles: readonly string[] = PERMISSIONS['coverage.read'];
  return actor.roles.some((r) => r !== 'supervisor' && roles.includes(r));
}

/** Whether `actor` may read patrols at all (their own, or others' within scope). */
export function readsPatrols(actor: Pick<Actor, 'roles'>): boolean {
  return can(actor, 'patrols.run') || overseesPatrols(actor);
}

/**
 * One's own patrols always; others' for overseers within scope: district staff all, a street's
 * staff those of people of that street. A department scope oversees no patrols.
 */
export function canSeePatrol(actor: Pick<Actor, 'id' | 'roles' | 'scope'>, p: PatrolView): boolean {
  if (p.userId === actor.id) return true;
  if (!overseesPatrols(actor)) return false;
  if (actor.scope.kind === 'district') return true;
  return actor.scope.kind === 'street' && p.streetCode === actor.scope.code;
}

export type PatrolActionDecision =
  | { allowed: true }
  | { allowed: false; reason: 'NOT_VISIBLE' | 'FORBIDDEN' | 'INVALID_TRANSITION'; message: string };

/** Only the owner acts on a patrol, and only while it is active. */
export function decidePatrolAction(
  actor: Pick<Actor, 'id' | 'roles' | 'scope'>,
  p: PatrolView,
  action: PatrolAction,
): PatrolActionDecision {
  if (!canSeePatrol(actor, p)) return { allowed: false, reason: 'NOT_VISIBLE', message: 'Patrol not found' };
  if (p.userId !== actor.id || !can(actor, 'patrols.run'))
    return { allowed: false, reason: 'FORBIDDEN', message: 'Only the patrol’s owner records it' };
  if (p.status !== 'active')
    return {
      allowed: false,
      reason: 'INVALID_TRANSITION',
      message: `Cannot ${action} on a patrol that has ended`,
    };
  return { allowed: true };
}

export function patrolAbilities(actor: Pick<Actor, 'id' | 'roles' | 'scope'>, p: PatrolView): PatrolAction[] {
  return PATROL_ACTIONS.filter((a) => decidePatrolAction(actor, p, a).allowed);
}
