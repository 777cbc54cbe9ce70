import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { act, departmentId, login, pointInGridOf, type CaseDto } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { pngBytes } from '../../test/images.ts';
import { seedDemo } from '../../test/seed.ts';

const HOUR = 3600_000;
/** An instant written as local Beijing time, e.g. '2026-03-03T10:00'. */
const T = (local: string): number => Date.parse(`${local}:00+08:00`);

describeEachEngineWithDemo('case workflow', (ctx) => {
  let server: TestServer;
  const clock = new ManualClock(TEST_EPOCH);
  let sup: ApiClient,
    center: ApiClient,
    hbj: ApiClient,
    cgzf: ApiClient,
    gaj: ApiClient,
    leader: ApiClient,
    admin: ApiClient,
    sub: ApiClient,
    team: ApiClient;
  let spot: { lng: number; lat: number; grid: string };
  let ids: Record<string, string>;

  const report = async (who: ApiClient, body: Record<string, unknown>) => {
    const r = await who.post<CaseDto>('/api/v1/cases', {
      description: '烟囱冒黑烟',
      location: { lng: spot.lng, lat: spot.lat },
      ...body,
    });
    if (r.status !== 201) throw new Error(`report failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const events = async (c: { id: string }) =>
    (
      await center.get<{ items: { action: string; toStatus: string; planStep: string }[] }>(
        `/api/v1/cases/${c.id}/events`,
      )
    ).body.items;
  const photo = async (who: ApiClient, rgb: [number, number, number]) => {
    const form = new FormData();
    form.append('file', new Blob([pngBytes(rgb)], { type: 'image/png' }), 'p.png');
    return (await who.request<{ id: string }>('POST', '/api/v1/attachments', form)).body.id;
  };

  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    [sup, center, hbj, cgzf, gaj, leader, admin, sub, team] = await login(
      server,
      'sup001-01',
      'center',
      'hbj01',
      'cgzf01',
      'gaj01',
      'leader',
      'admin',
      'sub001',
      'jd001-01',
    );
    spot = await pointInGridOf(sup, admin);
    ids = {
      hbj: await departmentId(admin, 'hbj'),
      cgzf: await departmentId(admin, 'cgzf'),
      gaj: await departmentId(admin, 'gaj'),
      jd001: await departmentId(admin, 'jd001'),
    };
  });
  afterAll(() => server.close());

  it('runs the eight steps from report to evaluation', async () => {
    let c = await report(sup, { itemCode: 'air.chimney_black_smoke' });
    expect(c).toMatchObject({ status: 'reported', level: 'district', gridCode: spot.grid, light: 'green' });
    expect(c.caseNo).toMatch(/^20260302\d{4}$/);
    expect(c.suggestedDepartmentId).toBe(ids.hbj);
    c = (await center.get<CaseDto>(`/api/v1/cases/${c.id}`)).body;
    expect(c.abilities).toEqual(expect.arrayContaining(['file', 'reject', 'void']));
    c = await act(center, c, 'file');
    expect(c.status).toBe('filed');
    c = await act(center, c, 'dispatch', { leadDepartmentId: ids.hbj });
    expect(c).toMatchObject({ status: 'dispatched', leadDepartmentId: ids.hbj });
    expect((await hbj.get<CaseDto>(`/api/v1/cases/${c.id}`)).body.abilities).toEqual(
      expect.arrayContaining(['feedback', 'return', 'request_extension']),
    );
    clock.advance(HOUR);
    c = await act(hbj, c, 'feedback', {
      result: '已责令停用并整改',
      attachmentIds: [await photo(hbj, [1, 1, 1])],
    });
    expect(c.status).toBe('pending_check');
    c = await act(sup, c, 'check', { passed: true, note: '现场已无黑烟' });
    expect(c.status).toBe('pending_close');
    c = await act(center, c, 'close');
    expect(c.status).toBe('closed');
    expect(c.evaluation).toMatchObject({
      returns: 0,
      reworks: 0,
      extensions: 0,
      grassroots: false,
      allOnTime: true,
    });
    expect((c.evaluation as { onTime: Record<string, boolean | null> }).onTime).toMatchObject({
      file: true,
      dispatch: true,
      handle: true,
      check: true,
      close: true,
      verify: null,
    });
    c = await act(leader, c, 'evaluate', { rating: 5, comment: '处置及时' });
    expect(c.evaluation).toMatchObject({ rating: 5 });
    const timeline = await events(c);
    expect(timeline.map((e) => e.action)).toEqual([
      'report',
      'file',
      'dispatch',
      'feedback',
      'check',
      'close',
      'evaluate',
    ]);
    expect(timeline.map((e) => e.planStep)).toEqual([
      'collect',
      'file',
      'dispatch',
      'feedback',
      'check_close',
      'check_close',
      'evaluate',
    ]);
  });

  it('handles a return and re-dispatch, an approved and a denied extension, and a suspension', async () => {
    clock.set(T('2026-03-02T10:00')); // where the first test left it; set, so this one stands alone
    let c = await report(sup, { itemCode: 'air.chimney_black_smoke', description: '锅炉冒黑烟' });
    c = await act(center, c, 'file');
    c = await act(center, c, 'dispatch', { leadDepartmentId: ids.cgzf });
    c = await act(cgzf, c, 'return', { reason: '不属于本部门职责' });
    expect(c).toMatchObject({ status: 'filed', leadDepartmentId: null, counters: { returned: 1 } });
    // No longer the department's case: it answers as if there were none.
    const gone = await cgzf.get<{ error: { code: string } }>(`/api/v1/cases/${c.id}`);
    expect([gone.status, gone.body.error.code]).toEqual([404, 'NOT_FOUND']);
    // Dispatched Monday 10:00: 1 working day (450 minutes) to handle chimney smoke is 120 until
    // 12:00, 240 in the afternoon, 90 from Tuesday 08:30.
    c = await act(center, c, 'dispatch', { leadDepartmentId: ids.hbj });
    expect(c.deadline).toBe(T('2026-03-03T10:00'));
    c = await act(hbj, c, 'request_extension', { reason: '需要检测', extra: { amount: 1, unit: 'day' } });
    expect(c.deadline).toBe(T('2026-03-03T10:00')); // moves only on approval
    expect(c.pendingRequest).toMatchObject({ kind: 'extension', extra: { amount: 1, unit: 'day' } });
    c = await act(center, c, 'approve_extension');
    // One more working day from the old deadline: Tuesday 10:00 → Wednesday 10:00.
    expect(c).toMatchObject({
      deadline: T('2026-03-04T10:00'),
      pendingRequest: null,
      counters: { extended: 1 },
    });
    c = await act(hbj, c, 'request_extension', { reason: '再延期', extra: { amount: 2, unit: 'day' } });
    c = await act(center, c, 'deny_extension', { note: '不予延期' });
    expect(c).toMatchObject({
      deadline: T('2026-03-04T10:00'),
      pendingRequest: null,
      counters: { extended: 1 },
    });
    c = await act(hbj, c, 'request_suspension', { reason: '企业停产待复工' });
    c = await act(center, c, 'approve_suspension');
    expect(c).toMatchObject({ status: 'suspended', counters: { suspended: 1 } });
    clock.advance(2 * HOUR);
    c = await act(center, c, 'resume');
    // Suspended Monday 10:00–12:00: 120 working minutes added to Wednesday 10:00.
    expect(c).toMatchObject({ status: 'dispatched', deadline: T('2026-03-04T12:00') });
  });

  it('sends a failed check back as rework, and runs joint enforcement with two assisting departments', async () => {
    let c = await report(sup, { itemCode: 'air.chimney_black_smoke', description: '联合执法' });
    c = await act(center, c, 'file');
    c = await act(center, c, 'dispatch', {
      leadDepartmentId: ids.hbj,
      assistDepartmentIds: [ids.cgzf, ids.gaj],
    });
    const early = await hbj.post<{ error: { code: string } }>(`/api/v1/cases/${c.id}/actions/feedback`, {
      version: c.version,
      result: '完成',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('INVALID_TRANSITION');
    c = await act(cgzf, c, 'assist_feedback', { result: '城管已配合' });
    c = await act(gaj, c, 'assist_feedback', { result: '公安已配合' });
    c = await act(hbj, c, 'feedback', { result: '联合执法完成' });
    c = await act(sup, c, 'check', { passed: false, note: '仍有黑烟' });
    expect(c).toMatchObject({ status: 'dispatched', counters: { reworked: 1 } });
    c = await act(hbj, c, 'feedback', { result: '二次整改完成', missingPartsReason: '返工无需协办' });
    c = await act(sup, c, 'check', { passed: true });
    c = await act(center, c, 'close');
    expect(c.evaluation).toMatchObject({ reworks: 1 });
  });

  it('suggests and voids a duplicate, and rejects a report', async () => {
    const first = await report(sup, { itemCode: 'air.open_burning', description: '焚烧树叶' });
    const second = await report(sup, {
      itemCode: 'air.open_burning',
      description: '焚烧树叶（重复）',
      location: { lng: spot.lng + 0.0001, lat: spot.lat },
    });
    expect(second.duplicateCandidates?.map((d) => d.id)).toContain(first.id);
    expect(second.duplicateCandidates![0]!.distanceM).toBeLessThanOrEqual(50);
    const voided = await act(center, second, 'void', { duplicateOf: first.id });
    expect(voided).toMatchObject({ status: 'voided' });
    const third = await report(sup, { itemCode: 'air.chimney_black_smoke', description: '误报' });
    const rejected = await act(center, third, 'reject', { reason: '民用烟囱，不属于监管范围' });
    expect(rejected.status).toBe('rejected');
    const noReason = await center.post<{ error: { code: string } }>(
      `/api/v1/cases/${first.id}/actions/reject`,
      {
        version: first.version,
      },
    );
    expect([noReason.status, noReason.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const untouched = (await center.get<CaseDto>(`/api/v1/cases/${first.id}`)).body;
    expect(untouched).toMatchObject({ status: 'reported', version: first.version });
    expect((await events(first)).map((e) => e.action)).toEqual(['report']);
  });

  it('verifies hotline reports: one real, one false', async () => {
    const real = await report(center, {
      itemCode: 'air.chimney_black_smoke',
      description: '市民来电',
      reporterContact: { name: '张先生', phone: '13800000000' },
    });
    expect(real.status).toBe('pending_verification');
    const seenBySupervisor = (
      await sup.get<CaseDto & { reporterContact: unknown }>(`/api/v1/cases/${real.id}`)
    ).body;
    expect(seenBySupervisor.abilities).toContain('verify');
    expect(seenBySupervisor.reporterContact).toBeNull(); // the caller's phone stays with the center
    expect(
      (await center.get<{ reporterContact: unknown }>(`/api/v1/cases/${real.id}`)).body.reporterContact,
    ).toEqual({ name: '张先生', phone: '13800000000' });
    expect((await act(sup, real, 'verify', { real: true, note: '属实' })).status).toBe('reported');
    const fake = await report(center, { itemCode: 'air.chimney_black_smoke', description: '市民来电2' });
    expect((await act(sup, fake, 'verify', { real: false, note: '现场未发现' })).status).toBe('rejected');
  });

  it('closes an on-site resolution at the grassroots', async () => {
    const before = await photo(sup, [5, 5, 5]);
    const after = await photo(sup, [6, 6, 6]);
    const listed = async () =>
      (await sup.get<{ items: unknown[] }>('/api/v1/cases?reportedByMe=true&limit=200')).body.items.length;
    const countBefore = await listed();
    const noPhotos = await sup.post<{ error: { code: string } }>('/api/v1/cases', {
      itemCode: 'solid_waste.household',
      description: '垃圾',
      location: { lng: spot.lng, lat: spot.lat },
      resolvedOnSite: true,
    });
    expect([noPhotos.status, noPhotos.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await listed()).toBe(countBefore);
    let c = await report(sup, {
      itemCode: 'solid_waste.household',
      description: '随手清理垃圾',
      resolvedOnSite: true,
      attachmentIds: [before],
      afterAttachmentIds: [after],
    });
    expect(c).toMatchObject({ status: 'pending_close', level: 'grid' });
    c = await act(sub, c, 'close');
    expect(c.evaluation).toMatchObject({ grassroots: true });
  });

  it('lets a street sub-center resolve street cases with its own team, and escalate one it cannot', async () => {
    let c = await report(sup, { itemCode: 'air.open_barbecue', description: '露天烧烤' });
    expect(c.level).toBe('street');
    expect(c.suggestedDepartmentId).toBe(ids.jd001);
    c = await act(sub, c, 'file');
    const wrong = await sub.post<{ error: { code: string } }>(`/api/v1/cases/${c.id}/actions/dispatch`, {
      version: c.version,
      leadDepartmentId: ids.hbj,
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await sub.get<CaseDto>(`/api/v1/cases/${c.id}`)).body).toMatchObject({
      status: 'filed',
      version: c.version,
      leadDepartmentId: null,
    });
    c = await act(sub, c, 'dispatch', { leadDepartmentId: ids.jd001 });
    c = await act(team, c, 'feedback', { result: '已取缔' });
    expect(c.status).toBe('pending_check');

    let e = await report(sup, { itemCode: 'air.open_barbecue', description: '大型烧烤摊，需多部门' });
    e = await act(sub, e, 'escalate', { note: '街道无法解决' });
    expect(e).toMatchObject({ status: 'filed', level: 'district' });
    expect((await sub.get<CaseDto>(`/api/v1/cases/${e.id}`)).body.abilities).not.toContain('dispatch');
    e = await act(center, e, 'dispatch', { leadDepartmentId: ids.cgzf });
    expect(e.status).toBe('dispatched');
  });

  it('lets exactly one of two clients acting on the same version succeed', async () => {
    const c = await report(sup, { itemCode: 'air.chimney_black_smoke', description: '并发' });
    const other = (await login(server, 'center'))[0]!;
    const [a, b] = await Promise.all([
      center.post(`/api/v1/cases/${c.id}/actions/file`, { version: c.version }),
      other.post(`/api/v1/cases/${c.id}/actions/reject`, { version: c.version, reason: '并发拒绝' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    expect((await events(c)).length).toBe(2);
  });

  it('writes nothing when an action is refused for state, role or scope', async () => {
    const c = await report(sup, { itemCode: 'air.chimney_black_smoke', description: '拒绝测试' });
    const refusals: [ApiClient, string, Record<string, unknown>, number, string][] = [
      [center, 'close', {}, 409, 'INVALID_TRANSITION'], // wrong state
      [hbj, 'file', {}, 404, 'NOT_FOUND'], // department cannot see a case not dispatched to it
      [sup, 'file', {}, 403, 'FORBIDDEN'], // sees it, may not file
      [(await login(server, 'sub002'))[0]!, 'file', {}, 404, 'NOT_FOUND'], // another street
      [center, 'file', { version: c.version + 5 }, 409, 'VERSION_CONFLICT'],
    ];
    for (const [who, action, body, status, code] of refusals) {
      const r = await who.post<{ error: { code: string } }>(`/api/v1/cases/${c.id}/actions/${action}`, {
        version: c.version,
        ...body,
      });
      expect([action, r.status, r.body.error?.code]).toEqual([action, status, code]);
    }
    const now = (await center.get<CaseDto>(`/api/v1/cases/${c.id}`)).body;
    expect(now.version).toBe(c.version);
    expect(now.status).toBe('reported');
    expect((await events(c)).length).toBe(1);
  });
});
