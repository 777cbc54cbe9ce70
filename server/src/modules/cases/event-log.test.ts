import { ManualClock } from '@envgrid/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { act, login, pointInGridOf, type CaseDto } from '../../test/case-fixtures.ts';
import { envgrid } from '../../test/cli-runner.ts';
import { describeEachEngine } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { seedDemo } from '../../test/seed.ts';

describeEachEngine('envgrid verify-log', (ctx) => {
  let server: TestServer;
  const cases: CaseDto[] = [];
  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    const [sup, center, admin] = await login(server, 'sup001-01', 'center', 'admin');
    const spot = await pointInGridOf(sup, admin);
    for (const description of ['第一件', '第二件']) {
      const r = await sup.post<CaseDto>('/api/v1/cases', {
        itemCode: 'air.chimney_black_smoke',
        description,
        location: { lng: spot.lng, lat: spot.lat },
      });
      cases.push(await act(center, r.body, 'file'));
    }
  });
  afterAll(() => server.close());

  it('finds every chain intact, then names the case whose event was altered by hand', async () => {
    const env = { DATABASE_URL: ctx.url, ENVGRID_DATA_DIR: '/tmp/envgrid-verify-log' };
    const ok = await envgrid(['verify-log'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/checked \d+ cases, \d+ events: all chains intact/);

    const victim = cases[1]!;
    // An insider rewrites history: the report event now claims another item.
    await sql`update case_events set payload = ${'{"channel":"patrol","itemCode":"noise.construction"}'} where case_id = ${victim.id} and seq = 1`.execute(
      ctx.db.kysely,
    );
    const bad = await envgrid(['verify-log'], env);
    expect(bad.code).toBe(4);
    expect(bad.stdout).toContain(`ALTERED case ${victim.caseNo}`);
    expect(bad.stdout).not.toContain(`ALTERED case ${cases[0]!.caseNo}`);

    // Deleting an event breaks the chain too.
    await sql`delete from case_events where case_id = ${cases[0]!.id} and seq = 1`.execute(ctx.db.kysely);
    const gone = await envgrid(['verify-log'], env);
    expect(gone.stdout).toContain(`ALTERED case ${cases[0]!.caseNo}`);
  });
});
