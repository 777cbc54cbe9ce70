/**
 * A patrol's GPS track (docs/patrols-and-coverage.md): which fixes are trusted, how far the
 * trusted track went and which grids it entered. Pure: the service loads the stored fixes, adds a
 * batch and calls {@link evaluateTrack} on the whole track, in time order, every time, so points
 * that arrive late or out of order are judged exactly as if they had come in order.
 */
import { distanceM } from '../workflow/duplicate-rule.ts';

/** Faster than this between two fixes (144 km/h) is a GPS jump or a forged fix, not a patrol. */
export const MAX_PATROL_SPEED_MPS = 40;

/**
 * After a jump, this many consecutive fixes that agree with each other (each reachable from the
 * one before at a plausible speed) re-anchor the track: the first fix of a patrol may itself be
 * the bad one, and one bad fix must not make the rest of the walk untrusted. The jump itself
 * never adds distance, and the trusted fixes before it, if fewer than the run, become flagged:
 * they were the stray ones.
 */
export const TRACK_RESYNC_FIXES = 3;

/** Most points one batch may carry. */
export const MAX_POINTS_PER_BATCH = 500;

/** A fix may be this far ahead of the server's clock (phone clocks drift). */
export const FUTURE_TOLERANCE_MS = 2 * 60_000;

export interface TrackFix {
  at: number;
  lng: number;
  lat: number;
}

export interface JudgedFix extends TrackFix {
  /** The grid the fix lies in, whether trusted or not (null: outside every grid). */
  gridCode: string | null;
  /** An implausible jump: stored and shown, but not used for visits or distance. */
  flagged: boolean;
}

export interface TrackSummary {
  fixes: JudgedFix[];
  distanceM: number;
  flaggedCount: number;
  /** Grids entered by trusted fixes, with the time of the first such fix, in order of entry. */
  grids: { code: string; firstAt: number }[];
}

const speedMps = (a: TrackFix, b: TrackFix): number => {
  const dt = Math.abs(b.at - a.at) / 1000;
  const d = distanceM(a, b);
  // Two fixes at the same millisecond cannot happen (a repeat is dropped); guard anyway.
  return dt === 0 ? (d === 0 ? 0 : Infinity) : d / dt;
};

/**
 * Orders fixes by time and keeps the first of several with the same `at` (a repeat: the stored
 * one wins, as the database's `on conflict do nothing` does).
 */
export function mergeFixes(stored: readonly TrackFix[], batch: readonly TrackFix[]): TrackFix[] {
  const byAt = new Map<number, TrackFix>();
  for (const f of [...stored, ...batch]) if (!byAt.has(f.at)) byAt.set(f.at, f);
  return [...byAt.values()].sort((a, b) => a.at - b.at);
}

/**
 * Judges a whole track. Each fix is compared with the last trusted fix: if reaching it needs more
 * than {@link MAX_PATROL_SPEED_MPS}, it is flagged. A run of {@link TRACK_RESYNC_FIXES} flagged
 * fixes that agree with each other becomes trusted from its first fix on (re-anchoring).
 */
export function evaluateTrack(
  fixes: readonly TrackFix[],
  locate: (lng: number, lat: number) => string | null,
  maxSpeedMps = MAX_PATROL_SPEED_MPS,
): TrackSummary {
  const sorted = mergeFixes(fixes, []);
  const flagged = sorted.map(() => false);
  let anchor = -1;
  let run: number[] = [];
  // Where a re-anchored run starts: the jump into it is not walked distance.
  const resyncs = new Set<number>();
  // The trusted fixes since the track started or last re-anchored.
  let chain: number[] = [];
  sorted.forEach((f, i) => {
    if (anchor < 0 || speedMps(sorted[anchor]!, f) <= maxSpeedMps) {
      anchor = i;
      chain.push(i);
      run = [];
      return;
    }
    flagged[i] = true;
    const last = run[run.length - 1];
    run = last !== undefined && speedMps(sorted[last]!, f) <= maxSpeedMps ? [...run, i] : [i];
    if (run.length >= TRACK_RESYNC_FIXES) {
      // A chain shorter than the run that replaces it was the stray one (a bad first fix).
      if (chain.length < run.length) for (const j of chain) flagged[j] = true;
      for (const j of run) flagged[j] = false;
      anchor = i;
      resyncs.add(run[0]!);
      chain = run;
      run = [];
    }
  });

  const judged: JudgedFix[] = sorted.map((f, i) => ({
    ...f,
    gridCode: locate(f.lng, f.lat),
    flagged: flagged[i]!,
  }));
  let distance = 0;
  let prev: JudgedFix | null = null;
  const grids = new Map<string, number>();
  judged.forEach((f, i) => {
    if (f.flagged) return;
    if (prev && !resyncs.has(i)) distance += distanceM(prev, f);
    prev = f;
    if (f.gridCode !== null && !grids.has(f.gridCode)) grids.set(f.gridCode, f.at);
  });
  return {
    fixes: judged,
    distanceM: distance,
    flaggedCount: flagged.filter(Boolean).length,
    grids: [...grids].map(([code, firstAt]) => ({ code, firstAt })),
  };
}

export interface FixProblem {
  index: number;
  field: 'at';
  message: string;
}

/**
 * What is wrong with a batch that the request schema cannot know: fixes in the future (beyond
 * {@link FUTURE_TOLERANCE_MS}) or before the patrol started. Ranges and types are the schema's.
 */
export function batchProblems(batch: readonly TrackFix[], startedAt: number, now: number): FixProblem[] {
  const out: FixProblem[] = [];
  batch.forEach((f, index) => {
    if (f.at > now + FUTURE_TOLERANCE_MS) out.push({ index, field: 'at', message: 'is in the future' });
    else if (f.at < startedAt) out.push({ index, field: 'at', message: 'is before the patrol started' });
  });
  return out;
}
