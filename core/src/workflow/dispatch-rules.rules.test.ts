/** Where a case may be dispatched (docs/workflow.md, plan step 3), written from the rule. */
import { describe, expect, it } from 'vitest';
import type { Scope } from '../roles.ts';
import { dispatchTargets, mayDispatchTo, suggestedDepartment } from './dispatch-rules.ts';

const dept = (code: string, level: 'district' | 'street', streetCode: string | null, active = true) => ({
  id: `id-${code}`,
  code,
  level,
  streetCode,
  active,
});
const DEPTS = [
  dept('hbj', 'district', null),
  dept('old', 'district', null, false),
  dept('jd001', 'street', '110101001'),
  dept('jd002', 'street', '110101002'),
  dept('jd001x', 'street', '110101001', false),
];
const as = (scope: Scope) => ({ scope });
const center = as({ kind: 'district', code: '110101' });
const sub001 = as({ kind: 'street', code: '110101001' });
const inStreet1 = { streetCode: '110101001' };

describe('dispatch targets', () => {
  it('the center: active district departments and the case’s own street team', () => {
    expect(dispatchTargets(center, inStreet1, DEPTS).map((d) => d.code)).toEqual(['hbj', 'jd001']);
  });

  it('a sub-center: only its street’s team, never a district department', () => {
    expect(dispatchTargets(sub001, inStreet1, DEPTS).map((d) => d.code)).toEqual(['jd001']);
    expect(mayDispatchTo(sub001, inStreet1, DEPTS[0]!)).toBe(false);
  });

  it('another street’s team, or a team of a street the sub-center does not run, is never a target', () => {
    expect(mayDispatchTo(center, inStreet1, DEPTS[3]!)).toBe(false);
    expect(mayDispatchTo(as({ kind: 'street', code: '110101002' }), inStreet1, DEPTS[2]!)).toBe(false);
  });

  it('a department as the API shows it (no street code) is a district one', () => {
    expect(mayDispatchTo(center, inStreet1, { level: 'district', active: true })).toBe(true);
    expect(mayDispatchTo(center, inStreet1, { level: 'street', active: true })).toBe(false);
  });
});

describe('the suggested department', () => {
  it('district level: the one responsible by law for the item; below: the street’s own team', () => {
    expect(suggestedDepartment({ level: 'district', streetCode: '110101001' }, 'hbj', DEPTS)?.code).toBe(
      'hbj',
    );
    expect(suggestedDepartment({ level: 'street', streetCode: '110101001' }, 'hbj', DEPTS)?.code).toBe(
      'jd001',
    );
    expect(suggestedDepartment({ level: 'grid', streetCode: '110101002' }, 'hbj', DEPTS)?.code).toBe('jd002');
    expect(suggestedDepartment({ level: 'district', streetCode: '110101001' }, 'old', DEPTS)).toBeUndefined();
  });
});
