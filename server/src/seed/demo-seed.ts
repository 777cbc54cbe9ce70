import crypto from 'node:crypto';
import { areaM2, bboxOf, type Clock, type Role, type Scope, type DepartmentRecord } from '@envgrid/core';
import type { DataAccess, Repos } from '../db/repos.ts';
import { hashPassword } from '../modules/auth/password.ts';
import type { NewRegion } from '../modules/regions/region.record.ts';
import type { NewGrid } from '../modules/grids/grid.record.ts';
import { GRID_GENERATION_KEY } from '../modules/grids/grid-locator.ts';
import { buildDemoDistrict } from './demo-district/demo-district.ts';
import { loadDistrictProfile, type DistrictProfile, type StreetRow } from './district-profile.ts';

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
  grids: number;
}

const streetNo = (code: string) => code.slice(6); // 110101001 → 001

/** The demo users of docs/domain.md, one sub-center per street, a few supervisors per street. */
export function demoUsers(
  districtCode: string,
  streets: StreetRow[],
  departmentCodes: readonly string[],
): DemoUserSpec[] {
  const users: DemoUserSpec[] = [
    {
      username: 'admin',
      displayName: '系统管理员',
      roles: ['admin'],
      scope: { kind: 'district', code: districtCode },
    },
    {
      username: 'center',
      displayName: '区中心受理派遣员',
      roles: ['intake', 'dispatcher'],
      scope: { kind: 'district', code: districtCode },
    },
    {
      username: 'leader',
      displayName: '区领导',
      roles: ['leader'],
      scope: { kind: 'district', code: districtCode },
    },
    {
      username: 'auditor',
      displayName: '督查稽查员',
      roles: ['auditor'],
      scope: { kind: 'district', code: districtCode },
    },
  ];
  for (const code of departmentCodes) {
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
      username: `jd${n}-01`,
      displayName: `${short}综合执法队`,
      roles: ['handler'],
      scope: { kind: 'department', code: `jd${n}` },
    });
    users.push({
      username: `off${n}-01`,
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

/**
 * The demo geometry for a profile, built once per process: the build is deterministic (the same
 * input gives the same output) and takes a few hundred milliseconds, and a test run seeds dozens
 * of databases.
 */
const built = new Map<string, ReturnType<typeof buildDemoDistrict>>();
function demoDistrictOf(
  input: Parameters<typeof buildDemoDistrict>[0],
): ReturnType<typeof buildDemoDistrict> {
  const key = JSON.stringify(input);
  let demo = built.get(key);
  if (!demo) {
    demo = buildDemoDistrict(input);
    built.set(key, demo);
  }
  return demo;
}

export class DemoSeeder {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    /** The district to seed: a profile folder's contents (default: the demo district). */
    private readonly profile: () => DistrictProfile = () => loadDistrictProfile(),
  ) {}

  /** Seeds the demo district when the database has no users; returns what it did. */
  async seedIfEmpty(password: string): Promise<SeedSummary> {
    if ((await this.data.repos.users.count()) > 0) {
      return { seeded: false, users: 0, streets: 0, communities: 0, departments: 0, grids: 0 };
    }
    return this.seed(password);
  }

  /**
   * Seeds the district. `passwordHash`, when given, is stored instead of hashing `password`
   * (the tests pass a cheap hash of the same password, so their many logins stay fast).
   */
  async seed(password: string, opts: { passwordHash?: string } = {}): Promise<SeedSummary> {
    const district = this.profile();
    const { streets, communities, boundary, departments: deptFile } = district;
    const now = this.clock.now();
    // One hash for every demo user: they share the password, and hashing 100 times would slow start-up.
    const passwordHash = opts.passwordHash ?? (await hashPassword(password));

    // Street and community boundaries are not public: the demo divides the real outline (labelled demo).
    const demo = demoDistrictOf({
      boundary,
      streets,
      communities,
      ...(district.demoGridCount ? { targetGridCount: district.demoGridCount } : {}),
    });
    const geometryOf = new Map<string, string>();
    for (const f of [...demo.streets, ...demo.communities])
      geometryOf.set(f.properties.code, JSON.stringify(f.geometry));
    const regions: NewRegion[] = [
      {
        code: district.code,
        kind: 'district',
        name: district.name,
        parentCode: null,
        geometry: JSON.stringify(boundary),
      },
      ...streets.map((s) => ({
        code: s.code,
        kind: 'street' as const,
        name: s.name,
        parentCode: district.code,
        geometry: geometryOf.get(s.code) ?? null,
      })),
      ...communities.map((c) => ({
        code: c.code,
        kind: 'community' as const,
        name: c.name,
        parentCode: c.streetCode,
        geometry: geometryOf.get(c.code) ?? null,
      })),
    ];
    const grids: NewGrid[] = demo.grids.map((g) => ({
      code: g.properties.code,
      name: g.properties.name,
      communityCode: g.properties.communityCode,
      streetCode: g.properties.streetCode,
      geometry: JSON.stringify(g.geometry),
      bbox: bboxOf(g.geometry),
      areaM2: areaM2(g.geometry),
      demo: true,
    }));
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
    const users = demoUsers(
      district.code,
      streets,
      deptFile.district.map((d) => d.code),
    ).map((u) => ({ id: crypto.randomUUID(), ...u }));

    await this.data.transaction(async (repos: Repos) => {
      await repos.regions.upsertMany(regions, now);
      await repos.departments.insertMany(departments, now);
      for (const u of users) await repos.users.insert({ ...u, passwordHash }, now);
      await repos.grids.upsertMany(grids, now);
      await repos.grids.insertAssignments(demoAssignments(grids, users, now));
      await repos.settings.set(GRID_GENERATION_KEY, `demo-${now}`, now);
    });
    return {
      seeded: true,
      users: users.length,
      streets: streets.length,
      communities: communities.length,
      departments: departments.length,
      grids: grids.length,
    };
  }
}

/**
 * Each street's grids, in code order, are shared out among its supervisors in contiguous runs
 * (one responsible supervisor per grid), and the street's officer is attached to all of them.
 */
export function demoAssignments(grids: NewGrid[], users: (DemoUserSpec & { id: string })[], now: number) {
  const out: {
    id: string;
    gridCode: string;
    userId: string;
    role: 'supervisor' | 'officer';
    startsAt: number;
  }[] = [];
  const byStreet = new Map<string, NewGrid[]>();
  for (const g of grids) byStreet.set(g.streetCode, [...(byStreet.get(g.streetCode) ?? []), g]);
  for (const [streetCode, list] of byStreet) {
    const inStreet = (role: Role) =>
      users.filter((u) => u.roles.includes(role) && u.scope.kind === 'street' && u.scope.code === streetCode);
    const supervisors = inStreet('supervisor');
    const officers = inStreet('officer');
    list.sort((a, b) => a.code.localeCompare(b.code));
    list.forEach((g, i) => {
      const sup = supervisors[Math.floor((i * supervisors.length) / list.length)];
      if (sup)
        out.push({
          id: crypto.randomUUID(),
          gridCode: g.code,
          userId: sup.id,
          role: 'supervisor',
          startsAt: now,
        });
      for (const o of officers)
        out.push({ id: crypto.randomUUID(), gridCode: g.code, userId: o.id, role: 'officer', startsAt: now });
    });
  }
  return out;
}
