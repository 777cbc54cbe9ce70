import { ManualClock } from '@envgrid/core';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { login, pointInGridOf, type CaseDto } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { seededServer, TEST_EPOCH } from '../../test/http-harness.ts';
import { pngBytes } from '../../test/images.ts';

interface Consultation {
  id: string;
  askerId: string;
  askerName: string;
  question: string;
  location: { lng: number; lat: number } | null;
  gridCode: string;
  streetCode: string;
  caseId: string | null;
  sourceId: string | null;
  attachmentIds: string[];
  status: 'open' | 'answered';
  replyDeadlineAt: number;
  firstReplyAt: number | null;
  overdue: boolean;
  remindedAt: number | null;
  escalatedAt: number | null;
  createdAt: number;
  abilities: string[];
}
interface Thread extends Consultation {
  replies: { id: string; authorId: string; authorName: string; text: string; at: number }[];
}
interface ErrorBody {
  error: { code: string; details?: { path: string }[] };
}

const MIN = 60_000;

describeEachEngineWithDemo('consultations over HTTP', (ctx) => {
  const clock = new ManualClock(TEST_EPOCH); // Monday 2 March 2026, 09:00 Beijing
  const server = seededServer(ctx, { clock });
  let sup: ApiClient, sup2: ApiClient, off: ApiClient, offB: ApiClient, sub: ApiClient, subB: ApiClient;
  let center: ApiClient, admin: ApiClient, hbj: ApiClient, supB: ApiClient;
  let spot: { lng: number; lat: number; grid: string };
  let q: Consultation;
  let ids: { sup: string; off: string };
  /** Consultations made by this suite: the demo may hold others, made before TEST_EPOCH. */
  const ours = (items: Consultation[]) => items.filter((c) => c.createdAt >= TEST_EPOCH).map((c) => c.id);
  const listed = async (who: ApiClient, query = '') =>
    ours((await who.get<{ items: Consultation[] }>(`/api/v1/consultations?limit=200${query}`)).body.items);
  const inbox = async (who: ApiClient, c: { id: string }) =>
    (
      await who.get<{ items: { kind: string; body: string | null }[] }>('/api/v1/notifications?limit=200')
    ).body.items
      .filter((n) => n.body?.endsWith(`consultation:${c.id}`))
      .map((n) => n.kind);
  const rows = async () => {
    const count = async (t: 'consultations' | 'consultation_replies' | 'notifications') =>
      Number(
        (await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(ctx.db.kysely)).rows[0]!
          .n,
      );
    return [await count('consultations'), await count('consultation_replies'), await count('notifications')];
  };

  beforeAll(async () => {
    [sup, sup2, off, offB, sub, subB, center, admin, hbj, supB] = await login(
      server,
      'sup001-01',
      'sup001-02',
      'off001-01',
      'off002-01',
      'sub001',
      'sub002',
      'center',
      'admin',
      'hbj01',
      'sup002-01',
    );
    spot = await pointInGridOf(sup, admin);
    const me = async (c: ApiClient) => (await c.get<{ user: { id: string } }>('/api/v1/me')).body.user.id;
    ids = { sup: await me(sup), off: await me(off) };
  });

  it("reaches the grid's officers, is answered by them, and the asker may follow up", async () => {
    const r = await sup.post<Consultation>('/api/v1/consultations', {
      question: '  餐馆油烟直排，按油烟扰民还是无证经营上报？ ',
      location: { lng: spot.lng, lat: spot.lat },
    });
    expect(r.status).toBe(201);
    q = r.body;
    expect(q).toEqual({
      id: q.id,
      askerId: ids.sup,
      askerName: '东华门监督员01',
      question: '餐馆油烟直排，按油烟扰民还是无证经营上报？',
      location: { lng: spot.lng, lat: spot.lat },
      gridCode: spot.grid,
      streetCode: '110101001',
      caseId: null,
      sourceId: null,
      attachmentIds: [],
      status: 'open',
      // Two working hours from Monday 09:00.
      replyDeadlineAt: Date.parse('2026-03-02T11:00:00+08:00'),
      firstReplyAt: null,
      overdue: false,
      remindedAt: null,
      escalatedAt: null,
      createdAt: TEST_EPOCH,
      abilities: ['reply'],
    });
    expect(await inbox(off, q)).toEqual(['consultation.ask']);
    expect(await inbox(sub, q)).toEqual([]); // the grid has an officer: the sub-center is not bothered
    expect(await listed(off, '&status=open')).toEqual([q.id]);
    expect(await listed(off, '&status=answered')).toEqual([]);

    clock.advance(20 * MIN);
    const answered = await off.post<Thread>(`/api/v1/consultations/${q.id}/replies`, {
      text: '按“餐饮油烟—未安装净化设施”上报。',
    });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({
      status: 'answered',
      firstReplyAt: TEST_EPOCH + 20 * MIN,
      overdue: false,
    });
    expect(answered.body.replies).toEqual([
      {
        id: answered.body.replies[0]!.id,
        authorId: ids.off,
        authorName: '东华门网格执法员',
        text: '按“餐饮油烟—未安装净化设施”上报。',
        at: TEST_EPOCH + 20 * MIN,
      },
    ]);
    expect(await inbox(sup, q)).toEqual(['consultation.reply']);

    clock.advance(5 * MIN);
    const followUp = await sup.post<Thread>(`/api/v1/consultations/${q.id}/replies`, {
      text: '明白，需要拍排口吗？',
    });
    expect(followUp.status).toBe(201);
    // A follow-up is no answer: the first reply stays the officer's.
    expect(followUp.body).toMatchObject({ status: 'answered', firstReplyAt: TEST_EPOCH + 20 * MIN });
    expect(followUp.body.replies.map((x) => [x.authorId, x.text])).toEqual([
      [ids.off, '按“餐饮油烟—未安装净化设施”上报。'],
      [ids.sup, '明白，需要拍排口吗？'],
    ]);
    expect((await inbox(off, q)).sort()).toEqual(['consultation.ask', 'consultation.reply']);
    expect(await listed(off, '&status=answered')).toEqual([q.id]);
  });

  it('shows a consultation only to its asker, the grid’s officers, the sub-center and district staff', async () => {
    const get = async (who: ApiClient) => {
      const r = await who.get<Thread>(`/api/v1/consultations/${q.id}`);
      return r.status === 200 ? r.body.abilities : r.status;
    };
    expect(await get(sup)).toEqual(['reply']);
    expect(await get(off)).toEqual(['reply']);
    expect(await get(sub)).toEqual(['reply']);
    expect(await get(center)).toEqual([]);
    expect(await get(admin)).toEqual([]);
    for (const who of [offB, subB, sup2, supB, hbj]) expect(await get(who)).toBe(404);

    for (const who of [offB, subB, sup2, hbj])
      expect((await who.post(`/api/v1/consultations/${q.id}/replies`, { text: '路过' })).status).toBe(404);
    const refused = await center.post<ErrorBody>(`/api/v1/consultations/${q.id}/replies`, { text: '我来答' });
    expect(refused.status).toBe(403);

    for (const who of [sup, off, sub, center, admin]) expect(await listed(who)).toContain(q.id);
    for (const who of [offB, subB, sup2, supB, hbj]) expect(await listed(who)).not.toContain(q.id);
    expect(await listed(sup, '&mine=true')).toEqual(await listed(sup));
    expect(await listed(off, '&mine=true')).toEqual([]);
  });

  it('takes the grid from a case or a source the asker can see, and refuses others', async () => {
    const spot2 = await pointInGridOf(sup, admin, 1);
    const reported = await sup.post<CaseDto>('/api/v1/cases', {
      itemCode: 'air.chimney_black_smoke',
      description: '咨询用案件',
      location: { lng: spot2.lng, lat: spot2.lat },
    });
    const viaCase = await sup.post<Consultation>('/api/v1/consultations', {
      question: '这件按黑烟还是按锅炉定性？',
      caseId: reported.body.id,
    });
    expect(viaCase.status).toBe(201);
    expect(viaCase.body).toMatchObject({ caseId: reported.body.id, gridCode: spot2.grid, location: null });

    const elsewhere = await pointInGridOf(supB, admin);
    const foreign = await supB.post<CaseDto>('/api/v1/cases', {
      itemCode: 'air.chimney_black_smoke',
      description: '别的街道',
      location: { lng: elsewhere.lng, lat: elsewhere.lat },
    });
    const before = await rows();
    const r = await sup.post<ErrorBody>('/api/v1/consultations', {
      question: '问问',
      caseId: foreign.body.id,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details?.map((d) => d.path)).toEqual(['body/caseId']);
    const outside = await sup.post<ErrorBody>('/api/v1/consultations', {
      question: '问问',
      location: { lng: elsewhere.lng, lat: elsewhere.lat },
    });
    expect([outside.status, outside.body.error.code]).toEqual([422, 'OUTSIDE_JURISDICTION']);
    expect(await rows()).toEqual(before);

    // An auditor is district-scoped: anywhere in the district.
    const [auditor] = await login(server, 'auditor');
    const audited = await auditor.post<Consultation>('/api/v1/consultations', {
      question: '稽查发现的问题如何定性？',
      location: { lng: elsewhere.lng, lat: elsewhere.lat },
    });
    expect(audited.status).toBe(201);
    expect(await listed(offB)).toContain(audited.body.id);
  });

  it('carries only the asker’s own photos', async () => {
    const upload = async (who: ApiClient, rgb: [number, number, number]) => {
      const form = new FormData();
      form.append('file', new Blob([pngBytes(rgb)], { type: 'image/png' }), 'p.png');
      return (await who.request<{ id: string }>('POST', '/api/v1/attachments', form)).body.id;
    };
    const mine = await upload(sup, [10, 20, 30]);
    const theirs = await upload(sup2, [30, 20, 10]);
    const ok = await sup.post<Consultation>('/api/v1/consultations', {
      question: '照片里这个排口怎么定性？',
      location: { lng: spot.lng, lat: spot.lat },
      attachmentIds: [mine],
    });
    expect([ok.status, ok.body.attachmentIds]).toEqual([201, [mine]]);
    const before = await rows();
    const bad = await sup.post<ErrorBody>('/api/v1/consultations', {
      question: '别人的照片',
      location: { lng: spot.lng, lat: spot.lat },
      attachmentIds: [mine, theirs],
    });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await rows()).toEqual(before);
  });

  describe('bad input', () => {
    const cases: [string, () => ApiClient, string, unknown, string][] = [
      ['no place', () => sup, '/api/v1/consultations', { question: '哪里都不是' }, 'body/location'],
      [
        'a blank question',
        () => sup,
        '/api/v1/consultations',
        { question: '   ', location: { lng: 116.4, lat: 39.9 } },
        'body/question',
      ],
      [
        'an empty question',
        () => sup,
        '/api/v1/consultations',
        { question: '', location: { lng: 116.4, lat: 39.9 } },
        'body/question',
      ],
      [
        'a question too long',
        () => sup,
        '/api/v1/consultations',
        { question: '问'.repeat(2001), caseId: 'x' },
        'body/question',
      ],
      ['no question', () => sup, '/api/v1/consultations', { location: { lng: 116.4, lat: 39.9 } }, 'body'],
      [
        'a longitude off the globe',
        () => sup,
        '/api/v1/consultations',
        { question: '问', location: { lng: 200, lat: 39.9 } },
        'body/location/lng',
      ],
      [
        'an unknown case',
        () => sup,
        '/api/v1/consultations',
        { question: '问', caseId: 'nope' },
        'body/caseId',
      ],
      [
        'an unknown source',
        () => sup,
        '/api/v1/consultations',
        { question: '问', sourceId: 'nope' },
        'body/sourceId',
      ],
      [
        'a stray field',
        () => sup,
        '/api/v1/consultations',
        { question: '问', caseId: 'x', urgent: true },
        'body',
      ],
      [
        'too many photos',
        () => sup,
        '/api/v1/consultations',
        { question: '问', caseId: 'x', attachmentIds: Array.from({ length: 10 }, (_, i) => `a${i}`) },
        'body/attachmentIds',
      ],
      ['a blank reply', () => off, 'REPLY', { text: ' \n ' }, 'body/text'],
      ['no reply text', () => off, 'REPLY', {}, 'body'],
      ['a reply too long', () => off, 'REPLY', { text: 'x'.repeat(2001) }, 'body/text'],
    ];
    it.each(cases)(
      'refuses %s with 400 naming the field, writing nothing',
      async (_, who, path, body, field) => {
        const before = await rows();
        const r = await who().post<ErrorBody>(
          path === 'REPLY' ? `/api/v1/consultations/${q.id}/replies` : path,
          body,
        );
        expect([r.status, r.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
        expect(r.body.error.details?.map((d) => d.path)).toContain(field);
        expect(await rows()).toEqual(before);
      },
    );

    it('refuses askers who may not ask, junk queries and forged cursors', async () => {
      const before = await rows();
      for (const who of [center, off, sub, hbj, admin])
        expect(
          (
            await who.post('/api/v1/consultations', {
              question: '问',
              location: { lng: spot.lng, lat: spot.lat },
            })
          ).status,
        ).toBe(403);
      for (const query of [
        'status=closed',
        'limit=0',
        'limit=1e9',
        'cursor=%00',
        'cursor=bm90LWEtY3Vyc29y',
        'mine=maybe',
      ])
        expect((await sup.get(`/api/v1/consultations?${query}`)).status, query).toBe(400);
      expect((await sup.get(`/api/v1/consultations/${'x'.repeat(65)}`)).status).toBe(400);
      expect((await sup.get('/api/v1/consultations/no-such-id')).status).toBe(404);
      expect(await rows()).toEqual(before);
    });
  });

  it('pages newest first with a cursor', async () => {
    const all = await listed(sup);
    // The first question, then two asked at the same moment (25 minutes later): ties go by id.
    expect(all).toHaveLength(3);
    expect(all[2]).toBe(q.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Consultation[]; nextCursor: string | null } = (
        await sup.get<{ items: Consultation[]; nextCursor: string | null }>(
          `/api/v1/consultations?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).body;
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(
      ours((await sup.get<{ items: Consultation[] }>('/api/v1/consultations?limit=200')).body.items),
    ).toEqual(all);
    expect(seen.filter((id) => all.includes(id))).toEqual(all);
  });
});
