import { describe, expect, it } from 'vitest';
import type { Actor } from '../permissions.ts';
import type { Role } from '../roles.ts';
import {
  canSeePatrol,
  patrolAbilities,
  patrolKindFor,
  readsPatrols,
  type PatrolView,
} from './patrol-rules.ts';

const actor = (id: string, roles: Role[], scope: Actor['scope']): Actor => ({
  id,
  username: id,
  displayName: id,
  roles,
  scope,
});
const sup = actor('sup', ['supervisor'], { kind: 'street', code: 'S1' });
const otherSup = actor('sup2', ['supervisor'], { kind: 'street', code: 'S1' });
const sub1 = actor('sub1', ['subcenter'], { kind: 'street', code: 'S1' });
const sub2 = actor('sub2', ['subcenter'], { kind: 'street', code: 'S2' });
const auditor = actor('aud', ['auditor'], { kind: 'district', code: 'D' });
const officer = actor('off', ['officer'], { kind: 'street', code: 'S1' });
const handler = actor('h', ['handler'], { kind: 'department', code: 'hbj' });

const active: PatrolView = { userId: 'sup', status: 'active', streetCode: 'S1' };

describe('patrol rules', () => {
  it('gives supervisors 巡查 and auditors without the supervisor role 稽查', () => {
    expect(patrolKindFor(sup)).toBe('patrol');
    expect(patrolKindFor(auditor)).toBe('audit');
    expect(patrolKindFor(actor('x', ['auditor', 'supervisor'], sup.scope))).toBe('patrol');
    expect(patrolKindFor(sub1)).toBeNull();
    expect(patrolKindFor(officer)).toBeNull();
  });

  it('shows a patrol to its owner, its street’s staff and the district, not to other supervisors', () => {
    expect(
      [sup, otherSup, sub1, sub2, auditor, officer, handler].map((a) => canSeePatrol(a, active)),
    ).toEqual([true, false, true, false, true, false, false]);
    expect([officer, handler].map(readsPatrols)).toEqual([false, false]);
  });

  it('lets only the owner act, only while the patrol is active', () => {
    expect(patrolAbilities(sup, active)).toEqual(['addPoints', 'inspect', 'end']);
    expect(patrolAbilities(auditor, active)).toEqual([]);
    expect(patrolAbilities(sup, { ...active, status: 'ended' })).toEqual([]);
  });
});
