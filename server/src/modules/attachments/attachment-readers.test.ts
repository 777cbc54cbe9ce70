/**
 * Photos shown by consultations and by source inspections are seen by whoever may see those
 * records, not only by their uploader; everyone else gets 404 (both engines).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { CaseWorld } from '../../test/case-world.ts';
import { pngBytes } from '../../test/images.ts';

describeEachEngineWithDemo('photos of consultations and inspections', (ctx) => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
  });
  afterAll(() => w.close());

  const upload = async (who: ApiClient, seed: number) => {
    const form = new FormData();
    form.append('file', new Blob([pngBytes([seed, 7, 9])], { type: 'image/png' }), 'p.png');
    const r = await who.request<{ id: string }>('POST', '/api/v1/attachments', form);
    expect(r.status).toBe(201);
    return r.body.id;
  };
  const status = async (who: string, id: string) =>
    (await (await w.as(who)).get(`/api/v1/attachments/${id}`)).status;

  it('a consultation’s photo is seen by the grid’s officers and its street, not by others', async () => {
    const sup = await w.as('sup001-01');
    const spot = await w.spot('sup001-01', 0);
    const photo = await upload(sup, 41);
    const q = await sup.post<{ id: string }>('/api/v1/consultations', {
      question: '这个烟囱冒黑烟算不算违法？',
      location: { lng: spot.lng, lat: spot.lat },
      attachmentIds: [photo],
    });
    expect(q.status).toBe(201);
    expect([
      await status('off001-01', photo),
      await status('sub001', photo),
      await status('off002-01', photo),
      await status('sub002', photo),
      await status('hbj01', photo),
    ]).toEqual([200, 200, 404, 404, 404]);
  });

  it('an inspection’s photo is seen by whoever sees the inspected source', async () => {
    const sup = await w.as('sup001-01');
    const spot = await w.spot('sup001-01', 1);
    const source = await (
      await w.as('center')
    ).post<{ id: string }>('/api/v1/sources', {
      type: 'yard',
      name: '堆料场',
      location: { lng: spot.lng, lat: spot.lat },
      riskLevel: 'general',
    });
    const patrol = await sup.post<{ id: string }>('/api/v1/patrols', {});
    const photo = await upload(sup, 42);
    const inspected = await sup.post(`/api/v1/patrols/${patrol.body.id}/inspections`, {
      sourceId: source.body.id,
      result: 'normal',
      attachmentIds: [photo],
    });
    expect(inspected.status).toBe(201);
    expect([
      await status('sub001', photo),
      await status('leader', photo),
      await status('sub002', photo),
      await status('sup002-01', photo),
    ]).toEqual([200, 200, 404, 404]);
  });
});
