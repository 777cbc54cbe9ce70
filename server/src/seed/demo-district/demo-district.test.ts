import { describe, it, expect, beforeAll } from 'vitest';
import type { Polygon } from 'geojson';
import { AppError } from '@envgrid/core';
import { isCommunityCode, isGridCode, isStreetCode } from '@envgrid/core';
import {
  buildDemoDistrict,
  shortCommunityName,
  type DemoDistrict,
  type DemoDistrictInput,
} from './demo-district.ts';
import { boundaryFromGeoJson, parseCommunitiesCsv, parseStreetsCsv } from './demo-reference.ts';
import { areaM2 } from '@envgrid/core';
import { buildGridIndex } from '@envgrid/core';
import { validateRegionGeoJson } from '@envgrid/core';
// core stays free of I/O even in tests: the bundler inlines the reference files as text.
import boundaryText from '../../../../data/districts/110101/boundary.geojson?raw';
import communitiesCsv from '../../../../data/districts/110101/communities.csv?raw';
import streetsCsv from '../../../../data/districts/110101/streets.csv?raw';

const input: DemoDistrictInput = {
  boundary: boundaryFromGeoJson(JSON.parse(boundaryText)),
  streets: parseStreetsCsv(streetsCsv),
  communities: parseCommunitiesCsv(communitiesCsv),
};

let demo: DemoDistrict;
let elapsedMs = 0;

