import { describe, it, expect } from 'vitest';
import { kinks } from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ringSignedArea } from '@envgrid/core';
import { Lattice, outlineOfCells } from './lattice-outline.ts';

// A 5×5 lattice of 1° cells, north-west corner at (0, 5): cell (col, row) spans
// lng col…col+1, lat 5-row-1…5-row.
const L = new Lattice(5, 5, 0, 5, 1, 1);
const at = (col: number, row: number) => L.id(col, row);

function rings(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function expectValid(g: Polygon | MultiPolygon) {
  for (const poly of rings(g)) {
    poly.forEach((ring, k) => {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(kinks({ type: 'LineString', coordinates: ring }).features).toHaveLength(0);
      // Outer rings counter-clockwise, holes clockwise.
      expect(Math.sign(ringSignedArea(ring))).toBe(k === 0 ? 1 : -1);
    });
  }
}

describe('Lattice', () => {
  it('numbers cells from the north-west and knows their geometry', () => {
    expect(at(2, 1)).toBe(7);
    expect(L.col(7)).toBe(2);
    expect(L.row(7)).toBe(1);
    expect(L.centre(7)).toEqual([2.5, 3.5]);
    expect(L.bbox(7)).toEqual([2, 3, 3, 4]);
    expect(L.neighbours4(at(0, 0))).toEqual([at(1, 0), at(0, 1)]);
    expect(L.neighbours4(at(2, 2))).toHaveLength(4);
  });
});

describe('outlineOfCells', () => {
  it('outlines one cell as a counter-clockwise square', () => {
    const g = outlineOfCells(L, [at(2, 1)]);
    expect(g.type).toBe('Polygon');
    expect((g as Polygon).coordinates[0]).toHaveLength(5);
    expectValid(g);
  });

  it('merges neighbours and drops collinear vertices', () => {
    const bar = outlineOfCells(L, [at(0, 0), at(1, 0), at(2, 0)]);
    expect((bar as Polygon).coordinates[0]).toHaveLength(5);
    const ell = outlineOfCells(L, [at(0, 0), at(0, 1), at(1, 1)]);
    expect(ell.type).toBe('Polygon');
    expect((ell as Polygon).coordinates[0]).toHaveLength(7);
    expectValid(ell);
  });

  it('keeps holes', () => {
    const cells = [];
    for (let c = 1; c <= 3; c++) for (let r = 1; r <= 3; r++) if (!(c === 2 && r === 2)) cells.push(at(c, r));
    const g = outlineOfCells(L, cells) as Polygon;
    expect(g.type).toBe('Polygon');
    expect(g.coordinates).toHaveLength(2);
    expect(g.coordinates[1]).toHaveLength(5);
    expectValid(g);
  });

  it('splits cells touching only at a corner into separate polygons', () => {
    const g = outlineOfCells(L, [at(0, 0), at(1, 1), at(2, 2)]);
    expect(g.type).toBe('MultiPolygon');
    expect((g as MultiPolygon).coordinates).toHaveLength(3);
    expectValid(g);
    // Two corners pinched inside one shape.
    const pinched = outlineOfCells(L, [at(0, 0), at(1, 0), at(1, 1), at(2, 1), at(0, 2), at(1, 2)]);
    expectValid(pinched);
  });

  it('puts an island inside a hole into its own polygon', () => {
    const cells = [];
    for (let c = 0; c < 5; c++)
      for (let r = 0; r < 5; r++) if (c === 0 || r === 0 || c === 4 || r === 4) cells.push(at(c, r));
    cells.push(at(2, 2));
    const g = outlineOfCells(L, cells) as MultiPolygon;
    expect(g.type).toBe('MultiPolygon');
    expect(g.coordinates.map((p) => p.length)).toEqual([2, 1]);
    expectValid(g);
  });

  it('does not depend on the order of the cells', () => {
    const cells = [at(0, 0), at(0, 1), at(1, 1), at(3, 3), at(2, 3)];
    expect(outlineOfCells(L, [...cells].reverse())).toEqual(outlineOfCells(L, cells));
  });

  it('refuses an empty set', () => {
    expect(() => outlineOfCells(L, [])).toThrow(/no cells/);
  });
});
