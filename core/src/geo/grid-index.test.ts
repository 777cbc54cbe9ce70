import { describe, it, expect } from 'vitest';
import type { Polygon } from 'geojson';
import { AppError } from '../errors.ts';
import { buildGridIndex, GridIndex, type IndexedGrid } from './grid-index.ts';

const square = (x0: number, y0: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ],
});

// A 2×2 block of 0.01° grids around the corner (116.40, 39.90):
//   NW=…003  NE=…004
//   SW=…001  SE=…002
const X = 116.4;
const Y = 39.9;
const D = 0.01;
const BLOCK: IndexedGrid[] = [
  { code: '110101001001001', geometry: square(X - D, Y - D, D) },
  { code: '110101001001002', geometry: square(X, Y - D, D) },
  { code: '110101001001003', geometry: square(X - D, Y, D) },
  { code: '110101001001004', geometry: square(X, Y, D) },
];

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('GridIndex.locate', () => {
  const index = buildGridIndex(BLOCK);

  it('finds the grid containing an interior point', () => {
    expect(index.locate(X - D / 2, Y - D / 2)).toBe('110101001001001');
    expect(index.locate(X + D / 2, Y - D / 2)).toBe('110101001001002');
    expect(index.locate(X - D / 2, Y + D / 2)).toBe('110101001001003');
    expect(index.locate(X + D / 3, Y + D / 4)).toBe('110101001001004');
  });

  it('returns null outside every grid, and for non-finite input', () => {
    expect(index.locate(X + 2 * D, Y)).toBeNull();
    expect(index.locate(X, Y - 1.5 * D)).toBeNull();
    expect(index.locate(Number.NaN, Y)).toBeNull();
    expect(buildGridIndex([]).locate(X, Y)).toBeNull();
  });

  it('gives a point on a shared edge one answer whatever the insertion order', () => {
    const onVerticalEdge: [number, number] = [X, Y + D / 2]; // between …003 and …004
    const onHorizontalEdge: [number, number] = [X + D / 2, Y]; // between …002 and …004
    for (const order of permutations(BLOCK)) {
      const idx = buildGridIndex(order);
      expect(idx.locate(...onVerticalEdge)).toBe('110101001001003');
      expect(idx.locate(...onHorizontalEdge)).toBe('110101001001002');
    }
    expect(index.locateAll(...onVerticalEdge)).toEqual(['110101001001003', '110101001001004']);
  });

  it('gives a vertex shared by four grids one answer whatever the insertion order', () => {
    for (const order of permutations(BLOCK)) {
      expect(buildGridIndex(order).locate(X, Y)).toBe('110101001001001');
    }
    expect(index.locateAll(X, Y)).toEqual(BLOCK.map((g) => g.code));
  });

  it('counts the outer boundary as inside', () => {
    expect(index.locate(X + D, Y + D / 2)).toBe('110101001001004');
  });

  it('handles MultiPolygons and holes', () => {
    const ring = square(0, 0, 10).coordinates[0]!;
    const hole = square(4, 4, 2).coordinates[0]!;
    const idx = GridIndex.build([
      { code: '110101001001010', geometry: { type: 'Polygon', coordinates: [ring, hole] } },
      {
        code: '110101001001011',
        geometry: {
          type: 'MultiPolygon',
          coordinates: [square(4.5, 4.5, 1).coordinates, square(20, 20, 1).coordinates],
        },
      },
    ]);
    expect(idx.locate(1, 1)).toBe('110101001001010');
    expect(idx.locate(4.2, 4.2)).toBeNull(); // in the hole, not in the island
    expect(idx.locate(5, 5)).toBe('110101001001011');
    expect(idx.locate(20.5, 20.5)).toBe('110101001001011');
  });

  it('rejects duplicate codes and bad geometry', () => {
    expect(() => buildGridIndex([BLOCK[0]!, BLOCK[0]!])).toThrow(AppError);
    expect(() => buildGridIndex([BLOCK[0]!, BLOCK[0]!])).toThrow(/duplicate grid code 110101001001001/);
    expect(() =>
      buildGridIndex([
        { code: '110101001001001', geometry: { type: 'Point', coordinates: [0, 0] } as unknown as Polygon },
      ]),
    ).toThrow(/Polygon or MultiPolygon/);
  });

  it('reports size, codes, extent and bbox search', () => {
    const idx = buildGridIndex([...BLOCK].reverse());
    expect(idx.size).toBe(4);
    expect(idx.codes()).toEqual(BLOCK.map((g) => g.code));
    expect(idx.has('110101001001002')).toBe(true);
    expect(idx.geometryOf('110101001001002')).toEqual(BLOCK[1]!.geometry);
    expect(idx.extent()).toEqual([X - D, Y - D, X + D, Y + D]);
    expect(idx.searchBBox(X + D / 4, Y + D / 4, X + D / 2, Y + D / 2)).toEqual(['110101001001004']);
  });
});
