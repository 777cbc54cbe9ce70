/**
 * A seeded random source (mulberry32): the same seed draws the same sequence on every engine and
 * machine, so a generated history, a benchmark or a 督查 sample can be drawn again and checked.
 * Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  int(min: number, maxInclusive: number): number {
    return Math.floor(this.between(min, maxInclusive + 1));
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** One entry, with probability proportional to its weight. */
  weighted<T>(list: readonly T[], weight: (t: T) => number): T {
    const total = list.reduce((s, t) => s + weight(t), 0);
    let r = this.next() * total;
    for (const t of list) {
      r -= weight(t);
      if (r < 0) return t;
    }
    return list[list.length - 1]!;
  }
}

/** Weighted picks over a fixed list, in O(log n) each: for choosing among thousands of grids a million times. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly items: readonly T[],
    weight: (t: T) => number,
  ) {
    let sum = 0;
    for (const t of items) this.cumulative.push((sum += weight(t)));
    if (items.length === 0 || sum <= 0) throw new Error('a weighted table needs positive weights');
  }

  pick(rng: SeededRandom): T {
    const r = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
