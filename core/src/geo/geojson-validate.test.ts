import { describe, it, expect } from 'vitest';
import type { Polygon, Position } from 'geojson';
import {
  importSizeProblem,
  REGION_IMPORT_LIMITS,
  validateRegionGeoJson,
  type GeoJsonProblem,
} from './geojson-validate.ts';

const X = 116.4;
const Y = 39.9;
const D = 0.002; // about 170 m × 220 m

const squareRing = (x0: number, y0: number, w: number, h = w): Position[] => [
  [x0, y0],
  [x0 + w, y0],
  [x0 + w, y0 + h],
  [x0, y0 + h],
  [x0, y0],
];
const poly = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });
const feature = (properties: Record<string, unknown> | null, geometry: unknown) => ({
  type: 'Feature',
  properties,
  geometry,
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

const grid = (seq: number, col: number, row: number, extra: Record<string, unknown> = {}) =>
  feature(
    { code: `110101001001${String(seq).padStart(3, '0')}`, communityCode: '110101001001', ...extra },
    poly(squareRing(X + col * D, Y - row * D, D)),
  );

function problemsOf(result: ReturnType<typeof validateRegionGeoJson>): GeoJsonProblem[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('validateRegionGeoJson: grids', () => {
  it('accepts a clean file and returns typed, parsed features', () => {
    const result = validateRegionGeoJson(
      'grid',
      fc(grid(1, 0, 0, { name: '一号网格' }), grid(2, 1, 0), grid(3, 0, 1), grid(4, 1, 1)),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.features).toHaveLength(4);
    expect(result.features[0]).toMatchObject({
      index: 0,
      kind: 'grid',
      code: '110101001001001',
      name: '一号网格',
      communityCode: '110101001001',
      streetCode: '110101001',
    });
    expect(result.features[3]!.name).toBe('第004网格');
    expect(result.features[1]!.geometry.type).toBe('Polygon');
  });

  it('refuses something that is not a FeatureCollection', () => {
    expect(problemsOf(validateRegionGeoJson('grid', { type: 'Feature' }))).toEqual([
      { index: -1, reason: 'expected a GeoJSON FeatureCollection' },
    ]);
    expect(problemsOf(validateRegionGeoJson('grid', fc()))[0]!.reason).toMatch(/no features/);
    expect(problemsOf(validateRegionGeoJson('grid', null))[0]!.index).toBe(-1);
  });

  it('collects every problem of every feature', () => {
    const bowTie: Position[] = [
      [X, Y],
      [X + D, Y + D],
      [X + D, Y],
      [X, Y + D],
      [X, Y],
    ];
    const file = fc(
      grid(1, 0, 0), // 0: fine
      feature(
        { code: '110101001001002', communityCode: '110101001001' },
        { type: 'Point', coordinates: [X, Y] },
      ), // 1
      feature(
        { code: '110101001001003' },
        poly([
          [X, Y],
          [X + D, Y],
          [X, Y],
        ]),
      ), // 2: too few positions
      feature(
        { code: '110101001001004' },
        poly(
          squareRing(X, Y, D)
            .slice(0, 4)
            .concat([[X + D / 2, Y - D]]),
        ),
      ), // 3: not closed
      feature({ code: '110101001001005' }, poly(bowTie)), // 4: self-intersecting
      feature({ code: '110101001001006' }, poly(squareRing(12_960_000, 4_850_000, 100))), // 5: projected metres
      feature({ communityCode: '110101001001' }, poly(squareRing(X, Y - 3 * D, D))), // 6: missing code
      feature({ code: '11010100100100' }, poly(squareRing(X, Y - 4 * D, D))), // 7: 14 digits
      grid(1, 5, 5), // 8: duplicate of 0
      feature({ code: '110101001001009', communityCode: '110101002001' }, poly(squareRing(X, Y - 6 * D, D))), // 9
      feature({ code: '110101001001010' }, poly(squareRing(39.9, 116.4, D))), // 10: swapped
      grid(11, 0.5, 0), // 11: overlaps feature 0 by half
      feature({ code: 'abc' }, { type: 'LineString', coordinates: [] }), // 12: two problems
    );
    const problems = problemsOf(validateRegionGeoJson('grid', file));
    const byIndex = (i: number) => problems.filter((p) => p.index === i).map((p) => p.reason);
    expect(byIndex(0)).toEqual([]);
    expect(byIndex(1)).toEqual(['geometry must be a Polygon or MultiPolygon, got Point']);
    expect(byIndex(2)[0]).toMatch(/^ring 0 has 3 positions; a closed ring needs at least 4$/);
    expect(byIndex(3)[0]).toMatch(/ring 0 is not closed/);
    expect(byIndex(4)[0]).toMatch(/ring 0 intersects itself near \[116\.401000, 39\.901000\]/);
    expect(byIndex(5)[0]).toMatch(/out of lng\/lat range \(projected metres\?/);
    expect(byIndex(6)).toEqual(['missing code property (grid code)']);
    expect(byIndex(7)[0]).toMatch(/^grid code must be 15 digits/);
    expect(byIndex(8)).toEqual(['duplicate code 110101001001001, also at feature 0']);
    expect(byIndex(9)).toEqual([
      'communityCode: grid 110101001001009 does not belong to community 110101002001',
    ]);
    expect(byIndex(10)[0]).toMatch(/lat\/lng swapped/);
    expect(byIndex(11)[0]).toMatch(/^overlaps 110101001001001 \(feature 0\) by \d+ m²/);
    expect(byIndex(12)).toEqual([
      'grid code must be 15 digits, got "abc"',
      'geometry must be a Polygon or MultiPolygon, got LineString',
    ]);
    expect(problems.find((p) => p.index === 9)!.code).toBe('110101001001009');
    expect(problems.find((p) => p.index === 6)!.code).toBeUndefined();
    // Sorted by feature index.
    expect(problems.map((p) => p.index)).toEqual([...problems.map((p) => p.index)].sort((a, b) => a - b));
  });

  it('accepts numeric codes, removes repeated positions and keeps holes', () => {
    const ring = squareRing(X, Y, D);
    const withRepeat = [ring[0]!, ring[1]!, ring[1]!, ring[2]!, ring[3]!, ring[4]!];
    const hole = squareRing(X + D / 4, Y + D / 4, D / 4).reverse();
    const result = validateRegionGeoJson(
      'grid',
      fc(feature({ code: 110101001001001 }, { type: 'Polygon', coordinates: [withRepeat, hole] })),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.features[0]!.code).toBe('110101001001001');
      expect((result.features[0]!.geometry as Polygon).coordinates[0]).toHaveLength(5);
      expect((result.features[0]!.geometry as Polygon).coordinates).toHaveLength(2);
    }
    const outsideHole = squareRing(X + 2 * D, Y, D / 4);
    const bad = validateRegionGeoJson(
      'grid',
      fc(feature({ code: '110101001001001' }, { type: 'Polygon', coordinates: [ring, outsideHole] })),
    );
    expect(problemsOf(bad)[0]!.reason).toBe('hole 1 is not inside the outer ring');
  });

  it('checks grids against their community polygon with a small tolerance', () => {
    const community = poly(squareRing(X, Y - 3 * D, 2 * D, 4 * D)); // 2×4 grids
    const parentGeometries = new Map([['110101001001', community]]);
    const inside = grid(1, 0, 0);
    const slightlyOut = feature({ code: '110101001001002' }, poly(squareRing(X + D + 0.001 * D, Y - D, D))); // 0.1% out
    const halfOut = feature({ code: '110101001001003' }, poly(squareRing(X + 1.5 * D, Y - 2 * D, D)));
    const elsewhere = feature({ code: '110101001001004' }, poly(squareRing(X + 10 * D, Y, D)));
    const problems = problemsOf(
      validateRegionGeoJson('grid', fc(inside, slightlyOut, halfOut, elsewhere), { parentGeometries }),
    );
    expect(problems).toEqual([
      {
        index: 2,
        code: '110101001001003',
        reason: 'grid lies outside its community 110101001001: only 50.0% of its area is inside',
      },
      {
        index: 3,
        code: '110101001001004',
        reason: 'grid lies outside its community 110101001001: only 0.0% of its area is inside',
      },
    ]);
  });

  it('checks known parents, the district and the expected area', () => {
    const file = fc(grid(1, 0, 0), feature({ code: '110102001001001' }, poly(squareRing(X, Y - 2 * D, D))));
    const problems = problemsOf(
      validateRegionGeoJson('grid', file, {
        districtCode: '110101',
        knownParents: ['110101001001'],
        within: [116, 39.5, 117, 40],
      }),
    );
    expect(problems.map((p) => p.reason)).toEqual([
      'grid 110102001001001 is not in district 110101',
      'community 110102001001 does not exist',
    ]);
    const far = validateRegionGeoJson('grid', fc(grid(1, 0, 0)), { within: [121, 31, 122, 32] });
    expect(problemsOf(far)[0]!.reason).toMatch(/outside the expected area/);
  });
});

describe('validateRegionGeoJson: streets and communities', () => {
  it('validates communities against their street', () => {
    const file = fc(
      feature(
        { code: '110101001001', name: '多福巷社区', streetCode: '110101001' },
        poly(squareRing(X, Y, D)),
      ),
      feature(
        { code: '110101001002', streetCode: '110101002', name: '银闸社区' },
        poly(squareRing(X + D, Y, D)),
      ),
      feature({ code: '110101001005' }, poly(squareRing(X + 2 * D, Y, D))),
    );
    const problems = problemsOf(validateRegionGeoJson('community', file));
    expect(problems).toEqual([
      {
        index: 1,
        code: '110101001002',
        reason: 'streetCode: community 110101001002 does not belong to street 110101002',
      },
      { index: 2, code: '110101001005', reason: 'missing name property' },
    ]);
    const ok = validateRegionGeoJson('community', fc(file.features[0]));
    expect(ok.ok && ok.features[0]).toMatchObject({
      kind: 'community',
      streetCode: '110101001',
      name: '多福巷社区',
    });
  });

  it('validates streets, MultiPolygons included', () => {
    const multi = {
      type: 'MultiPolygon',
      coordinates: [[squareRing(X, Y, D)], [squareRing(X + 2 * D, Y, D)]],
    };
    const ok = validateRegionGeoJson(
      'street',
      fc(feature({ code: '110101001', name: '东华门街道' }, multi)),
      {
        districtCode: '110101',
      },
    );
    expect(ok.ok && ok.features[0]).toMatchObject({
      kind: 'street',
      code: '110101001',
      districtCode: '110101',
    });
    const bad = validateRegionGeoJson('street', fc(feature({ code: '110101001001', name: 'x' }, multi)));
    expect(problemsOf(bad)[0]!.reason).toMatch(/^street code must be 9 digits/);
    const badPart = {
      type: 'MultiPolygon',
      coordinates: [[squareRing(X, Y, D)], [squareRing(X, Y, D).slice(0, 3)]],
    };
    const bad2 = validateRegionGeoJson('street', fc(feature({ code: '110101001', name: 'x' }, badPart)));
    expect(problemsOf(bad2)[0]!.reason).toMatch(/^polygon 1 ring 0 has 3 positions/);
  });
});

describe('validateRegionGeoJson: limits', () => {
  it('bounds one import at 200,000 positions, 10,000 per ring and 20,000 features', () => {
    expect(REGION_IMPORT_LIMITS).toMatchObject({
      maxPositions: 200_000,
      maxRingPositions: 10_000,
      maxFeatures: 20_000,
    });
  });

  it('refuses a file over the position cap before looking at anything else', () => {
    // Three squares of 5 positions and a bow-tie of 5: 20 positions.
    const bowTie = feature(
      { code: 'not a code' },
      poly([
        [X, Y],
        [X + D, Y + D],
        [X + D, Y],
        [X, Y + D],
        [X, Y],
      ]),
    );
    const file = fc(grid(1, 0, 0), grid(2, 1, 0), grid(3, 2, 0), bowTie);
    const over = validateRegionGeoJson('grid', file, { limits: { maxPositions: 19 } });
    expect(over).toEqual({
      ok: false,
      problems: [{ index: -1, reason: 'the file has 20 positions; at most 19 are accepted in one import' }],
      limit: { name: 'positions', max: 19, actual: 20 },
    });
    const at = validateRegionGeoJson('grid', file, { limits: { maxPositions: 20 } });
    expect(problemsOf(at).map((p) => p.index)).toEqual([3, 3]); // the bow-tie's own problems
    expect(importSizeProblem(file, { maxFeatures: 3, maxPositions: 100 })?.limit).toEqual({
      name: 'features',
      max: 3,
      actual: 4,
    });
  });

  it('counts every position as given, repeats and MultiPolygon parts included', () => {
    const multi = feature(
      { code: '110101001001001' },
      { type: 'MultiPolygon', coordinates: [[squareRing(X, Y, D)], [squareRing(X + 2 * D, Y, D), [[X, Y]]]] },
    );
    expect(importSizeProblem(fc(multi), { maxFeatures: 10, maxPositions: 10 })?.limit.actual).toBe(11);
    expect(importSizeProblem(fc(multi), { maxFeatures: 10, maxPositions: 11 })).toBeNull();
  });

  it('stops the overlap checks at their budget of overlay positions', () => {
    // Four grids each overlapping the one before by half: three overlays of 10 positions each.
    const file = fc(grid(1, 0, 0), grid(2, 0.5, 0), grid(3, 1, 0), grid(4, 1.5, 0));
    expect(problemsOf(validateRegionGeoJson('grid', file)).map((p) => p.index)).toEqual([1, 2, 3]);
    const capped = validateRegionGeoJson('grid', file, { limits: { maxOverlayPositions: 25 } });
    expect(capped.ok).toBe(false);
    if (capped.ok) return;
    expect(capped.limit).toMatchObject({ name: 'overlayPositions', max: 25 });
    expect(capped.problems).toHaveLength(1);
    expect(capped.problems[0]!.reason).toMatch(/more than 25 positions/);
  });
});

describe('validateRegionGeoJson: stored grids', () => {
  const storedGrid = (code: string, col: number, row: number) => {
    const geometry = poly(squareRing(X + col * D, Y - row * D, D));
    let reads = 0;
    return {
      region: {
        code,
        bbox: [X + col * D, Y - row * D, X + (col + 1) * D, Y - row * D + D] as const,
        geometry: () => (reads++, geometry),
      },
      reads: () => reads,
    };
  };

  it('reports a feature overlapping a stored grid of another code, unless the file replaces it', () => {
    const a = storedGrid('110101001001001', 0, 0); // overlapped by feature 1
    const b = storedGrid('110101001001002', 0.5, 1); // only touches feature 1, from below
    const far = storedGrid('110101001001003', 9, 9);
    const stored = [a.region, b.region, far.region];
    const problems = problemsOf(
      validateRegionGeoJson('grid', fc(grid(5, 4, 4), grid(6, 0.5, 0)), { stored }),
    );
    expect(problems).toEqual([
      {
        index: 1,
        code: '110101001001006',
        reason: expect.stringMatching(
          /^overlaps stored grid 110101001001001 by \d+ m²$/,
        ) as unknown as string,
      },
    ]);
    // Stored geometry is read only where the boxes overlap.
    expect([a.reads() > 0, b.reads(), far.reads()]).toEqual([true, 0, 0]);

    // Feature 0 moves grid 001 away, so feature 1 may take its old place.
    expect(validateRegionGeoJson('grid', fc(grid(1, 3, 0), grid(6, 0, 0)), { stored }).ok).toBe(true);
    // Replacing a grid by itself is no overlap either.
    expect(validateRegionGeoJson('grid', fc(grid(1, 0, 0)), { stored }).ok).toBe(true);
    // Slivers from separately digitised edges are tolerated, as within a file.
    const sliver = feature(
      { code: '110101001001007', communityCode: '110101001001' },
      poly(squareRing(X + D * 0.995, Y, D)),
    );
    expect(validateRegionGeoJson('grid', fc(sliver), { stored }).ok).toBe(true);
  });
});
