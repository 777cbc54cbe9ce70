import { describe, expect, it } from 'vitest';
import { findSelfIntersection, orientation } from './ring-self-intersection.ts';

type P = [number, number];

/*
 * The reference answer, straight from the definition and independent of the sweep: a ring is
 * simple when no two edges share a point, except neighbouring edges at their common corner
 * (and then only that corner). Coordinates here are small integers, so this arithmetic is exact.
 */
const cross = (o: P, a: P, b: P) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const onSegment = (p: P, a: P, b: P) =>
  cross(a, b, p) === 0 &&
  Math.min(a[0], b[0]) <= p[0] &&
  p[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= p[1] &&
  p[1] <= Math.max(a[1], b[1]);
function segmentsMeet(a: P, b: P, c: P, d: P): boolean {
  const properly =
    Math.sign(cross(c, d, a)) * Math.sign(cross(c, d, b)) < 0 &&
    Math.sign(cross(a, b, c)) * Math.sign(cross(a, b, d)) < 0;
  return properly || onSegment(a, c, d) || onSegment(b, c, d) || onSegment(c, a, b) || onSegment(d, a, b);
}
function bruteForceSimple(corners: P[]): boolean {
  const n = corners.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b, c, d] = [corners[i]!, corners[(i + 1) % n]!, corners[j]!, corners[(j + 1) % n]!];
      const neighbours = j === i + 1 || (i === 0 && j === n - 1);
      if (!neighbours) {
        if (segmentsMeet(a, b, c, d)) return false;
        continue;
      }
      // Shared corner s, far ends u and w: they overlap when u and w lie the same way from s.
      const [s, u, w] = j === i + 1 ? [b, a, d] : [a, b, c];
      const sameWay = (u[0] - s[0]) * (w[0] - s[0]) + (u[1] - s[1]) * (w[1] - s[1]) > 0;
      if (cross(s, u, w) === 0 && sameWay) return false;
    }
  }
  return true;
}

/** Closes a list of corners into a GeoJSON ring. */
const closed = (corners: P[]): P[] => [...corners, corners[0]!];

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48_271) % 2_147_483_647) / 2_147_483_647;
}

/** Corners without consecutive repeats (cyclically), as an import would have them. */
function tidy(points: P[]): P[] {
  const out: P[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1])
    out.pop();
  return out;
}

