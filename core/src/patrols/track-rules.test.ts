import { describe, expect, it } from 'vitest';
import {
  batchProblems,
  evaluateTrack,
  FUTURE_TOLERANCE_MS,
  MAX_PATROL_SPEED_MPS,
  mergeFixes,
  type TrackFix,
} from './track-rules.ts';

// On the equator one degree of longitude is 2π·6 371 008.8 m / 360 = 111 195.08 m, so a step of
// 0.0003° is 33.36 m: 1.11 m/s at a fix every 30 s, a walk. 0.1° in 30 s is 370 m/s, a jump.
const STEP_M = 33.3585;
const T0 = 1_000_000;

/** Three grids side by side: A for lng < 0.001, B for 0.001 ≤ lng < 0.002, C from 0.002 on. */
const locate = (lng: number): string | null => (lng < 0 ? null : lng < 0.001 ? 'A' : lng < 0.002 ? 'B' : 'C');
const walk = (n: number, from = 0, t = T0): TrackFix[] =>
  Array.from({ length: n }, (_, i) => ({ at: t + i * 30_000, lng: from + i * 0.0003, lat: 0 }));

describe('evaluateTrack', () => {
  it('trusts a walk, measures it and lists the grids it entered in order', () => {
    // lng 0, .0003, .0006, .0009 (A), .0012, .0015, .0018 (B), .0021 (C)
    const r = evaluateTrack(walk(8), locate);
    expect(r.fixes.map((f) => f.flagged)).toEqual(Array(8).fill(false));
    expect(r.flaggedCount).toBe(0);
    expect(r.distanceM).toBeCloseTo(7 * STEP_M, 1);
    expect(r.grids).toEqual([
      { code: 'A', firstAt: T0 },
      { code: 'B', firstAt: T0 + 4 * 30_000 },
      { code: 'C', firstAt: T0 + 7 * 30_000 },
    ]);
    expect(r.fixes.map((f) => f.gridCode)).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'C']);
  });

  it('flags a single jump, keeps it out of visits and distance, and trusts the walk after it', () => {
    const track = walk(4);
    // The third fix leaps 0.1° east (into C) and back: 370 m/s.
    track[2] = { ...track[2]!, lng: 0.1006 };
    const r = evaluateTrack(track, locate);
    expect(r.fixes.map((f) => f.flagged)).toEqual([false, false, true, false]);
    expect(r.flaggedCount).toBe(1);
    expect(r.grids.map((g) => g.code)).toEqual(['A']);
    // 0 → .0003 → .0009: one step and then two steps' length from the last trusted fix.
    expect(r.distanceM).toBeCloseTo(3 * STEP_M, 1);
  });

  it('flags at the limit: exactly 40 m/s passes, faster does not', () => {
    const metresPerDegree = 111_195.08023353292;
    const atLimit = (MAX_PATROL_SPEED_MPS * 10) / metresPerDegree;
    const ok = evaluateTrack(
      [
        { at: 0, lng: 0, lat: 0 },
        { at: 10_000, lng: atLimit * 0.999, lat: 0 },
      ],
      locate,
    );
    expect(ok.flaggedCount).toBe(0);
    const fast = evaluateTrack(
      [
        { at: 0, lng: 0, lat: 0 },
        { at: 10_000, lng: atLimit * 1.01, lat: 0 },
      ],
      locate,
    );
    expect(fast.fixes.map((f) => f.flagged)).toEqual([false, true]);
  });

  it('re-anchors after three agreeing fixes, and drops a stray first fix', () => {
    // A bad first fix in C, then the real walk in A: the walk agrees with itself.
    const track = [{ at: T0 - 30_000, lng: 0.05, lat: 0 }, ...walk(4)];
    const r = evaluateTrack(track, locate);
    expect(r.fixes.map((f) => f.flagged)).toEqual([true, false, false, false, false]);
    expect(r.grids.map((g) => g.code)).toEqual(['A']);
    expect(r.distanceM).toBeCloseTo(3 * STEP_M, 1);
  });

  it('judges late and repeated fixes as if they had come in order', () => {
    const track = walk(8);
    const shuffled = [track[5]!, track[0]!, track[7]!, track[2]!, track[1]!, track[6]!, track[4]!, track[3]!];
    const repeatWithOtherPlace = { ...track[3]!, lng: 0.5 };
    expect(evaluateTrack([...shuffled, repeatWithOtherPlace], locate)).toEqual(evaluateTrack(track, locate));
  });
});

describe('mergeFixes', () => {
  it('keeps the stored fix of a repeated instant and orders by time', () => {
    const stored = [{ at: 2, lng: 1, lat: 1 }];
    const batch = [
      { at: 3, lng: 3, lat: 3 },
      { at: 2, lng: 9, lat: 9 },
      { at: 1, lng: 0, lat: 0 },
    ];
    expect(mergeFixes(stored, batch)).toEqual([
      { at: 1, lng: 0, lat: 0 },
      { at: 2, lng: 1, lat: 1 },
      { at: 3, lng: 3, lat: 3 },
    ]);
  });
});

describe('batchProblems', () => {
  it('names the fixes in the future (beyond the tolerance) or before the start', () => {
    const now = 10_000_000;
    const start = 5_000_000;
    const batch = [
      { at: start, lng: 0, lat: 0 },
      { at: now + FUTURE_TOLERANCE_MS, lng: 0, lat: 0 },
      { at: now + FUTURE_TOLERANCE_MS + 1, lng: 0, lat: 0 },
      { at: start - 1, lng: 0, lat: 0 },
    ];
    expect(batchProblems(batch, start, now)).toEqual([
      { index: 2, field: 'at', message: 'is in the future' },
      { index: 3, field: 'at', message: 'is before the patrol started' },
    ]);
  });
});
