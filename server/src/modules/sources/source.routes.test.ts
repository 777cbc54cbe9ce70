/**
 * The source registry over HTTP on both engines (docs/sources.md): a "new pollution source"
 * report proposes a pending source, registering it closes the report without reaching a
 * department, an enforcement case makes a source `rectifying` until it closes, and bad input
 * (a `sourceId` that does not exist, a bad CSV) is refused and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { caseIn, CaseWorld, type CaseBody } from '../../test/case-world.ts';

interface SourceDto {
  id: string;
  type: string;
  name: string;
  status: string;
  gridCode: string;
  streetCode: string;
  proposedByCaseId: string | null;
  mergedIntoId: string | null;
  version: number;
  repeatOffender: boolean;
  recentCaseCount: number;
  abilities: string[];
  closesReport: boolean;
}
interface SourceDetail extends SourceDto {
  history: {
    seq: number;
    action: string;
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
  }[];
  cases: { id: string; caseNo: string; status: string }[];
  possibleDuplicates: { id: string; distanceM: number }[];
}
interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Metres north of a point, in degrees of latitude (a 6,371,008.8 m sphere). */
const north = (m: number) => (m / 6_371_008.8) * (180 / Math.PI);

describeEachEngineWithDemo('pollution sources', (ctx) => {
  let w: CaseWorld;
  const detail = async (id: string, who = 'center') =>
    (await (await w.as(who)).get<SourceDetail>(`/api/v1/sources/${id}`)).body;
  const sourceAct = async (who: string, s: { id: string; version: number }, action: string, body = {}) =>
    (await w.as(who)).post<SourceDto & ErrorBody>(`/api/v1/sources/${s.id}/actions/${action}`, {
      version: s.version,
      ...body,
    });
  const countAll = async (path: string) =>
    (
      await (
        await w.as('center')
      ).get<{ items: unknown[] }>(`${path}${path.includes('?') ? '&' : '?'}limit=200`)
    ).body.items.length;

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
  });
  afterAll(() => w.close());

  it('a new-source report proposes a pending source at once; registering it closes the report without a department', async () => {
    const spot = await w.spot('sup001-01', 1);
    const report = await w.report('sup001-01', spot, {
      itemCode: 'new_source.construction_site',
      description: '新开工地，围挡内有土方作业',
      address: '东城区某路 12 号',
    });
    expect(report.status).toBe('reported');
    expect(report.sourceId).toEqual(expect.any(String));
    const pending = await detail(report.sourceId!);
    expect(pending).toMatchObject({
      type: 'construction_site',
      status: 'pending',
      proposedByCaseId: report.id,
      gridCode: report.gridCode,
      streetCode: report.streetCode,
    });
    expect(pending.history.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['propose', null, 'pending'],
    ]);
    // Intake sees the registration on the report itself, and the source's review actions.
    expect((await w.read(report.id)).abilities).toContain('register_source');
    expect(pending.abilities).toEqual(['confirm', 'merge', 'dismiss', 'edit']);
    // The supervisor reports, but does not review.
    expect((await detail(report.sourceId!, 'sup001-01')).abilities).toEqual([]);

    const confirmed = await sourceAct('center', pending, 'confirm');
    expect([confirmed.status, confirmed.body.status]).toEqual([200, 'active']);
    const closed = await w.read(report.id);
    expect(closed.status).toBe('closed');
    // Never dispatched: no department handled it, so none is measured on it.
    expect(closed.leadDepartmentId).toBeNull();
    expect((await w.events(report.id)).map((e) => e.action)).toEqual(['report', 'register_source']);
    // Closed as a registration, it is evaluated like any closed case (filing on time, no handling).
    expect((closed.evaluation as { onTime: Record<string, boolean | null> }).onTime).toMatchObject({
      file: true,
      dispatch: null,
      handle: null,
    });
    const rated = await w.act('leader', closed, 'evaluate', { rating: 5 });
    expect(rated.status).toBe('closed');
    const after = await detail(report.sourceId!);
    expect(after.history.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['propose', null, 'pending'],
      ['confirm', 'pending', 'active'],
    ]);
    expect(after.cases.map((c) => [c.id, c.status])).toEqual([[report.id, 'closed']]);
  });

  it("a sub-center confirms a source but leaves a district report's registration to the center", async () => {
    const spot = await w.spot('sup001-01', 5);
    const report = await w.report('sup001-01', spot, {
      itemCode: 'new_source.construction_site',
      description: '新开工地，夜间施工',
    });
    // Registering this report is the district center's step; the sub-center may still confirm.
    expect((await w.read(report.id)).abilities).toContain('register_source');
    const asSub = await detail(report.sourceId!, 'sub001');
    expect([asSub.abilities.includes('confirm'), asSub.closesReport]).toEqual([true, false]);
    expect((await detail(report.sourceId!, 'center')).closesReport).toBe(true);
    // Asked to close the report, the sub-center is refused, and nothing changes.
    const refused = await sourceAct('sub001', asSub, 'confirm', { closeReport: true });
    expect(refused.status).toBe(403);
    expect((await detail(report.sourceId!)).status).toBe('pending');
    // Unasked, its confirm leaves the report open for the center.
    const confirmed = await sourceAct('sub001', asSub, 'confirm');
    expect([confirmed.status, confirmed.body.status, confirmed.body.closesReport]).toEqual([
      200,
      'active',
      false,
    ]);
    const open = await w.read(report.id);
    expect(open.status).toBe('reported');
    expect((await w.events(report.id)).map((e) => e.action)).toEqual(['report']);
  });

  it('an enforcement case against a source makes it rectifying until the case closes', async () => {
    const spot = await w.spot('sup001-01', 2);
    const report = await w.report('sup001-01', spot, {
      itemCode: 'new_source.other_discharger',
      description: '新开餐馆，油烟直排',
    });
    // Confirmed, but the report goes on as an enforcement case: the source is breaking a rule.
    const s0 = await detail(report.sourceId!);
    const confirmed = await sourceAct('center', s0, 'confirm', { closeReport: false });
    expect(confirmed.body.status).toBe('active');
    expect((await w.read(report.id)).status).toBe('reported');
    const filed = await w.act('center', await w.read(report.id), 'file');
    expect(filed.status).toBe('filed');
    expect((await detail(report.sourceId!)).status).toBe('rectifying');

    // A second case against the same source, walked to its close.
    const second = await caseIn(w, 'closed', {
      gridOf: 'sup001-01',
      gridIndex: 2,
      sourceId: report.sourceId!,
    });
    expect(second.sourceId).toBe(report.sourceId);
    // The first case is still open: still rectifying.
    expect((await detail(report.sourceId!)).status).toBe('rectifying');
    await w.act('center', await w.read(report.id), 'void', { reason: '与另一案件重复' });
    const done = await detail(report.sourceId!);
    expect(done.status).toBe('active');
    expect(done.history.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['propose', null, 'pending'],
      ['confirm', 'pending', 'active'],
      ['rectify', 'active', 'rectifying'],
      ['restore', 'rectifying', 'active'],
    ]);
    expect(done.cases.map((c) => c.id).sort()).toEqual([report.id, second.id].sort());
  });

  it('refuses a sourceId that names nothing, or a source the reporter cannot see, and writes nothing', async () => {
    const spot = await w.spot('sup001-01', 0);
    const before = await countAll('/api/v1/cases');
    const sup = await w.as('sup001-01');
    const ghost = await sup.post<ErrorBody>('/api/v1/cases', {
      itemCode: 'air.chimney_black_smoke',
      description: '烟囱冒黑烟',
      location: { lng: spot.lng, lat: spot.lat },
      sourceId: '00000000-0000-4000-8000-000000000000',
    });
    expect([ghost.status, ghost.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(ghost.body.error.details).toEqual([{ path: 'body/sourceId', message: expect.any(String) }]);
    // A source of another street: supervisors of street 001 do not see it.
    const other = await w.spot('sup002-01', 0);
    const elsewhere = await (
      await w.as('center')
    ).post<SourceDto>('/api/v1/sources', {
      type: 'catering',
      name: '某餐馆',
      location: { lng: other.lng, lat: other.lat },
      riskLevel: 'general',
    });
    expect(elsewhere.status).toBe(201);
    const hidden = await sup.post<ErrorBody>('/api/v1/cases', {
      itemCode: 'air.catering_fumes',
      description: '油烟',
      location: { lng: spot.lng, lat: spot.lat },
      sourceId: elsewhere.body.id,
    });
    expect([hidden.status, hidden.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await sup.get(`/api/v1/sources/${elsewhere.body.id}`)).status).toBe(404);
    expect(await countAll('/api/v1/cases')).toBe(before);
  });

  it('offers sources of the same type within 50 m as possible duplicates, and merges a proposal into one', async () => {
    const spot = await w.spot('sup001-01', 3);
    const known = await (
      await w.as('center')
    ).post<SourceDto>('/api/v1/sources', {
      type: 'construction_site',
      name: '已登记工地',
      location: { lng: spot.lng, lat: spot.lat },
      riskLevel: 'key',
      attributes: { permitNo: 'SG-2026-001', workStart: '2026-01-05', workEnd: '2026-12-20' },
    });
    expect(known.status).toBe(201);
    const far = await (
      await w.as('center')
    ).post<SourceDto>('/api/v1/sources', {
      type: 'construction_site',
      name: '较远工地',
      location: { lng: spot.lng, lat: spot.lat + north(80) },
      riskLevel: 'general',
    });
    expect(far.status).toBe(201);
    const report = await w.report(
      'sup001-01',
      { lng: spot.lng, lat: spot.lat + north(30) },
      {
        itemCode: 'new_source.construction_site',
        description: '工地',
      },
    );
    const proposal = await detail(report.sourceId!);
    // 30 m from the known site; the other is 50 m from the proposal, 80 m from the known one.
    expect(proposal.possibleDuplicates.map((d) => [d.id, d.distanceM])).toEqual([
      [known.body.id, 30],
      [far.body.id, 50],
    ]);

    const missing = await sourceAct('center', proposal, 'merge', {});
    expect([missing.status, missing.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const merged = await sourceAct('center', proposal, 'merge', {
      intoId: known.body.id,
      reason: '同一工地',
    });
    expect([merged.status, merged.body.status, merged.body.mergedIntoId]).toEqual([
      200,
      'closed',
      known.body.id,
    ]);
    expect((await w.read(report.id)).sourceId).toBe(known.body.id);
    const target = await detail(known.body.id);
    expect(target.history.map((e) => e.action)).toEqual(['register', 'merged_from']);
    expect(target.cases.map((c) => c.id)).toEqual([report.id]);
  });

  it('dismiss and close need a reason; a stale version is a conflict; a sub-center manages only its street', async () => {
    const spot = await w.spot('sup001-01', 0);
    const report = await w.report('sup001-01', spot, {
      itemCode: 'new_source.other_discharger',
      description: '疑似作坊',
    });
    const s = await detail(report.sourceId!);
    const noReason = await sourceAct('center', s, 'dismiss', {});
    expect([noReason.status, noReason.body.error.details]).toEqual([
      400,
      [{ path: 'body/reason', message: 'dismiss needs a reason' }],
    ]);
    expect((await sourceAct('sub002', s, 'dismiss', { reason: '不存在' })).status).toBe(404);
    expect((await sourceAct('sup001-01', s, 'dismiss', { reason: '不存在' })).status).toBe(403);
    const stale = await sourceAct('sub001', { ...s, version: s.version + 1 }, 'dismiss', {
      reason: '不存在',
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const dismissed = await sourceAct('sub001', s, 'dismiss', { reason: '现场无此排污单位' });
    expect(dismissed.body.status).toBe('closed');
    const again = await sourceAct('sub001', dismissed.body, 'confirm');
    expect([again.status, again.body.error.code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await detail(s.id)).history.at(-1)).toMatchObject({
      action: 'dismiss',
      reason: '现场无此排污单位',
    });
  });

  describe('CSV', () => {
    it('imports all rows or none, naming each problem by row and column', async () => {
      const spot = await w.spot('sup001-01', 0);
      const center = await w.as('center');
      const before = await countAll('/api/v1/sources');
      const bad = [
        'type,name,address,lng,lat,riskLevel,inspectionEveryDays,department,attr:permitNo',
        `construction_site,工地甲,,${spot.lng},${spot.lat},key,7,zjw,SG-1`,
        `bakery,面包房,,${spot.lng},${spot.lat},general,,,`,
        `catering,饭馆,,${spot.lng},abc,general,0,nope,SG-2`,
      ].join('\n');
      const r = await center.post<ErrorBody>('/api/v1/sources/import', { content: bad });
      expect([r.status, r.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(r.body.error.details).toEqual([
        { row: 3, column: 'type', message: expect.stringContaining('must be one of') },
        { row: 4, column: 'lat', message: 'must be a latitude' },
        { row: 4, column: 'inspectionEveryDays', message: expect.any(String) },
        { row: 4, column: 'department', message: 'names no active department code' },
        { row: 4, column: 'attr:permitNo', message: 'is not an attribute of a catering source' },
      ]);
      expect(await countAll('/api/v1/sources')).toBe(before);

      const good = [
        'type,name,address,lng,lat,riskLevel,inspectionEveryDays,department,attr:permitNo,attr:fumePurifier',
        `construction_site,导入工地,某路 1 号,${spot.lng},${spot.lat},key,7,zjw,SG-9,`,
        `catering,导入饭馆,,${spot.lng},${spot.lat + north(10)},general,,,,是`,
      ].join('\r\n');
      const ok = await center.post<{ imported: number }>('/api/v1/sources/import', { content: good });
      expect([ok.status, ok.body]).toEqual([200, { imported: 2 }]);
      const found = await center.get<{
        items: (SourceDto & { attributes: object; inspectionEveryDays: number })[];
      }>('/api/v1/sources?q=导入');
      expect(
        found.body.items.map((s) => [s.name, s.status, s.inspectionEveryDays, s.attributes]).sort(),
      ).toEqual([
        ['导入工地', 'active', 7, { permitNo: 'SG-9' }],
        // A general source without its own frequency: every 30 days.
        ['导入饭馆', 'active', 30, { fumePurifier: true }],
      ]);
      const csv = await center.get<string>('/api/v1/sources/export.csv');
      expect(csv.status).toBe(200);
      const lines = csv.body.replace(/^\ufeff/, '').split('\r\n');
      const header = lines[0]!.split(',');
      expect(header.slice(0, 12)).toEqual([
        'id',
        'status',
        'gridCode',
        'streetCode',
        'type',
        'name',
        'address',
        'lng',
        'lat',
        'riskLevel',
        'inspectionEveryDays',
        'department',
      ]);
      const row = lines.find((l) => l.includes('导入工地'))!.split(',');
      const at = (col: string) => row[header.indexOf(col)];
      expect([
        at('status'),
        at('type'),
        at('address'),
        at('riskLevel'),
        at('department'),
        at('attr:permitNo'),
      ]).toEqual(['active', 'construction_site', '某路 1 号', 'key', 'zjw', 'SG-9']);
      // A sub-center's export is its street's sources, exactly those its list shows.
      const sub = await w.as('sub001');
      const listed = (await sub.get<{ items: SourceDto[] }>('/api/v1/sources?limit=200')).body.items;
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((x) => x.streetCode === '110101001')).toBe(true);
      const subCsv = (await sub.get<string>('/api/v1/sources/export.csv')).body;
      const exported = subCsv
        .replace(/^\ufeff/, '')
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',')[0]);
      expect(exported.sort()).toEqual(listed.map((x) => x.id).sort());
    });
  });

  it('lists within the actor’s scope and flags repeat offenders', async () => {
    const spot = await w.spot('sup001-01', 4);
    const s = await (
      await w.as('sub001')
    ).post<SourceDto>('/api/v1/sources', {
      type: 'catering',
      name: '屡犯饭馆',
      location: { lng: spot.lng, lat: spot.lat },
      riskLevel: 'general',
    });
    expect(s.status).toBe(201);
    for (let i = 0; i < 3; i++)
      await w.report('sup001-01', spot, {
        itemCode: 'air.catering_fumes',
        description: `油烟 ${i}`,
        sourceId: s.body.id,
      });
    const repeat = await (await w.as('center')).get<{ items: SourceDto[] }>('/api/v1/sources?repeat=true');
    expect(repeat.body.items.map((x) => [x.id, x.recentCaseCount, x.repeatOffender])).toContainEqual([
      s.body.id,
      3,
      true,
    ]);
    const sub2 = await (await w.as('sub002')).get<{ items: SourceDto[] }>('/api/v1/sources?limit=200');
    expect(sub2.body.items.every((x) => x.streetCode !== s.body.streetCode)).toBe(true);
    const sub1 = await (await w.as('sub001')).get<{ items: SourceDto[] }>('/api/v1/sources?limit=200');
    expect(sub1.body.items.map((x) => x.id)).toContain(s.body.id);
    // Another street's sub-center may not register here.
    const outside = await (
      await w.as('sub002')
    ).post<ErrorBody>('/api/v1/sources', {
      type: 'catering',
      name: '越界',
      location: { lng: spot.lng, lat: spot.lat },
      riskLevel: 'general',
    });
    expect([outside.status, outside.body.error.code]).toEqual([422, 'OUTSIDE_JURISDICTION']);
  });
});

export type { CaseBody };
