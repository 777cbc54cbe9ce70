/**
 * Who acts next, written from docs/workflow.md, and checked against the action rules: everyone
 * named as acting next may really take a step forward on the case.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../permissions.ts';
import type { Role, Scope } from '../roles.ts';
import { CASE_ACTIONS } from './case-actions.ts';
import type { CaseLevel, CaseStatus } from './case-states.ts';
import { decideCaseAction, type CaseView } from './case-rules.ts';
import {
  overdueEscalation,
  queueStatuses,
  whoActsNext,
  type NextActor,
  type NextActorCase,
} from './next-actors.ts';

const base: NextActorCase = {
  status: 'reported',
  level: 'street',
  gridCode: '110101001001001',
  streetCode: '110101001',
  pendingRequest: null,
  leadDepartmentId: null,
  assistDepartmentIds: [],
  assistDoneIds: [],
};
const on = (status: CaseStatus, level: CaseLevel = 'street', over: Partial<NextActorCase> = {}) =>
  whoActsNext({ ...base, status, level, ...over });

describe('who acts next', () => {
  it('the grid supervisor verifies and checks', () => {
    for (const s of ['pending_verification', 'pending_check'] as const)
      for (const level of ['grid', 'street', 'district'] as const)
        expect(on(s, level)).toEqual([{ kind: 'grid-supervisor', gridCode: '110101001001001' }]);
  });

  it('the center files, dispatches, resumes and closes district cases; the sub-center its street’s', () => {
    expect(on('reported', 'district')).toEqual([{ kind: 'center', role: 'intake' }]);
    expect(on('filed', 'district')).toEqual([{ kind: 'center', role: 'dispatcher' }]);
    expect(on('suspended', 'district')).toEqual([{ kind: 'center', role: 'dispatcher' }]);
    expect(on('pending_close', 'district')).toEqual([
      { kind: 'center', role: 'intake' },
      { kind: 'center', role: 'dispatcher' },
    ]);
    for (const s of ['reported', 'filed', 'suspended', 'pending_close'] as const)
      for (const level of ['grid', 'street'] as const)
        expect(on(s, level)).toEqual([{ kind: 'subcenter', streetCode: '110101001' }]);
  });

  it('a dispatched case waits on its lead department and the assisting ones that have not answered', () => {
    expect(
      on('dispatched', 'district', {
        leadDepartmentId: 'd-lead',
        assistDepartmentIds: ['d-a', 'd-b', 'd-lead'],
        assistDoneIds: ['d-a'],
      }),
    ).toEqual([
      { kind: 'department', departmentId: 'd-lead', lead: true },
      { kind: 'department', departmentId: 'd-b', lead: false },
    ]);
  });

  it('a dispatched case without a lead department (never stored) names no department', () => {
    expect(on('dispatched', 'district')).toEqual([]);
  });

  it("a department's pending request waits on the dispatcher, or the street's sub-center", () => {
    const pendingRequest = { kind: 'extension' as const, requestedBy: 'u', requestedAt: 1, reason: 'r' };
    const c = { leadDepartmentId: 'd-lead', pendingRequest };
    expect(on('dispatched', 'district', c)).toEqual([{ kind: 'center', role: 'dispatcher' }]);
    expect(on('dispatched', 'street', c)).toEqual([{ kind: 'subcenter', streetCode: '110101001' }]);
  });

  it('an ended case waits on nobody', () => {
    for (const s of ['closed', 'rejected', 'voided'] as const) expect(on(s, 'district')).toEqual([]);
  });
});

describe('overdue escalation', () => {
  it('a red step reaches the district dispatchers, the street sub-center and the leaders', () => {
    expect(overdueEscalation({ streetCode: '110101007' })).toEqual([
      { kind: 'center', role: 'dispatcher' },
      { kind: 'subcenter', streetCode: '110101007' },
      { kind: 'leaders' },
    ]);
  });
});

describe('work queues', () => {
  it('each role queues the statuses that wait on it', () => {
    const q = (r: Role) => [...queueStatuses(r)].sort();
    expect(q('supervisor')).toEqual(['pending_check', 'pending_verification']);
    expect(q('intake')).toEqual(['pending_close', 'reported']);
    expect(q('dispatcher')).toEqual(['filed', 'pending_close', 'suspended']);
    expect(q('subcenter')).toEqual(['filed', 'pending_close', 'reported', 'suspended']);
    expect(q('handler')).toEqual(['dispatched']);
    for (const r of ['leader', 'auditor', 'officer', 'admin'] as const) expect(q(r)).toEqual([]);
  });
});

describe('next actors agree with the action rules', () => {
  const actorFor = (who: NextActor, c: NextActorCase): Actor => {
    const make = (roles: Role[], scope: Scope): Actor => ({
      id: 'u-next',
      username: 'next',
      displayName: 'next',
      roles,
      scope,
    });
    if (who.kind === 'grid-supervisor') return make(['supervisor'], { kind: 'street', code: c.streetCode });
    if (who.kind === 'center') return make([who.role], { kind: 'district', code: '110101' });
    if (who.kind === 'subcenter') return make(['subcenter'], { kind: 'street', code: who.streetCode });
    if (who.kind === 'leaders') return make(['leader'], { kind: 'district', code: '110101' });
    return make(['handler'], { kind: 'department', code: who.departmentId });
  };
  const viewOf = (c: NextActorCase): CaseView => ({
    status: c.status,
    level: c.level,
    streetCode: c.streetCode,
    gridCode: c.gridCode,
    gridSupervisorId: 'u-next',
    reporterId: 'u-reporter',
    leadDepartmentCode: c.leadDepartmentId,
    assistDepartmentCodes: c.assistDepartmentIds,
    assistFeedbackFrom: c.assistDoneIds,
    pendingRequest: c.pendingRequest
      ? { kind: c.pendingRequest.kind, requestedBy: c.pendingRequest.requestedBy }
      : null,
    evaluated: false,
  });
  const STEPS = CASE_ACTIONS.filter(
    (a) => !['comment', 'urge', 'supervise', 'evaluate', 'escalate'].includes(a),
  );

  const cases: NextActorCase[] = [];
  for (const status of [
    'pending_verification',
    'reported',
    'filed',
    'suspended',
    'pending_check',
    'pending_close',
  ] as const)
    for (const level of ['street', 'district'] as const) cases.push({ ...base, status, level });
  cases.push({
    ...base,
    status: 'dispatched',
    level: 'district',
    leadDepartmentId: 'd-lead',
    assistDepartmentIds: ['d-a'],
  });
  cases.push({
    ...base,
    status: 'dispatched',
    level: 'street',
    leadDepartmentId: 'd-lead',
    pendingRequest: { kind: 'suspension', requestedBy: 'u', requestedAt: 1, reason: 'r' },
  });

  it.each(cases.map((c) => [`${c.status} (${c.level}${c.pendingRequest ? ', request' : ''})`, c] as const))(
    '%s: everyone named may take a step',
    (_name, c) => {
      const named = whoActsNext(c);
      expect(named.length).toBeGreaterThan(0);
      for (const who of named) {
        const actor = actorFor(who, c);
        const steps = STEPS.filter(
          (a) =>
            decideCaseAction(actor, viewOf(c), a, { real: true, passed: true, hasMissingPartsReason: true })
              .allowed,
        );
        expect(steps, JSON.stringify(who)).not.toEqual([]);
      }
    },
  );
});
