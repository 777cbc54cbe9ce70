import crypto from 'node:crypto';
import type { Clock, Role, Scope } from '@envgrid/core';
import type { DataAccess, Repos } from '../db/repos.ts';
import { hashPassword } from '../modules/auth/password.ts';
import type { DepartmentRecord } from '../modules/departments/department.repository.ts';
import type { NewRegion } from '../modules/regions/region.repository.ts';
import { loadCommunities, loadDepartments, loadStreets, type StreetRow } from './reference-data.ts';

export const DISTRICT = { code: '110101', name: '东城区' } as const;
/** Supervisors per street in the demo: enough to share each street's grids among several people. */
const SUPERVISORS_PER_STREET = 3;

export interface DemoUserSpec {
  username: string;
  displayName: string;
  roles: Role[];
  scope: Scope;
}

export interface SeedSummary {
  seeded: boolean;
  users: number;
  streets: number;
  communities: number;
  departments: number;
}

const streetNo = (code: string) => code.slice(6); // 110101001 → 001

/** The demo users of DESIGN §9, one sub-center per street, a few supervisors per street. */
export function demoUsers(streets: StreetRow[]): DemoUserSpec[] {
  const users: DemoUserSpec[] = [
    {
      username: 'admin',
      displayName: '系统管理员',
      roles: ['admin'],
      scope: { kind: 'district', code: DISTRICT.code },
    },
    {
      username: 'center',
      displayName: '区中心受理派遣员',
      roles: ['intake', 'dispatcher'],
      scope: { kind: 'district', code: DISTRICT.code },
    },
    {
      username: 'leader',
      displayName: '区领导',
      roles: ['leader'],
      scope: { kind: 'district', code: DISTRICT.code },
    },
    {
      username: 'auditor',
      displayName: '督查稽查员',
      roles: ['auditor'],
      scope: { kind: 'district', code: DISTRICT.code },
    },
  ];
  for (const code of ['hbj', 'cgzf', 'zjw', 'swj', 'gaj', 'csgl']) {
    users.push({
      username: `${code}01`,
      displayName: `${code}01`,
      roles: ['handler'],
      scope: { kind: 'department', code },
    });
  }
  for (const s of streets) {
    const n = streetNo(s.code);
    const short = s.name.replace(/街道$/, '');
    users.push({
      username: `sub${n}`,
      displayName: `${s.name}分中心`,
      roles: ['subcenter'],
      scope: { kind: 'street', code: s.code },
    });
    users.push({
      username: `jd${n}01`,
      displayName: `${short}综合执法队`,
      roles: ['handler'],
      scope: { kind: 'department', code: `jd${n}` },
    });
    users.push({
      username: `off${n}01`,
      displayName: `${short}网格执法员`,
      roles: ['officer'],
      scope: { kind: 'street', code: s.code },
    });
    for (let i = 1; i <= SUPERVISORS_PER_STREET; i++) {
      const k = String(i).padStart(2, '0');
      users.push({
        username: `sup${n}-${k}`,
        displayName: `${short}监督员${k}`,
        roles: ['supervisor'],
        scope: { kind: 'street', code: s.code },
      });
    }
  }
  return users;
}

export class DemoSeeder {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
  ) {}

  /** Seeds the demo district when the database has no users; returns what it did. */
  async seedIfEmpty(password: string): Promise<SeedSummary> {
    if ((await this.data.repos.users.count()) > 0) {
      return { seeded: false, users: 0, streets: 0, communities: 0, departments: 0 };
    }
    return this.seed(password);
  }

  async seed(password: string): Promise<SeedSummary> {
    const streets = loadStreets();
    const communities = loadCommunities();
    const deptFile = loadDepartments();
    const now = this.clock.now();
    // One hash for every demo user: they share the password, and hashing 100 times would slow start-up.
    const passwordHash = await hashPassword(password);

    const regions: NewRegion[] = [
      { code: DISTRICT.code, kind: 'district', name: DISTRICT.name, parentCode: null, geometry: null },
      ...streets.map((s) => ({
        code: s.code,
        kind: 'street' as const,
        name: s.name,
        parentCode: DISTRICT.code,
        geometry: null,
      })),
      ...communities.map((c) => ({
        code: c.code,
        kind: 'community' as const,
        name: c.name,
        parentCode: c.streetCode,
        geometry: null,
      })),
    ];
    const departments: DepartmentRecord[] = [
      ...deptFile.district.map((d) => ({
        id: crypto.randomUUID(),
        ...d,
        level: 'district' as const,
        streetCode: null,
        active: true,
      })),
      ...streets.map((s) => ({
        id: crypto.randomUUID(),
        code: `${deptFile.streetTeam.codePrefix}${streetNo(s.code)}`,
        name: `${s.name}${deptFile.streetTeam.nameSuffix}`,
        nameEn: `${s.name} ${deptFile.streetTeam.nameEnSuffix}`,
        level: 'street' as const,
        streetCode: s.code,
        active: true,
      })),
    ];
    const users = demoUsers(streets);

    await this.data.transaction(async (repos: Repos) => {
      await repos.regions.insertMany(regions, now);
      await repos.departments.insertMany(departments, now);
      for (const u of users) {
        await repos.users.insert({ id: crypto.randomUUID(), ...u, passwordHash }, now);
      }
    });
    return {
      seeded: true,
      users: users.length,
      streets: streets.length,
      communities: communities.length,
      departments: departments.length,
    };
  }
}
