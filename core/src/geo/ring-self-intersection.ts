/**
 * Where a closed ring touches or crosses itself, in O(n log n): a Shamos–Hoey sweep. Imports
 * check every ring, so the old pairwise test (quadratic) let one file stall the server.
 *
 * A ring is simple when edges that are not neighbours share no point and neighbours share only
 * their common corner. So a bow-tie, a corner lying on another edge, a corner visited twice and a
 * spike that doubles back along its own edge are all self-intersections. Orientation tests are
 * exact (see {@link orientation}), so a corner exactly on an edge is never missed or invented.
 */
import type { Position } from 'geojson';

/**
 * A point where the ring meets itself, or null when it is simple. The ring is read as closed
 * (the last position may repeat the first); consecutive repeated positions are ignored.
 */
export function findSelfIntersection(ring: readonly Position[]): [number, number] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of ring) {
    const x = p[0]!;
    const y = p[1]!;
    const k = xs.length - 1;
    if (k < 0 || xs[k] !== x || ys[k] !== y) {
      xs.push(x);
      ys.push(y);
    }
  }
  if (xs.length > 1 && xs[0] === xs[xs.length - 1] && ys[0] === ys[ys.length - 1]) {
    xs.pop();
    ys.pop();
  }
  const n = xs.length;
  if (n < 3) return null; // nothing to cross; ring size is checked elsewhere
  return new Sweep(xs, ys).run();
}

/** Edge i runs from vertex i to vertex (i + 1) mod n. */
class Sweep {
  private readonly n: number;
  /** Per edge: its lexicographically smaller and larger vertex. */
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  /** Edges crossing the sweep line, bottom to top. */
  private readonly status: number[] = [];

  constructor(
    private readonly xs: readonly number[],
    private readonly ys: readonly number[],
  ) {
    this.n = xs.length;
    this.left = new Int32Array(this.n);
    this.right = new Int32Array(this.n);
    for (let e = 0; e < this.n; e++) {
      const a = e;
      const b = (e + 1) % this.n;
      const aFirst = this.before(a, b);
      this.left[e] = aFirst ? a : b;
      this.right[e] = aFirst ? b : a;
    }
  }

