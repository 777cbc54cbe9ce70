// Rule: a 督查 run samples ceil(rate × n) closed cases of each lead department from a stated seed; an
// auditor re-checks each sample once, and a failed re-check opens one linked case on channel audit.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/api-client.ts';
import { caseIn, CaseWorld, type ApiError, type CaseBody } from '../../test/case-world.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { pngBytes } from '../../test/images.ts';

interface Sample {
  id: string;
  caseId: string;
  caseNo: string;
  departmentId: string | null;
  departmentName: string | null;
  result: 'passed' | 'failed' | null;
  note: string | null;
  attachmentIds: string[];
  auditorId: string | null;
  auditorName: string | null;
  checkedAt: number | null;
  followUpCaseId: string | null;
  followUpCaseNo: string | null;
  version: number;
  abilities: string[];
}
interface Run {
  id: string;
  from: string;
  to: string;
  rate: number;
  seed: number;
  sampleCount: number;
  checkedCount: number;
  failedCount: number;
  samples: Sample[];
}
interface Finding {
  caseId: string;
  caseNo: string;
  gridCode: string;
  reporterId: string | null;
  supervisorId: string | null;
  supervisorName: string | null;
}

/** Monday 6 April 2026, 09:00 Beijing: a day with no demo history. */
const DAY = '2026-04-06';
const DAY_MS = Date.UTC(2026, 3, 6, 1, 0, 0);

