import {
  transition,
  type Actor,
  type CaseAction,
  type CaseLevel,
  type CaseRecord,
  type CaseStatus,
  type DepartmentRecord,
  type Transition,
} from '@envgrid/core';
import type { WorkSettings } from '../settings/work-settings.service.ts';
import { computeEvaluation } from './case-evaluation.ts';

type EventLike = Parameters<typeof computeEvaluation>[1][number];

/** Closing (or registering) and evaluating compute the evaluation from the case's events. */
export const needsEvents = (action: CaseAction): boolean =>
  action === 'close' || action === 'register_source' || action === 'evaluate';

/**
 * What an action the rules allowed does to a case: core's transition, for the actor's department
 * when it acts as one, with the evaluation on close and evaluate (from `events`, the log so far).
 * The case service and the history generator both apply actions through here.
 */
export function actionEffect(i: {
  actor: Actor;
  action: CaseAction;
  decision: { to: CaseStatus; level?: CaseLevel };
  payload: Record<string, unknown>;
  c: CaseRecord;
  departments: readonly DepartmentRecord[];
  settings: WorkSettings;
  now: number;
  events: readonly EventLike[];
}): Transition {
  const { actor, action, decision, c, settings, now } = i;
  const actorDepartmentId =
    actor.scope.kind === 'department'
      ? (i.departments.find((d) => d.code === actor.scope.code)?.id ?? null)
      : null;
  const t = transition({
    action,
    to: decision.to,
    level: decision.level,
    payload: i.payload,
    c,
    actorId: actor.id,
    actorDepartmentId,
    settings,
    now,
  });
  if (needsEvents(action))
    t.patch.evaluation = computeEvaluation(
      settings,
      [...i.events],
      { action, at: now, fromStatus: c.status, toStatus: decision.to, payload: { ...t.event } },
      t.patch.level ?? c.level,
    );
  return t;
}
