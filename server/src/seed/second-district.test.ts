/**
 * The district is data: a second, made-up district (990101 试验区, server/src/test/synthetic-district.ts)
 * is seeded from its own profile folder and runs a case from report to closure, with its own
 * codes, streets, departments and users; nothing of the demo district appears.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseIn, CaseWorld } from '../test/case-world.ts';
import { describeEachEngine } from '../test/db-harness.ts';
import { SYNTHETIC, writeSyntheticDistrict } from '../test/synthetic-district.ts';
import { loadDistrictProfile } from './district-profile.ts';

describeEachEngine('a second district', (ctx) => {
  let dir: string;
  let w: CaseWorld;
  beforeAll(async () => {
    dir = writeSyntheticDistrict();
    w = await CaseWorld.start(ctx.db, undefined, dir);
  });
  afterAll(async () => {
    await w?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('seeds its own territory, departments and users', async () => {
    const admin = await w.as('admin');
    const regions = (await admin.get<{ code: string; kind: string; name: string }[]>('/api/v1/regions')).body;
    expect(regions.filter((r) => r.kind === 'district')).toEqual([
      expect.objectContaining({ code: '990101', name: '试验区' }),
    ]);
    expect(
      regions
        .filter((r) => r.kind === 'street')
        .map((r) => r.code)
        .sort(),
    ).toEqual(['990101001', '990101002']);
    expect(
      regions
        .filter((r) => r.kind === 'community')
        .map((r) => r.code)
        .sort(),
    ).toEqual(['990101001001', '990101001002', '990101002001', '990101002002']);
    expect(regions.some((r) => r.code.startsWith('110101'))).toBe(false);
    const departments = (await admin.get<{ code: string }[]>('/api/v1/departments')).body;
    expect(departments.map((d) => d.code).sort()).toEqual(['cgzf', 'hbj', 'jd001', 'jd002']);
    const me = (await admin.get<{ user: { scope: { kind: string; code: string } } }>('/api/v1/me')).body;
    expect(me.user.scope).toEqual({ kind: 'district', code: '990101' });
    // The web app's first map view comes from the stored outline, not from the code.
    const meta = (
      await admin.get<{ district: { code: string; name: string; centre: { lng: number; lat: number } } }>(
        '/api/v1/meta',
      )
    ).body;
    expect(meta.district.code).toBe('990101');
    expect(meta.district.name).toBe('试验区');
    expect(meta.district.centre.lng).toBeCloseTo(100.018, 6);
    expect(meta.district.centre.lat).toBeCloseTo(30.009, 6);
  });

  it('runs a case from report to closure, notifying its own center', async () => {
    const closed = await caseIn(w, 'closed', { assists: ['cgzf'] });
    expect(closed.status).toBe('closed');
    const c = await w.read(closed.id);
    expect(c.caseNo).toMatch(/^\d{12}$/);
    const center = await w.as('center');
    const detail = (await center.get<{ streetCode: string; gridCode: string }>(`/api/v1/cases/${closed.id}`))
      .body;
    expect(detail.streetCode).toBe('990101001');
    expect(detail.gridCode).toMatch(/^990101001\d{6}$/);
    // Who acts next is found in this district: its center filed and closed, its handlers handled.
    const inbox = async (user: string) =>
      (
        await (
          await w.as(user)
        ).get<{ items: { caseId: string | null; kind: string }[] }>('/api/v1/notifications')
      ).body.items
        .filter((n) => n.caseId === closed.id)
        .map((n) => n.kind);
    expect(await inbox('center')).toEqual(expect.arrayContaining(['case.report']));
    expect((await inbox('hbj01')).length).toBeGreaterThan(0);
    expect((await inbox('cgzf01')).length).toBeGreaterThan(0);
    expect(await inbox('sup001-01')).toEqual(expect.arrayContaining([expect.any(String)]));
    expect((await w.events(closed.id)).map((e) => e.action)).toEqual([
      'report',
      'file',
      'dispatch',
      'assist_feedback',
      'feedback',
      'check',
      'close',
    ]);
  });

  it('refuses a point outside its outline', async () => {
    const sup = await w.as('sup001-01');
    const r = await sup.get<{ error: { code: string } }>('/api/v1/grids/locate?lng=116.41&lat=39.92');
    expect(r.status).toBe(422);
  });
});

it('a profile whose streets lie outside its district code is refused', () => {
  const dir = writeSyntheticDistrict();
  try {
    fs.writeFileSync(
      `${dir}/streets.csv`,
      `code,name,approx_center_lng,approx_center_lat\n110101001,东华门街道,100.01,30.01\n${SYNTHETIC.streets[1].code},x,100.03,30.01\n`,
    );
    expect(() => loadDistrictProfile(dir)).toThrow(/codes outside district 990101: 110101001/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
