import { expect, it } from 'vitest';
import { login, pointInGridOf, type CaseDto } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { seededServer } from '../../test/http-harness.ts';

describeEachEngineWithDemo('duplicate suggestions', (ctx) => {
  const server = seededServer(ctx);

  it("name only cases the reporter may see, never another street's", async () => {
    const [sup1, sup1b, sup2, center, admin] = await login(
      server,
      'sup001-01',
      'sup001-02',
      'sup002-01',
      'center',
      'admin',
    );
    const spot = await pointInGridOf(sup1, admin);
    const report = async (who: typeof sup1, description: string) => {
      const r = await who.post<CaseDto>('/api/v1/cases', {
        itemCode: 'air.open_burning',
        description,
        location: { lng: spot.lng, lat: spot.lat },
      });
      expect(r.status).toBe(201);
      return r.body;
    };
    const first = await report(sup1, '焚烧树叶');
    // Another street's supervisor reporting the same spot learns nothing of street 001's case.
    const outsider = await report(sup2, '焚烧树叶，路过看到');
    expect(outsider.streetCode).toBe('110101001');
    expect(outsider.duplicateCandidates).toEqual([]);
    expect((await sup2.get(`/api/v1/cases/${first.id}`)).status).toBe(404);
    // Within the street, and at the center, the earlier cases are suggested.
    const insider = await report(sup1b, '焚烧树叶（同一处）');
    expect(insider.duplicateCandidates?.map((d) => d.id).sort()).toEqual([first.id, outsider.id].sort());
    const hotline = await report(center, '市民来电：焚烧树叶');
    expect(hotline.duplicateCandidates?.map((d) => d.id).sort()).toEqual(
      [first.id, outsider.id, insider.id].sort(),
    );
  });
});

describeEachEngineWithDemo('duplicates shown to intake before filing', (ctx) => {
  const server = seededServer(ctx);

  it('the case page gives whoever may file or void it the possible duplicates, and no one else', async () => {
    const [sup1, center, leader, admin] = await login(server, 'sup001-01', 'center', 'leader', 'admin');
    const spot = await pointInGridOf(sup1, admin, 1);
    const report = async (description: string, lat = spot.lat) =>
      (
        await sup1.post<CaseDto>('/api/v1/cases', {
          itemCode: 'air.road_dust',
          description,
          location: { lng: spot.lng, lat },
        })
      ).body;
    const first = await report('道路扬尘');
    const second = await report('道路扬尘，同一路段');
    type WithDuplicates = CaseDto & { duplicateCandidates?: { id: string; distanceM: number }[] };
    const seen = (await center.get<WithDuplicates>(`/api/v1/cases/${second.id}`)).body;
    expect(seen.abilities).toContain('file');
    expect(seen.duplicateCandidates?.map((d) => [d.id, d.distanceM])).toEqual([[first.id, 0]]);
    // The reporter and a leader do not file: no duplicate list on their page.
    expect(
      (await sup1.get<WithDuplicates>(`/api/v1/cases/${second.id}`)).body.duplicateCandidates,
    ).toBeUndefined();
    expect(
      (await leader.get<WithDuplicates>(`/api/v1/cases/${second.id}`)).body.duplicateCandidates,
    ).toBeUndefined();
    // Once voided as a duplicate, the first no longer lists it (only open cases are candidates).
    const voided = await center.post<CaseDto>(`/api/v1/cases/${second.id}/actions/void`, {
      version: second.version,
      reason: '重复上报',
      duplicateOf: first.id,
    });
    expect(voided.status).toBe(200);
    expect((await center.get<WithDuplicates>(`/api/v1/cases/${first.id}`)).body.duplicateCandidates).toEqual(
      [],
    );
  });
});
