import { describe, expect, it } from 'vitest';
import { can, seesStreet, type Permission } from './permissions.ts';
import type { Role, ScopeKind } from './roles.ts';

const ALL_ROLES: Role[] = [
  'supervisor',
  'officer',
  'intake',
  'dispatcher',
  'subcenter',
  'handler',
  'leader',
  'auditor',
  'admin',
];

/** Who holds each permission (docs/domain.md), written out. */
const WHO: Record<Permission, Role[]> = {
  'users.manage': ['admin'],
  'departments.manage': ['admin'],
  'grids.manage': ['admin'],
  'grids.assign': ['admin', 'subcenter'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'cases.report': ['supervisor', 'intake', 'subcenter', 'auditor'],
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
  'cases.record': ['officer'],
  'cases.callerContact': ['intake', 'dispatcher', 'subcenter', 'leader'],
  'assessment.read': ['leader', 'auditor'],
  'sources.read': ALL_ROLES,
  'sources.manage': ['intake', 'subcenter', 'admin'],
  'patrols.run': ['supervisor', 'auditor'],
  'coverage.read': ['supervisor', 'intake', 'dispatcher', 'subcenter', 'leader', 'auditor', 'admin'],
  'consultations.ask': ['supervisor', 'auditor'],
  'consultations.answer': ['officer'],
  'tokens.own': ALL_ROLES,
  'dashboard.read': ['intake', 'dispatcher', 'subcenter', 'handler', 'leader', 'auditor'],
  'audits.run': ['leader', 'auditor'],
  'audits.recheck': ['auditor'],
  'assessment.readOwn': ['subcenter', 'handler'],
  'assessment.run': ['leader'],
  'assessment.weights': ['admin'],
};

describe('can', () => {
  it('grants each permission to exactly its roles', () => {
    for (const [permission, roles] of Object.entries(WHO) as Array<[Permission, Role[]]>) {
      for (const role of ALL_ROLES) {
        expect(can({ roles: [role] }, permission), `${role} ${permission}`).toBe(roles.includes(role));
      }
    }
  });
  it('is enough that one of several roles allows it', () => {
    expect(can({ roles: ['handler', 'admin'] }, 'users.manage')).toBe(true);
    expect(can({ roles: ['leader', 'supervisor'] }, 'cases.report')).toBe(true);
    expect(can({ roles: ['leader', 'handler'] }, 'cases.report')).toBe(false);
  });
  it('grants nothing without a role', () => {
    expect(can({ roles: [] }, 'tokens.own')).toBe(false);
    expect(can({ roles: [] }, 'cases.report')).toBe(false);
  });
});

describe('seesStreet', () => {
  const scoped = (kind: ScopeKind, code: string) => ({ scope: { kind, code } });
  it('district and department scopes are not limited by street', () => {
    expect(seesStreet(scoped('district', '110101'), '110101001')).toBe(true);
    expect(seesStreet(scoped('department', 'hbj'), '110101001')).toBe(true);
    expect(seesStreet(scoped('department', '110101002'), '110101001')).toBe(true);
  });
  it('a street scope sees only its own street', () => {
    expect(seesStreet(scoped('street', '110101001'), '110101001')).toBe(true);
    expect(seesStreet(scoped('street', '110101002'), '110101001')).toBe(false);
  });
});
