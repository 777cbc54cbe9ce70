import { SeededRandom } from '../random/seeded-random.ts';
// Rule: a 督查 sample takes ceil(rate × n) closed cases of each lead department, drawn from a stated seed.
import { describe, expect, it } from 'vitest';
import {
  AUDIT_SEED_MAX,
  deriveAuditSeed,
  hash32,
  sampleSizeOf,
  stratifiedSample,
  type SamplingCandidate,
} from './audit-sampling.ts';

const cases = (dept: string | null, n: number, prefix = dept ?? 'none'): SamplingCandidate[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${String(i).padStart(2, '0')}`,
    departmentId: dept,
  }));

describe('sampleSizeOf', () => {
  it.each([
    [7, 0.3, 3],
    [3, 0.3, 1],
    [10, 0.3, 3],
    [10, 0.1, 1],
    [1, 0.01, 1],
    [10, 1, 10],
    [20, 0.05, 1],
    [0, 0.5, 0],
    [5, 0, 0],
  ])('%i cases at rate %d → %i', (n, rate, k) => {
    expect(sampleSizeOf(n, rate)).toBe(k);
  });
});

describe('stratifiedSample', () => {
  const world = [...cases('hbj', 7), ...cases('cgzf', 3)];

  it('takes ceil(rate × n) of each department: 7 of hbj and 3 of cgzf at 0.3 → 3 and 1', () => {
    const s = stratifiedSample(world, 0.3, 12345);
    expect(s.map((g) => [g.departmentId, g.total, g.sampled.length])).toEqual([
      ['cgzf', 3, 1],
      ['hbj', 7, 3],
    ]);
    for (const g of s) for (const id of g.sampled) expect(id.startsWith(g.departmentId!)).toBe(true);
    expect(new Set(s[1]!.sampled).size).toBe(3);
  });

  it('draws the same cases from the same seed, whatever order the cases come in', () => {
    const a = stratifiedSample(world, 0.3, 777);
    const b = stratifiedSample([...world].reverse(), 0.3, 777);
    expect(b).toEqual(a);
  });

  it('draws other cases from other seeds', () => {
    const draws = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => stratifiedSample(world, 0.3, seed)[1]!.sampled.join()),
    );
    expect(draws.size).toBeGreaterThan(4);
  });

  it("keeps one department's draw when another department gains a case", () => {
    const before = stratifiedSample(world, 0.3, 99);
    const after = stratifiedSample([...world, ...cases('cgzf', 1, 'cgzf-new')], 0.3, 99);
    expect(after.find((g) => g.departmentId === 'hbj')).toEqual(before.find((g) => g.departmentId === 'hbj'));
  });

  it('puts cases closed without a department in their own stratum, last', () => {
    const s = stratifiedSample([...cases(null, 4), ...cases('hbj', 2)], 0.5, 1);
    expect(s.map((g) => [g.departmentId, g.sampled.length])).toEqual([
      ['hbj', 1],
      [null, 2],
    ]);
  });

  it('samples everything at rate 1 and nothing from no cases', () => {
    expect(
      stratifiedSample(world, 1, 5)
        .flatMap((g) => g.sampled)
        .sort(),
    ).toEqual(world.map((c) => c.id).sort());
    expect(stratifiedSample([], 0.5, 5)).toEqual([]);
  });

  it('gives every case of a stratum about the same chance (k/n) over many seeds', () => {
    const ten = cases('hbj', 10);
    const hits = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++)
      for (const id of stratifiedSample(ten, 0.3, seed)[0]!.sampled) hits.set(id, (hits.get(id) ?? 0) + 1);
    for (const c of ten) expect(hits.get(c.id)! / 4000).toBeGreaterThan(0.25); // 0.3 expected
    for (const c of ten) expect(hits.get(c.id)! / 4000).toBeLessThan(0.35);
  });
});

describe('seeds', () => {
  it('the random source repeats itself from a seed and stays in [0, 1)', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(new SeededRandom(43).next()).not.toBe(xs[0]);
  });

  it('hashes with FNV-1a (the empty string is the offset basis)', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
  });

  it('derives a stored seed from the period and the moment, within the column', () => {
    const s = deriveAuditSeed('2026-03-01', '2026-03-31', 1_000);
    expect(Number.isInteger(s) && s >= 0 && s < AUDIT_SEED_MAX).toBe(true);
    expect(deriveAuditSeed('2026-03-01', '2026-03-31', 1_000)).toBe(s);
    expect(deriveAuditSeed('2026-03-01', '2026-03-31', 1_001)).not.toBe(s);
  });
});