beforeAll(() => {
  const t0 = performance.now();
  demo = buildDemoDistrict(input);
  elapsedMs = performance.now() - t0;
});

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('buildDemoDistrict on Dongcheng', () => {
  it('is quick enough for demo seeding', () => {
    console.info(
      `buildDemoDistrict: ${elapsedMs.toFixed(0)} ms, ${demo.grids.length} grids, cell ${demo.cellSideMetres.toFixed(1)} m`,
    );
    expect(elapsedMs).toBeLessThan(5000);
  });

  it('has the real streets and communities and about 1,650 grids', () => {
    expect(input.streets).toHaveLength(17);
    expect(input.communities).toHaveLength(169);
    expect(demo.streets).toHaveLength(17);
    expect(demo.communities).toHaveLength(169);
    expect(demo.grids.length).toBeGreaterThanOrEqual(1500);
    expect(demo.grids.length).toBeLessThanOrEqual(1800);
    expect(demo.cellSideMetres).toBeGreaterThan(150);
    expect(demo.cellSideMetres).toBeLessThan(170);
    expect(demo.streets.map((s) => s.properties.code)).toEqual(input.streets.map((s) => s.code).sort());
    expect(new Set(demo.communities.map((c) => c.properties.code))).toEqual(
      new Set(input.communities.map((c) => c.code)),
    );
  });

  it('labels everything as demo and names grids after street and community', () => {
    for (const f of [...demo.streets, ...demo.communities, ...demo.grids])
      expect(f.properties.demo).toBe(true);
    const first = demo.grids.find((g) => g.properties.code === '110101001001004')!;
    expect(first.properties.name).toBe('东华门街道 多福巷社区 第004网格');
    expect(demo.communities.find((c) => c.properties.code === '110101001001')!.properties.name).toBe(
      '多福巷社区',
    );
    expect(demo.streets[0]!.properties.name).toBe('东华门街道');
    expect(shortCommunityName('多福巷社区居委会')).toBe('多福巷社区');
    expect(shortCommunityName('东厂')).toBe('东厂');
  });

  it('gives valid, consistent codes and numbers grids 001… west→east, north→south', () => {
    const byCommunity = new Map<string, typeof demo.grids>();
    for (const g of demo.grids) {
      const { code, communityCode, streetCode } = g.properties;
      expect(isGridCode(code)).toBe(true);
      expect(isCommunityCode(communityCode)).toBe(true);
      expect(isStreetCode(streetCode)).toBe(true);
      expect(code.startsWith(communityCode)).toBe(true);
      expect(communityCode.startsWith(streetCode)).toBe(true);
      byCommunity.set(communityCode, [...(byCommunity.get(communityCode) ?? []), g]);
    }
    expect(new Set(demo.grids.map((g) => g.properties.code)).size).toBe(demo.grids.length);
    for (const c of demo.communities) {
      expect(c.properties.code.startsWith(c.properties.streetCode)).toBe(true);
      const grids = byCommunity.get(c.properties.code)!;
      expect(grids.length).toBeGreaterThanOrEqual(1);
      const seqs = grids.map((g) => Number(g.properties.code.slice(12)));
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      for (let i = 1; i < grids.length; i++) {
        const [x0, y0] = grids[i - 1]!.properties.center;
        const [x1, y1] = grids[i]!.properties.center;
        expect(y1 < y0 || (y1 === y0 && x1 > x0)).toBe(true);
      }
    }
  });

  it('locates every grid centre to its own grid', () => {
    const index = buildGridIndex(demo.grids.map((g) => ({ code: g.properties.code, geometry: g.geometry })));
    const wrong = demo.grids.filter((g) => index.locate(...g.properties.center) !== g.properties.code);
    expect(wrong.map((g) => g.properties.code)).toEqual([]);
    expect(index.locate(116.3, 39.9)).toBeNull();
  });

  it('tiles the outline: grids cover it and do not overlap', () => {
    const total = demo.grids.reduce((sum, g) => sum + areaM2(g.geometry), 0);
    const district = areaM2(input.boundary as Polygon);
    expect(Math.abs(total - district) / district).toBeLessThan(0.001);
    const streets = demo.streets.reduce((sum, g) => sum + areaM2(g.geometry), 0);
    expect(Math.abs(streets - district) / district).toBeLessThan(0.001);
  });

  it('passes import validation: valid rings, no overlaps, each grid inside its community', () => {
    const streetResult = validateRegionGeoJson('street', fc(demo.streets), { districtCode: '110101' });
    expect(streetResult.ok ? [] : streetResult.problems).toEqual([]);
    const streetGeoms = new Map(demo.streets.map((s) => [s.properties.code, s.geometry]));
    const communityResult = validateRegionGeoJson('community', fc(demo.communities), {
      parentGeometries: streetGeoms,
    });
    expect(communityResult.ok ? [] : communityResult.problems).toEqual([]);
    const communityGeoms = new Map(demo.communities.map((c) => [c.properties.code, c.geometry]));
    const gridResult = validateRegionGeoJson('grid', fc(demo.grids), {
      districtCode: '110101',
      knownParents: communityGeoms.keys(),
      parentGeometries: communityGeoms,
    });
    expect(gridResult.ok ? [] : gridResult.problems).toEqual([]);
  });

  it('is deterministic', () => {
    const again = buildDemoDistrict({
      ...input,
      streets: [...input.streets].reverse(),
      communities: [...input.communities].reverse(),
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
  });
});

describe('buildDemoDistrict on a small synthetic district', () => {
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [116.4, 39.9],
        [116.42, 39.9],
        [116.42, 39.92],
        [116.4, 39.92],
        [116.4, 39.9],
      ],
    ],
  };
  const streets = [
    { code: '110101001', name: '甲街道', centerLng: 116.405, centerLat: 39.91 },
    // A centre far outside: the street must still get grids for its communities.
    { code: '110101002', name: '乙街道', centerLng: 117.5, centerLat: 39.91 },
  ];
  const communities = [
    { code: '110101001001', name: '一社区居委会', streetCode: '110101001' },
    { code: '110101001002', name: '二社区居委会', streetCode: '110101001' },
    { code: '110101002001', name: '三社区居委会', streetCode: '110101002' },
    { code: '110101002002', name: '四社区居委会', streetCode: '110101002' },
  ];

  it('honours targetGridCount and gives every community a grid', () => {
    const d = buildDemoDistrict({ boundary: square, streets, communities, targetGridCount: 36 });
    expect(d.grids.length).toBeGreaterThan(28);
    expect(d.grids.length).toBeLessThan(44);
    for (const c of communities)
      expect(d.grids.some((g) => g.properties.communityCode === c.code)).toBe(true);
    // A square aligned with nothing still tiles exactly.
    const total = d.grids.reduce((s, g) => s + areaM2(g.geometry), 0);
    expect(Math.abs(total - areaM2(square)) / areaM2(square)).toBeLessThan(1e-6);
  });

  it('refuses inconsistent input', () => {
    const bad = (patch: Partial<DemoDistrictInput>) => () =>
      buildDemoDistrict({ boundary: square, streets, communities, ...patch });
    expect(
      bad({ communities: [...communities, { code: '110101003001', name: 'x', streetCode: '110101003' }] }),
    ).toThrow(/unknown street 110101003/);
    expect(
      bad({
        communities: [{ code: '110101001001', name: 'x', streetCode: '110101002' }, ...communities.slice(2)],
      }),
    ).toThrow(/does not belong to street 110101002|has no community/);
    expect(bad({ communities: communities.slice(0, 2) })).toThrow(/street 110101002 has no community/);
    expect(bad({ targetGridCount: 3 })).toThrow(AppError);
    expect(bad({ boundary: { type: 'Point', coordinates: [0, 0] } as unknown as Polygon })).toThrow(
      /Polygon or MultiPolygon/,
    );
  });
});