  run(): [number, number] | null {
    const { n, xs, ys } = this;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      xs[a] !== xs[b] ? xs[a]! - xs[b]! : ys[a]! - ys[b]!,
    );
    // A corner visited twice: the sweep below assumes every vertex ends exactly two edges.
    for (let k = 1; k < n; k++) {
      const [a, b] = [order[k - 1]!, order[k]!];
      if (xs[a] === xs[b] && ys[a] === ys[b]) return this.point(a);
    }
    // Neighbouring edges may only meet at their corner; a spike doubles back along its edge.
    for (let v = 0; v < n; v++) {
      const u = (v + n - 1) % n;
      const w = (v + 1) % n;
      if (this.orient(u, v, w) !== 0) continue;
      const dot = (xs[u]! - xs[v]!) * (xs[w]! - xs[v]!) + (ys[u]! - ys[v]!) * (ys[w]! - ys[v]!);
      if (dot > 0) return this.point(v);
    }
    for (const v of order) {
      const edges = [(v + n - 1) % n, v];
      for (const e of edges) {
        if (this.right[e] !== v) continue;
        const hit = this.remove(e);
        if (hit) return hit;
      }
      for (const e of edges) {
        if (this.left[e] !== v) continue;
        const hit = this.insert(e);
        if (hit) return hit;
      }
    }
    return null;
  }

  private insert(e: number): [number, number] | null {
    const { status } = this;
    let lo = 0;
    let hi = status.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const side = this.sideAtLeft(e, status[mid]!);
      if (side === 0) return this.point(this.left[e]!);
      if (side > 0) lo = mid + 1;
      else hi = mid;
    }
    status.splice(lo, 0, e);
    return this.check(e, status[lo - 1]) ?? this.check(e, status[lo + 1]);
  }

  private remove(e: number): [number, number] | null {
    const { status } = this;
    let lo = 0;
    let hi = status.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = status[mid]!;
      if (t === e) {
        lo = mid;
        break;
      }
      if (this.compare(e, t) > 0) lo = mid + 1;
      else hi = mid;
    }
    // Ties can only come from touching edges, which are reported before they could mislead us.
    const at = status[lo] === e ? lo : status.indexOf(e);
    status.splice(at, 1);
    return at > 0 && at < status.length ? this.check(status[at - 1]!, status[at]) : null;
  }

  /** Is edge e (being inserted at its left vertex) above (> 0) or below (< 0) edge t; 0 if it starts on t. */
  private sideAtLeft(e: number, t: number): number {
    const start = this.left[e]!;
    const o = this.orient(this.left[t]!, this.right[t]!, start);
    if (o !== 0) return o;
    // Both start at this corner: order them by where they go.
    if (this.left[t] === start) return this.orient(this.left[t]!, this.right[t]!, this.right[e]!);
    return 0;
  }

  /** Order of two edges on the sweep line (> 0: e above t), judged where the later one starts. */
  private compare(e: number, t: number): number {
    if (this.before(this.left[e]!, this.left[t]!)) return -this.compare(t, e);
    const o = this.orient(this.left[t]!, this.right[t]!, this.left[e]!);
    return o !== 0 ? o : this.orient(this.left[t]!, this.right[t]!, this.right[e]!);
  }

  /** Where two edges meet, unless they are neighbours (whose shared corner is allowed). */
  private check(e: number, t: number | undefined): [number, number] | null {
    if (t === undefined) return null;
    const n = this.n;
    if ((e + 1) % n === t || (t + 1) % n === e) return null;
    const [p1, p2, q1, q2] = [this.left[e]!, this.right[e]!, this.left[t]!, this.right[t]!];
    const d1 = this.orient(q1, q2, p1);
    const d2 = this.orient(q1, q2, p2);
    const d3 = this.orient(p1, p2, q1);
    const d4 = this.orient(p1, p2, q2);
    if (d1 * d2 < 0 && d3 * d4 < 0) return this.crossing(p1, p2, q1, q2);
    if (d1 === 0 && this.within(p1, q1, q2)) return this.point(p1);
    if (d2 === 0 && this.within(p2, q1, q2)) return this.point(p2);
    if (d3 === 0 && this.within(q1, p1, p2)) return this.point(q1);
    if (d4 === 0 && this.within(q2, p1, p2)) return this.point(q2);
    return null;
  }

  /** Is vertex p (collinear with a–b) between them? */
  private within(p: number, a: number, b: number): boolean {
    const { xs, ys } = this;
    return (
      Math.min(xs[a]!, xs[b]!) <= xs[p]! &&
      xs[p]! <= Math.max(xs[a]!, xs[b]!) &&
      Math.min(ys[a]!, ys[b]!) <= ys[p]! &&
      ys[p]! <= Math.max(ys[a]!, ys[b]!)
    );
  }

  /** Approximate crossing point of two properly crossing edges, for the message. */
  private crossing(p1: number, p2: number, q1: number, q2: number): [number, number] {
    const { xs, ys } = this;
    const [ax, ay, bx, by] = [xs[p1]!, ys[p1]!, xs[p2]!, ys[p2]!];
    const [cx, cy, dx, dy] = [xs[q1]!, ys[q1]!, xs[q2]!, ys[q2]!];
    const den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
    const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
    return [ax + t * (bx - ax), ay + t * (by - ay)];
  }

  /** Lexicographic order of vertices: x, then y. */
  private before(a: number, b: number): boolean {
    const { xs, ys } = this;
    return xs[a]! < xs[b]! || (xs[a] === xs[b] && ys[a]! < ys[b]!);
  }

  private orient(a: number, b: number, c: number): number {
    const { xs, ys } = this;
    return orientation(xs[a]!, ys[a]!, xs[b]!, ys[b]!, xs[c]!, ys[c]!);
  }

  private point(v: number): [number, number] {
    return [this.xs[v]!, this.ys[v]!];
  }
}

const EPSILON = 2 ** -53;
/** Shewchuk's error bound for the floating-point orientation determinant. */
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;

/**
 * Sign of the turn a → b → c: 1 left (counter-clockwise), −1 right, 0 collinear. Exact: the
 * floating-point determinant decides when it is clear of its rounding error (Shewchuk's filter),
 * otherwise exact integer arithmetic on the doubles' binary values does.
 */
export function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const detLeft = (ax - cx) * (by - cy);
  const detRight = (ay - cy) * (bx - cx);
  const det = detLeft - detRight;
  let detSum: number;
  if (detLeft > 0) {
    if (detRight <= 0) return signOf(det);
    detSum = detLeft + detRight;
  } else if (detLeft < 0) {
    if (detRight >= 0) return signOf(det);
    detSum = -detLeft - detRight;
  } else {
    return signOf(det);
  }
  if (Math.abs(det) >= ERROR_BOUND * detSum) return signOf(det);
  return exactOrientation([ax, ay, bx, by, cx, cy]);
}

/** −1, 0 or 1 (never −0). */
const signOf = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** Every finite double is m·2^e with integer m: scale all six to one exponent and compute exactly. */
function exactOrientation(values: readonly number[]): number {
  const parts = values.map((x) => {
    f64[0] = x;
    const bits = u64[0]!;
    const biased = Number((bits >> 52n) & 0x7ffn);
    const fraction = bits & 0xfffffffffffffn;
    const m = biased === 0 ? fraction : fraction | 0x10000000000000n;
    return { m: bits >> 63n ? -m : m, e: biased === 0 ? -1074 : biased - 1075 };
  });
  const minE = Math.min(...parts.map((p) => p.e));
  const [ax, ay, bx, by, cx, cy] = parts.map((p) => p.m << BigInt(p.e - minE)) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  const det = (ax - cx) * (by - cy) - (ay - cy) * (bx - cx);
  return det > 0n ? 1 : det < 0n ? -1 : 0;
}
