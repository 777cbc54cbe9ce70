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
