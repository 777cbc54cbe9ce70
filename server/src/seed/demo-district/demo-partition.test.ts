import { describe, it, expect } from 'vitest';
import { bisect, makeContiguous, rebalance, type Unit } from './demo-partition.ts';

/** A w×h block of units, row by row, with 4-neighbour adjacency. */
function block(w: number, h: number) {
  const units: Unit[] = [];
  for (let row = 0; row < h; row++) for (let col = 0; col < w; col++) units.push({ col, row });
  const adjacency = units.map(({ col, row }) =>
    units.flatMap((u, j) => (Math.abs(u.col - col) + Math.abs(u.row - row) === 1 ? [j] : [])),
  );
  return { units, adjacency, all: units.map((_, i) => i) };
}

describe('bisect', () => {
  it('splits into near-equal parts, west/north parts first', () => {
    const { units, all } = block(6, 4);
    const out = new Map<number, number>();
    bisect(units, all, [10, 11, 12], out);
    const sizes = [10, 11, 12].map((l) => [...out.values()].filter((v) => v === l).length);
    expect(sizes).toEqual([8, 8, 8]);
    expect(out.get(0)).toBe(10); // north-west corner goes to the first label
    expect(out.get(23)).toBe(12);
  });

  it('gives every label a unit when there are just enough', () => {
    const { units, all } = block(5, 1);
    const out = new Map<number, number>();
    bisect(units, all, [1, 2, 3, 4, 5], out);
    expect(new Set(out.values()).size).toBe(5);
  });
});

describe('makeContiguous', () => {
  it('moves stray pieces to the neighbour they touch most, keeping the largest piece', () => {
    const { adjacency } = block(4, 1);
    const labels = [0, 1, 0, 0]; // label 0 is split: [0] and [2, 3]
    makeContiguous(labels, adjacency);
    expect(labels).toEqual([1, 1, 0, 0]);
  });

  it('respects mayMoveTo', () => {
    const { adjacency } = block(3, 1);
    const labels = [0, 1, 0];
    makeContiguous(labels, adjacency, () => false);
    expect(labels).toEqual([0, 1, 0]);
  });
});

describe('rebalance', () => {
  it('lets a short label take border units from a neighbour with spare ones', () => {
    const { adjacency } = block(6, 1);
    const labelOf = [0, 0, 0, 0, 0, 1];
    const unitsOf = [[0, 1, 2, 3, 4], [5]];
    expect(rebalance(labelOf, unitsOf, [1, 3], adjacency)).toBeNull();
    expect(labelOf).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('reports a label it cannot satisfy', () => {
    const { adjacency } = block(2, 1);
    expect(rebalance([0, 1], [[0], [1]], [1, 2], adjacency)).toBe(1);
  });
});
