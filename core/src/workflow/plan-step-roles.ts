/**
 * Which roles take part in each of the plan's eight steps, derived from the rules themselves:
 * a role takes part in a step when it may report (step 1), may take one of the step's actions
 * on some case in some scope (steps 1–7), or may read the assessment (step 8). Nothing here is
 * a second list of roles.
 */
import { PERMISSIONS, type Actor } from '../permissions.ts';
import { ROLES, type Role, type Scope } from '../roles.ts';
import { CASE_ACTION_INFO, CASE_ACTIONS } from './case-actions.ts';
import { decideCaseAction, type CaseView } from './case-rules.ts';
import { CASE_STATUSES, PLAN_STEPS, type CaseLevel, type PlanStep } from './case-states.ts';

const PROBE_STREET = 'probe-street';
const PROBE_DEPARTMENT = 'probe-department';

/** One actor per scope kind holding only `role`; each is the grid's supervisor and in scope. */
function probes(role: Role): Actor[] {
  const scopes: Scope[] = [
    { kind: 'district', code: 'probe-district' },
    { kind: 'street', code: PROBE_STREET },
    { kind: 'department', code: PROBE_DEPARTMENT },
  ];
  return scopes.map((scope) => ({
    id: 'probe',
    username: 'probe',
    displayName: 'probe',
    roles: [role],
    scope,
  }));
}

function probeCases(): CaseView[] {
  const out: CaseView[] = [];
  for (const status of CASE_STATUSES)
    for (const level of ['street', 'district'] as CaseLevel[])
      for (const pending of [null, 'extension', 'suspension'] as const)
        out.push({
          status,
          level,
          streetCode: PROBE_STREET,
          gridCode: 'probe-grid',
          reporterId: 'someone-else',
          leadDepartmentCode: PROBE_DEPARTMENT,
          assistDepartmentCodes: [],
          pendingRequest: pending ? { kind: pending, requestedBy: 'someone-else' } : null,
          assistFeedbackFrom: [],
          gridSupervisorId: 'probe',
          evaluated: false,
        });
  return out;
}

function computePlanStepRoles(): Record<PlanStep, Role[]> {
  const out = Object.fromEntries(PLAN_STEPS.map((s) => [s, new Set<Role>()])) as Record<PlanStep, Set<Role>>;
  for (const r of PERMISSIONS['cases.report']) out.collect.add(r);
  for (const r of PERMISSIONS['assessment.read']) out.assess.add(r);
  const cases = probeCases();
  for (const action of CASE_ACTIONS) {
    const step = CASE_ACTION_INFO[action].planStep;
    if (!step) continue;
    for (const role of ROLES) {
      const takesPart = probes(role).some((actor) =>
        cases.some((c) => decideCaseAction(actor, c, action, { hasMissingPartsReason: true }).allowed),
      );
      if (takesPart) out[step].add(role);
    }
  }
  return Object.fromEntries(PLAN_STEPS.map((s) => [s, ROLES.filter((r) => out[s].has(r))])) as Record<
    PlanStep,
    Role[]
  >;
}

let cached: Readonly<Record<PlanStep, readonly Role[]>> | undefined;

/** The roles that act in each plan step, in {@link ROLES} order. */
export function planStepRoles(): Readonly<Record<PlanStep, readonly Role[]>> {
  cached ??= computePlanStepRoles();
  return cached;
}