describe('findSelfIntersection', () => {
  it('answers hand-made rings as their geometry says', () => {
    // Simple: a square, one with corners along straight edges, and a comb whose teeth all cross
    // the same vertical line.
    expect(
      findSelfIntersection(
        closed([
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
        ]),
      ),
    ).toBeNull();
    expect(
      findSelfIntersection(
        closed([
          [0, 0],
          [2, 0],
          [4, 0],
          [4, 2],
          [4, 4],
          [0, 4],
          [0, 2],
        ]),
      ),
    ).toBeNull();
    const comb: P[] = [
      [0, 0],
      [10, 0],
    ];
    for (let k = 0; k < 5; k++) comb.push([10, 2 * k + 1], [1, 2 * k + 1], [1, 2 * k + 2], [10, 2 * k + 2]);
    comb.push([0, 12]);
    expect(findSelfIntersection(closed(comb))).toBeNull();
    // Repeated positions are ignored, and the ring is read as closed.
    expect(
      findSelfIntersection([
        [0, 0],
        [4, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ]),
    ).toBeNull();
    expect(
      findSelfIntersection([
        [0, 0],
        [2, 2],
        [2, 2],
        [2, 0],
        [0, 2],
      ]),
    ).toEqual([1, 1]);

    // A bow-tie crosses at its middle.
    expect(
      findSelfIntersection(
        closed([
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
        ]),
      ),
    ).toEqual([1, 1]);
    // A figure eight through (2, 2): the corner is visited twice.
    const eight: P[] = [
      [0, 0],
      [2, 2],
      [4, 0],
      [4, 4],
      [2, 2],
      [0, 4],
    ];
    expect(findSelfIntersection(closed(eight))).toEqual([2, 2]);
    // The corner (2, 0) lies on the edge (0, 0)–(4, 0).
    const onEdge: P[] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [3, 4],
      [2, 0],
      [1, 4],
      [0, 4],
    ];
    expect(findSelfIntersection(closed(onEdge))).toEqual([2, 0]);
    // Two edges that are not neighbours lie on one another.
    const overlap: P[] = [
      [0, 0],
      [6, 0],
      [6, 2],
      [4, 2],
      [4, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ];
    expect(findSelfIntersection(closed(overlap))).not.toBeNull();
    // A spike: (0, 0) → (4, 0) → (2, 0) runs back along its own edge, and every edge overlaps a
    // neighbour somewhere on [0, 4] × {0}; no edge touches one that is not its neighbour.
    const spike = findSelfIntersection(
      closed([
        [0, 0],
        [4, 0],
        [2, 0],
      ]),
    );
    expect(spike).not.toBeNull();
    expect(spike![1]).toBe(0);
    expect(spike![0]).toBeGreaterThanOrEqual(0);
    expect(spike![0]).toBeLessThanOrEqual(4);

    // At the size limit: a circle of 10,000 positions, then with two neighbouring corners swapped.
    const corners: P[] = [];
    for (let k = 0; k < 9_999; k++) {
      const a = (2 * Math.PI * k) / 9_999;
      corners.push([116.4 + 0.004 * Math.cos(a), 39.9 + 0.004 * Math.sin(a)]);
    }
    expect(findSelfIntersection(closed(corners))).toBeNull();
    // Swapping neighbours of a convex ring crosses the diagonals of their quadrilateral.
    [corners[1_250], corners[1_251]] = [corners[1_251]!, corners[1_250]!];
    const hit = findSelfIntersection(closed(corners));
    expect(hit).not.toBeNull();
    const between = (v: number, a: number, b: number) => Math.min(a, b) <= v && v <= Math.max(a, b);
    expect(between(hit![0], corners[1_249]![0], corners[1_252]![0])).toBe(true);
    expect(between(hit![1], corners[1_249]![1], corners[1_252]![1])).toBe(true);
  });

  it('agrees with the brute-force answer on random rings, most of them self-intersecting', () => {
    const rand = random(7);
    let simple = 0;
    let crossing = 0;
    for (let t = 0; t < 20_000; t++) {
      const size = 2 + Math.floor(rand() * 6); // a small grid makes touching and overlap common
      const n = 3 + Math.floor(rand() * 9);
      const corners = tidy(
        Array.from({ length: n }, (): P => [Math.floor(rand() * size), Math.floor(rand() * size)]),
      );
      if (corners.length < 3) continue;
      const expected = bruteForceSimple(corners);
      if (expected) simple++;
      else crossing++;
      expect(findSelfIntersection(closed(corners)) === null, JSON.stringify(corners)).toBe(expected);
    }
    expect(simple).toBeGreaterThan(500);
    expect(crossing).toBeGreaterThan(5_000);
  });

  it('agrees with the brute-force answer on star-shaped rings, some made into bow-ties or pinched', () => {
    const rand = random(11);
    let simple = 0;
    for (let t = 0; t < 3_000; t++) {
      const n = 3 + Math.floor(rand() * 40);
      // Corners at increasing angles around a centre: simple unless rounding makes them collinear.
      const angles = Array.from({ length: n }, () => rand() * 2 * Math.PI).sort((a, b) => a - b);
      const corners: P[] = angles.map((a) => {
        const r = 1 + rand() * 20;
        return [Math.round(50 + r * Math.cos(a)), Math.round(50 + r * Math.sin(a))];
      });
      const i = Math.floor(rand() * n);
      const j = Math.floor(rand() * n);
      const change = rand();
      if (change < 0.3)
        [corners[i], corners[j]] = [corners[j]!, corners[i]!]; // often a bow-tie
      else if (change < 0.5) corners[i] = [...corners[j]!]; // a corner visited twice
      const ring = tidy(corners);
      if (ring.length < 3) continue;
      const expected = bruteForceSimple(ring);
      if (expected) simple++;
      expect(findSelfIntersection(closed(ring)) === null, JSON.stringify(ring)).toBe(expected);
    }
    expect(simple).toBeGreaterThan(500);
  });
});

describe('orientation', () => {
  it('is exact where the floating-point determinant is not', () => {
    // Points a few units in the last place from the line y = x, judged against (12, 12) → (24, 24):
    // left of it exactly when y > x.
    const ulp = 2 ** -53;
    let naiveWrong = 0;
    for (let i = 0; i < 64; i++) {
      for (let j = 0; j < 64; j++) {
        const [x, y] = [0.5 + i * ulp, 0.5 + j * ulp];
        expect(orientation(12, 12, 24, 24, x, y)).toBe(Math.sign(j - i));
        if (Math.sign((12 - x) * (24 - y) - (12 - y) * (24 - x)) !== Math.sign(j - i)) naiveWrong++;
      }
    }
    expect(naiveWrong).toBeGreaterThan(0); // the case the exact fallback is for
    expect(orientation(0, 0, 1, 0, 0, 1)).toBe(1);
    expect(orientation(0, 0, 1, 0, 0, -1)).toBe(-1);
    expect(orientation(116.4, 39.9, 116.41, 39.9, 116.405, 39.9)).toBe(0);
  });
});
