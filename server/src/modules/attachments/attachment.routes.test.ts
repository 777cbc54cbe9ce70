import crypto from 'node:crypto';
import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { act, departmentId, login, pointInGridOf, type CaseDto } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { jpegWithGps, pngBytes } from '../../test/images.ts';
import { seedDemo } from '../../test/seed.ts';

const upload = (who: ApiClient, bytes: Buffer, type = 'image/png', name = 'photo.png') => {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return who.request<{
    id: string;
    sha256: string;
    url: string;
    mime: string;
    locationHint: { lng: number; lat: number } | null;
    error?: { code: string };
  }>('POST', '/api/v1/attachments', form);
};

describeEachEngineWithDemo('attachments', (ctx) => {
  let server: TestServer;
  let sup: ApiClient, center: ApiClient, hbj: ApiClient, sub2: ApiClient, admin: ApiClient;
  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    [sup, center, hbj, sub2, admin] = await login(server, 'sup001-01', 'center', 'hbj01', 'sub002', 'admin');
  });
  afterAll(() => server.close());

  it('decides the type from the bytes and stores the same photo once', async () => {
    const bytes = pngBytes([200, 10, 10]);
    const a = await upload(sup, bytes);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      mime: 'image/png',
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      locationHint: null,
    });
    const again = await upload(sup, bytes, 'image/jpeg', 'renamed.jpg');
    expect(again.body.id).toBe(a.body.id);
    const lie = await upload(sup, Buffer.from('just text, not an image'), 'image/png');
    expect(lie.status).toBe(415);
    expect(lie.body.error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const json = await sup.post('/api/v1/attachments', { file: 'x' });
    expect(json.status).toBe(415);
  });

  it('stores and serves a new photo with the type of its bytes, whatever the client claims', async () => {
    const bytes = pngBytes([3, 141, 59]); // never uploaded before: this stores a new file
    const claimed = await upload(sup, bytes, 'image/jpeg', 'holiday.jpg');
    expect(claimed.status).toBe(201);
    expect(claimed.body.mime).toBe('image/png');
    const served = await sup.request('GET', claimed.body.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');

    const rows = async () =>
      Number(
        (
          await ctx.db.kysely
            .selectFrom('attachments')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await rows();
    const html = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    for (const [body, type, name] of [
      [html, 'image/png', 'x.png'],
      [html, 'text/html', 'x.html'],
      [svg, 'image/svg+xml', 'x.svg'],
      [svg, 'image/png', 'x.png'],
    ] as const) {
      const r = await upload(sup, body, type, name);
      expect(r.status).toBe(415);
      expect(r.body.error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect(await rows()).toBe(before);
  });

  it('offers the EXIF GPS position as a location hint', async () => {
    const r = await upload(sup, jpegWithGps(116.4074, 39.9042), 'image/jpeg', 'gps.jpg');
    expect(r.status).toBe(201);
    expect(r.body.mime).toBe('image/jpeg');
    expect(r.body.locationHint!.lng).toBeCloseTo(116.4074, 4);
    expect(r.body.locationHint!.lat).toBeCloseTo(39.9042, 4);
  });

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([pngBytes([1, 2, 3]), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const r = await upload(sup, big);
    expect(r.status).toBe(413);
  });

  it('serves a photo only to its uploader and to those who can see a case using it', async () => {
    const photo = await upload(sup, pngBytes([9, 99, 199]));
    const url = photo.body.url;
    expect((await hbj.get(url)).status).toBe(404);
    const spot = await pointInGridOf(sup, admin);
    const r = await sup.post<CaseDto>('/api/v1/cases', {
      itemCode: 'air.chimney_black_smoke',
      description: '带照片',
      location: { lng: spot.lng, lat: spot.lat },
      attachmentIds: [photo.body.id],
    });
    expect(r.status).toBe(201);
    const own = await sup.get(url);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/png');
    expect((await center.get(url)).status).toBe(200); // district scope sees the case
    expect((await sub2.get(url)).status).toBe(404); // another street does not
    expect((await hbj.get(url)).status).toBe(404); // not yet dispatched to the department
    let c = await act(center, r.body, 'file');
    c = await act(center, c, 'dispatch', { leadDepartmentId: await departmentId(admin, 'hbj') });
    expect((await hbj.get(url)).status).toBe(200);
    // One cannot attach someone else's photo.
    const theft = await center.post(`/api/v1/cases/${c.id}/actions/comment`, {
      version: c.version,
      note: 'x',
      attachmentIds: [photo.body.id],
    });
    expect(theft.status).toBe(400);
    // Uploading the same photo makes it one's own to use, though it is stored once.
    const same = await upload(center, pngBytes([9, 99, 199]));
    expect(same.body.id).toBe(photo.body.id);
    const shared = await center.post(`/api/v1/cases/${c.id}/actions/comment`, {
      version: c.version,
      note: '同一照片',
      attachmentIds: [photo.body.id],
    });
    expect(shared.status).toBe(200);
  });
});