describeEachEngineWithDemo('督查 runs and re-checks over HTTP', (ctx) => {
  let w: CaseWorld;
  let auditor: ApiClient;
  const hbjCases: CaseBody[] = [];
  const cgzfCases: CaseBody[] = [];
  const count = async (t: 'case_audit_runs' | 'case_audit_samples' | 'cases') =>
    Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(ctx.db.kysely)).rows[0]!.n,
    );
  const run = async (body: Record<string, unknown>, who = auditor) =>
    who.post<Run & ApiError>('/api/v1/audits', body);
  const upload = async (who: ApiClient, rgb: [number, number, number]) => {
    const form = new FormData();
    form.append('file', new Blob([pngBytes(rgb)], { type: 'image/png' }), 'p.png');
    return (await who.request<{ id: string }>('POST', '/api/v1/attachments', form)).body.id;
  };

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    w.at(DAY_MS);
    for (let i = 0; i < 7; i++)
      hbjCases.push(await caseIn(w, 'closed', { lead: 'hbj', description: `hbj ${i}` }));
    for (let i = 0; i < 3; i++)
      cgzfCases.push(await caseIn(w, 'closed', { lead: 'cgzf', assists: [], description: `cgzf ${i}` }));
    auditor = await w.as('auditor');
  }, 240_000);
  afterAll(() => w.close());

  describe('sampling', () => {
    it('takes 3 of hbj’s 7 and 1 of cgzf’s 3 closed cases at rate 0.3', async () => {
      const r = await run({ from: DAY, to: DAY, rate: 0.3, seed: 42 });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({
        from: DAY,
        to: DAY,
        rate: 0.3,
        seed: 42,
        sampleCount: 4,
        checkedCount: 0,
      });
      const [hbj, cgzf] = [await w.dept('hbj'), await w.dept('cgzf')];
      const of = (d: string) => r.body.samples.filter((s) => s.departmentId === d).map((s) => s.caseId);
      expect(of(hbj)).toHaveLength(3);
      expect(of(cgzf)).toHaveLength(1);
      for (const id of of(hbj)) expect(hbjCases.map((c) => c.id)).toContain(id);
      for (const id of of(cgzf)) expect(cgzfCases.map((c) => c.id)).toContain(id);
      expect(r.body.samples.every((s) => s.result === null && s.abilities.includes('recheck'))).toBe(true);
      expect(r.body.samples.find((s) => s.departmentId === hbj)?.departmentName).toBeTruthy();
    });

    it('draws the same cases from the same seed, and other cases from other seeds', async () => {
      const ids = async (seed: number) =>
        (await run({ from: DAY, to: DAY, rate: 0.3, seed })).body.samples.map((s) => s.caseId).sort();
      const a = await ids(7);
      expect(await ids(7)).toEqual(a);
      const others = [await ids(8), await ids(9), await ids(10)];
      expect(others.some((o) => o.join() !== a.join())).toBe(true);
    });

    it('derives and stores a seed when none is given; a leader may run too', async () => {
      const r = await run({ from: DAY, to: DAY, rate: 1 }, await w.as('leader'));
      expect(r.status).toBe(201);
      expect(Number.isInteger(r.body.seed)).toBe(true);
      expect(r.body.sampleCount).toBe(10);
      const again = await auditor.get<Run>(`/api/v1/audits/${r.body.id}`);
      expect(again.body.seed).toBe(r.body.seed);
      expect(
        (await run({ from: DAY, to: DAY, rate: 1, seed: r.body.seed })).body.samples
          .map((s) => s.caseId)
          .sort(),
      ).toEqual(r.body.samples.map((s) => s.caseId).sort());
      const listed = await auditor.get<{ items: Run[] }>('/api/v1/audits');
      expect(listed.body.items.map((i) => i.id)).toContain(r.body.id);
    });

    it('samples nothing from a period without closed cases', async () => {
      const r = await run({ from: '2026-04-07', to: '2026-04-30', rate: 0.5, seed: 1 });
      expect(r.status).toBe(201);
      expect(r.body.sampleCount).toBe(0);
    });

    it('refuses a bad period, rate or seed, and strangers, writing nothing', async () => {
      const before = [await count('case_audit_runs'), await count('case_audit_samples')];
      const bad: [Record<string, unknown>, string][] = [
        [{ from: DAY, to: DAY, rate: 0 }, 'body/rate'],
        [{ from: DAY, to: DAY, rate: 1.2 }, 'body/rate'],
        [{ from: DAY, to: '2026-04-05', rate: 0.5 }, 'body/to'],
        [{ from: '2026-02-30', to: DAY, rate: 0.5 }, 'body/from'],
        [{ from: DAY, to: DAY, rate: 0.5, seed: -1 }, 'body/seed'],
        [{ from: DAY, to: DAY, rate: 0.5, seed: 1.5 }, 'body/seed'],
        [{ from: '2020-01-01', to: DAY, rate: 0.5 }, 'body/to'],
      ];
      for (const [body, path] of bad) {
        const r = await run(body);
        expect(r.status, JSON.stringify(body)).toBe(400);
        expect(JSON.stringify(r.body.error.details), JSON.stringify(body)).toContain(path);
      }
      for (const who of ['sub001', 'hbj01', 'center', 'admin', 'sup001-01'])
        expect((await run({ from: DAY, to: DAY, rate: 0.5 }, await w.as(who))).status, who).toBe(403);
      expect((await run({ from: DAY, to: DAY, rate: 0.5 }, new ApiClient(w.server))).status).toBe(401);
      expect([await count('case_audit_runs'), await count('case_audit_samples')]).toEqual(before);
      expect((await (await w.as('hbj01')).get('/api/v1/audits')).status).toBe(403);
      expect((await auditor.get('/api/v1/audits/nope')).status).toBe(404);
    });
  });

  describe('re-checks', () => {
    let r: Run;
    beforeAll(async () => {
      r = (await run({ from: DAY, to: DAY, rate: 1, seed: 5 })).body;
    });
    const recheck = (s: Pick<Sample, 'id'>, body: Record<string, unknown>, who = auditor) =>
      who.post<Sample & ApiError>(`/api/v1/audits/${r.id}/samples/${s.id}/recheck`, body);
    const sampleNow = async (s: Pick<Sample, 'id'>) =>
      (await auditor.get<Run>(`/api/v1/audits/${r.id}`)).body.samples.find((x) => x.id === s.id)!;

    it('records a passed re-check once; a second is 409', async () => {
      const s = r.samples[0]!;
      const photo = await upload(auditor, [1, 2, 3]);
      const ok = await recheck(s, { version: s.version, result: 'passed', attachmentIds: [photo] });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        result: 'passed',
        auditorId: await w.userId('auditor'),
        attachmentIds: [photo],
        followUpCaseId: null,
        version: s.version + 1,
        abilities: [],
      });
      const again = await recheck(s, { version: ok.body.version, result: 'failed', note: '再查' });
      expect(again.status).toBe(409);
      expect((await auditor.get<Run>(`/api/v1/audits/${r.id}`)).body.checkedCount).toBe(1);
    });

    it('refuses bad re-checks and writes nothing', async () => {
      const s = r.samples[1]!;
      const cases = await count('cases');
      const theirs = await upload(await w.as('sup001-01'), [9, 9, 9]);
      const refused: [Record<string, unknown>, number, string][] = [
        [{ version: s.version, result: 'failed' }, 400, 'body/note'],
        [{ version: s.version, result: 'failed', note: '  ' }, 400, 'body/note'],
        [
          { version: s.version, result: 'failed', note: '仍冒黑烟', attachmentIds: [theirs] },
          400,
          'attachmentIds',
        ],
        [
          { version: s.version, result: 'failed', note: '仍冒黑烟', itemCode: 'no.such_item' },
          400,
          'body/itemCode',
        ],
        [{ version: s.version + 5, result: 'passed' }, 409, 'VERSION_CONFLICT'],
        [{ version: s.version, result: 'maybe' }, 400, 'body/result'],
      ];
      for (const [body, status, mark] of refused) {
        const res = await recheck(s, body);
        expect(res.status, JSON.stringify(body)).toBe(status);
        expect(JSON.stringify(res.body), JSON.stringify(body)).toContain(mark);
      }
      for (const who of ['leader', 'sub001', 'hbj01', 'sup001-01']) {
        const res = await recheck(s, { version: s.version, result: 'passed' }, await w.as(who));
        expect(res.status, who).toBe(403);
      }
      expect((await recheck({ id: 'nope' }, { version: 1, result: 'passed' })).status).toBe(404);
      expect(await count('cases')).toBe(cases);
      expect(await sampleNow(s)).toEqual(s);
    });

    it('a failed re-check opens exactly one linked case on channel audit', async () => {
      const s = r.samples[2]!;
      const cases = await count('cases');
      const photo = await upload(auditor, [200, 10, 10]);
      const res = await recheck(s, {
        version: s.version,
        result: 'failed',
        note: '现场仍在冒黑烟',
        attachmentIds: [photo],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        result: 'failed',
        note: '现场仍在冒黑烟',
        attachmentIds: [photo],
        abilities: [],
      });
      expect(await count('cases')).toBe(cases + 1);
      const original = await w.read(s.caseId);
      const follow = await w.read(res.body.followUpCaseId!);
      expect(res.body.followUpCaseNo).toBe(follow.caseNo);
      expect(follow).toMatchObject({
        channel: 'audit',
        status: 'reported',
        itemCode: original.itemCode,
        reporterId: await w.userId('auditor'),
      });
      expect(follow.description).toContain(original.caseNo);
      expect(follow.description).toContain('现场仍在冒黑烟');
      expect((follow as CaseBody & { gridCode: string }).gridCode).toBe(
        (original as CaseBody & { gridCode: string }).gridCode,
      );
      const again = await recheck(s, { version: res.body.version, result: 'failed', note: '再开一件' });
      expect(again.status).toBe(409);
      expect(await count('cases')).toBe(cases + 1);
      const detail = (await auditor.get<Run>(`/api/v1/audits/${r.id}`)).body;
      expect(detail).toMatchObject({ checkedCount: 2, failedCount: 1 });
    });
  });

  describe('稽查 findings', () => {
    it("lists the auditors' reports with the grid's supervisor then, as a missed report", async () => {
      const spot = await w.spot('sup001-01');
      const found = await w.report('auditor', spot, { description: '稽查发现:河道排污' });
      expect(found.channel).toBe('audit');
      const r = await auditor.get<{ items: Finding[] }>(`/api/v1/audits/findings?from=${DAY}&to=${DAY}`);
      expect(r.status).toBe(200);
      // The failed re-check above opened a follow-up case on channel audit that day: not a finding.
      expect(r.body.items.map((i) => i.caseId)).toEqual([found.id]);
      const f = r.body.items.find((i) => i.caseId === found.id);
      expect(f).toMatchObject({
        caseNo: found.caseNo,
        gridCode: spot.grid,
        reporterId: await w.userId('auditor'),
        supervisorId: await w.userId('sup001-01'),
      });
      const street = spot.grid.slice(0, 9);
      const byStreet = await (
        await w.as('leader')
      ).get<{ items: Finding[] }>(`/api/v1/audits/findings?from=${DAY}&to=${DAY}&street=${street}`);
      expect(byStreet.body.items.map((i) => i.caseId)).toContain(found.id);
      const otherStreet = await auditor.get<{ items: Finding[] }>(
        `/api/v1/audits/findings?from=${DAY}&to=${DAY}&street=110101999`,
      );
      expect(otherStreet.body.items).toEqual([]);
      expect((await auditor.get(`/api/v1/audits/findings?from=${DAY}&to=2026-04-01`)).status).toBe(400);
      expect((await (await w.as('sub001')).get(`/api/v1/audits/findings?from=${DAY}&to=${DAY}`)).status).toBe(
        403,
      );
    });
  });
});
