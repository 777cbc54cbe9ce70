import { describe, it, expect } from 'vitest';
import type { Polygon, Position } from 'geojson';
import {
  areaM2,
  boxBorderCrossings,
  centroidOf,
  clipGeometryToBox,
  clipRingToBox,
  overlapAreaM2,
  ringSignedArea,
  shareInside,
} from './geo-math.ts';

const ringOf = (x0: number, y0: number, w: number, h = w): Position[] => [
  [x0, y0],
  [x0 + w, y0],
  [x0 + w, y0 + h],
  [x0, y0 + h],
  [x0, y0],
];
const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });

describe('geo-math', () => {
  it('computes centroids with holes', () => {
    expect(centroidOf(poly(ringOf(0, 0, 2)))).toEqual([1, 1]);
    const [x, y] = centroidOf(poly(ringOf(0, 0, 4), ringOf(2, 0, 2).reverse()));
    // 4×4 minus its lower-right 2×2: centroid shifts up and left.
    expect(x).toBeCloseTo((16 * 2 - 4 * 3) / 12, 10);
    expect(y).toBeCloseTo((16 * 2 - 4 * 1) / 12, 10);
  });

  it('clips a ring to a box exactly, without spikes', () => {
    // An L-shaped ring whose outside part wraps around the box's corner.
    const ring: Position[] = [
      [0, 0],
      [3, 0],
      [3, -3],
      [-1, -3],
      [-1, 2],
      [0, 2],
      [0, 0],
    ];
    const box = [-0.5, -0.5, 1, 1] as const;
    const cut = clipRingToBox(ring, box);
    expect(cut[0]).toEqual(cut[cut.length - 1]);
    // Inside the box the ring covers x ∈ [-0.5, 0], y ∈ [-0.5, 1] plus x ∈ [0, 1], y ∈ [-0.5, 0].
    expect(Math.abs(ringSignedArea(cut))).toBeCloseTo(0.5 * 1.5 + 1 * 0.5, 12);
    expect(cut.length).toBe(7); // six corners, no spike along the border
    expect(boxBorderCrossings(poly(ring), box)).toBe(2);
    expect(clipRingToBox(ringOf(5, 5, 1), box)).toEqual([]);
    expect(clipGeometryToBox(poly(ringOf(5, 5, 1)), box)).toBeNull();
  });

  it('measures the share of a shape inside another and their overlap', () => {
    const D = 0.001;
    const outer = poly(ringOf(116.4, 39.9, 4 * D));
    expect(shareInside(poly(ringOf(116.4 + D, 39.9 + D, D)), outer)).toBe(1);
    expect(shareInside(poly(ringOf(116.4 + 3.5 * D, 39.9 + D, D)), outer)).toBeCloseTo(0.5, 3);
    expect(shareInside(poly(ringOf(117, 39.9, D)), outer)).toBe(0);
    const a = poly(ringOf(116.4, 39.9, D));
    const half = areaM2(a) / 2;
    expect(overlapAreaM2(a, poly(ringOf(116.4 + D / 2, 39.9, D)))).toBeCloseTo(half, -1);
    expect(overlapAreaM2(a, poly(ringOf(116.4 + D, 39.9, D)))).toBe(0);
  });

  it('measures an overlap exactly after clipping both shapes near it', () => {
    const [x, y, D] = [116.4, 39.9, 0.001];
    // An L: a 4D square without its upper-right 2D quarter.
    const ell = poly([
      [x, y],
      [x + 4 * D, y],
      [x + 4 * D, y + 2 * D],
      [x + 2 * D, y + 2 * D],
      [x + 2 * D, y + 4 * D],
      [x, y + 4 * D],
      [x, y],
    ]);
    // A square over the L's right arm and the missing quarter: it shares [3D, 4D] × [D, 2D].
    const square = poly(ringOf(x + 3 * D, y + D, 2 * D));
    const shared = areaM2(poly(ringOf(x + 3 * D, y + D, D)));
    let handed = 0;
    expect(overlapAreaM2(ell, square, (n) => (handed += n))).toBeCloseTo(shared, 3);
    expect(overlapAreaM2(square, ell)).toBeCloseTo(shared, 3);
    // The L's far corners stay out of the overlay.
    expect(handed).toBeGreaterThan(0);
    expect(handed).toBeLessThan(7 + 5);
  });
});
