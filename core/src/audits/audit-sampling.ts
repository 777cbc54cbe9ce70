/**
 * 督查 sampling (docs/audits.md): a period's closed cases, grouped by the department that led them
 * to closure, and from each group `ceil(rate × n)` cases picked by a seeded random source. The same
 * seed and the same cases give the same sample, whatever order the cases come in, so anyone can
 * re-draw a run and see that nobody chose the cases by hand.
 */
import { SeededRandom } from '../random/seeded-random.ts';

/** FNV-1a over a string: a 32-bit unsigned hash, the same in every engine. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The largest seed a run stores (a signed 32-bit integer column). */
export const AUDIT_SEED_MAX = 2147483647;

/** A seed when the auditor gives none: derived from the period and the moment the run is made. */
export function deriveAuditSeed(from: string, to: string, now: number): number {
  return hash32(`${from}|${to}|${now}`) % AUDIT_SEED_MAX;
}

/**
 * How many of `n` cases a rate samples: `ceil(rate × n)`, at most n. The product is rounded to 9
 * decimals first, so 0.3 × 10 is 3 and not 4 (floating point says 3.0000000000000004).
 */
export function sampleSizeOf(n: number, rate: number): number {
  if (n <= 0 || rate <= 0) return 0;
  return Math.min(n, Math.ceil(Math.round(rate * n * 1e9) / 1e9));
}

export interface SamplingCandidate {
  id: string;
  /** The stratum: the lead department at closure; null for cases closed without one (resolved on site). */
  departmentId: string | null;
}

export interface Stratum {
  departmentId: string | null;
  /** Closed cases of the period in this stratum. */
  total: number;
  /** The sampled case ids, in the order they were drawn. */
  sampled: string[];
}

/**
 * The stratified sample. Each stratum is sorted by case id and drawn with its own random source,
 * seeded from the run's seed and the department id (a partial Fisher–Yates shuffle): a case added
 * to one department does not change another department's draw.
 */
export function stratifiedSample(
  candidates: readonly SamplingCandidate[],
  rate: number,
  seed: number,
): Stratum[] {
  const groups = new Map<string | null, string[]>();
  for (const c of candidates) {
    const ids = groups.get(c.departmentId) ?? [];
    ids.push(c.id);
    groups.set(c.departmentId, ids);
  }
  const keys = [...groups.keys()].sort(compareDepartments);
  return keys.map((departmentId) => {
    const ids = [...new Set(groups.get(departmentId)!)].sort(compareText);
    const k = sampleSizeOf(ids.length, rate);
    const rng = new SeededRandom((seed ^ hash32(departmentId ?? '')) >>> 0);
    for (let i = 0; i < k; i++) {
      const j = i + rng.below(ids.length - i);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    return { departmentId, total: ids.length, sampled: ids.slice(0, k) };
  });
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Departments by id, the cases without a department last. */
function compareDepartments(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}
