import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../../test/api-client.ts';
import { caseIn, CaseWorld } from '../../test/case-world.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';

/** Enough simultaneous clients that, on PostgreSQL, several read the case before any commits. */
const CLIENTS = 8;

describeEachEngineWithDemo('simultaneous actions on one version', (ctx) => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
  });
  afterAll(() => w.close());

  it('let exactly one succeed; every other gets VERSION_CONFLICT and writes nothing', async () => {
    const c = await caseIn(w, 'reported');
    // One after another: more than five logins of one account in flight at once are throttled.
    const clients: ApiClient[] = [];
    for (let i = 0; i < CLIENTS; i++) clients.push(await ApiClient.login(w.server, 'center'));
    const answers = await Promise.all(
      clients.map((client, i) =>
        i % 2 === 0
          ? client.post<{ error?: { code: string } }>(`/api/v1/cases/${c.id}/actions/file`, {
              version: c.version,
            })
          : client.post<{ error?: { code: string } }>(`/api/v1/cases/${c.id}/actions/reject`, {
              version: c.version,
              reason: `并发拒绝 ${i}`,
            }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(CLIENTS - 1).fill(409)]);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.error?.code)).toEqual(
      Array(CLIENTS - 1).fill('VERSION_CONFLICT'),
    );
    const after = await w.read(c.id);
    expect(after.version).toBe(c.version + 1);
    expect((await w.events(c.id)).map((e) => e.seq)).toEqual([1, 2]);
  });
});
