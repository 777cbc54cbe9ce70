/**
 * The traffic light of an open step (docs/workflow.md): green below 80 % of the limit, yellow from 80 %
 * up to and including 100 % (the deadline instant itself is yellow), red beyond. Overdue is
 * derived from the clock on every call, never stored.
 *
 * The limit and the elapsed time are measured on the limit's basis (working or natural), so a
 * working-hours step does not turn red over a weekend.
 *
 * Pauses: a closed pause (`to` set) is assumed to be already applied to `deadlineMs` (resume
 * moved the deadline with `deadlineAfterPause`), so it is left out of both the limit and the
 * elapsed time. An open pause (`to: null`, the case is suspended now) stops the clock: elapsed
 * time is frozen at the pause start and the step cannot become overdue while it lasts.
 */
import { AppError } from '../errors.ts';
import { workingTimeBetween, type TimeBasis } from './durations.ts';
import { pausedMs, type Pause } from './pauses.ts';
import type { WorkCalendar } from './work-calendar.ts';

export type TrafficLightColor = 'green' | 'yellow' | 'red';

/** Share of the limit at which a step turns yellow. */
export const YELLOW_FRACTION = 0.8;

export interface TrafficLightInput {
  startMs: number;
  deadlineMs: number;
  nowMs: number;
  basis: TimeBasis;
  calendar: WorkCalendar;
  pauses?: readonly Pause[];
}

export interface TrafficLightResult {
  light: TrafficLightColor;
  /** Elapsed / limit on the limit's basis (0 before the start; may exceed 1). */
  fraction: number;
  /** Strictly past the deadline (or, while suspended, already past it when the pause began). */
  overdue: boolean;
  /** Limit minus elapsed on the limit's basis; negative once more than the limit has elapsed. */
  remainingMs: number;
  /** The limit on its basis: working ms for working limits, clock ms for natural ones. */
  limitMs: number;
  elapsedMs: number;
  /** An open pause is in effect. */
  paused: boolean;
  /** Working time was measured across dates outside the calendar's known range. */
  usedFallback: boolean;
}

function spanOnBasis(calendar: WorkCalendar, fromMs: number, toMs: number, basis: TimeBasis) {
  if (basis === 'natural') return { ms: Math.max(0, toMs - fromMs), usedFallback: false };
  return workingTimeBetween(calendar, fromMs, toMs);
}

export function trafficLight(input: TrafficLightInput): TrafficLightResult {
  const { startMs, deadlineMs, nowMs, basis, calendar } = input;
  for (const [name, v] of [
    ['startMs', startMs],
    ['deadlineMs', deadlineMs],
    ['nowMs', nowMs],
  ] as const) {
    if (!Number.isFinite(v)) throw new AppError('VALIDATION_FAILED', `${name} must be a finite epoch ms`);
  }
  if (deadlineMs < startMs) throw new AppError('VALIDATION_FAILED', 'deadline is before the start');
  const pauses = input.pauses ?? [];
  const closed = pauses.filter((p) => p.to !== null);
  const open = pauses.filter((p) => p.to === null && p.from <= nowMs);
  const paused = open.length > 0;
  // While suspended the clock stops at the earliest open pause.
  const clockMs = paused ? Math.max(startMs, Math.min(nowMs, ...open.map((p) => p.from))) : nowMs;

  const limitSpan = spanOnBasis(calendar, startMs, deadlineMs, basis);
  const limitMs = Math.max(0, limitSpan.ms - pausedMs(calendar, startMs, deadlineMs, closed, basis));
  const elapsedSpan = spanOnBasis(calendar, startMs, clockMs, basis);
  const elapsed = Math.max(0, elapsedSpan.ms - pausedMs(calendar, startMs, clockMs, closed, basis));

  // Integer comparisons so that exactly 80 % and exactly 100 % are not at the mercy of rounding.
  const overLimit = elapsed > limitMs;
  const overdue = overLimit || (!paused && nowMs > deadlineMs);
  const light: TrafficLightColor = overdue ? 'red' : elapsed * 5 >= limitMs * 4 ? 'yellow' : 'green';
  const fraction = limitMs > 0 ? elapsed / limitMs : nowMs >= deadlineMs ? 1 : 0;
  return {
    light,
    fraction,
    overdue,
    remainingMs: limitMs - elapsed,
    limitMs,
    elapsedMs: elapsed,
    paused,
    usedFallback: limitSpan.usedFallback || elapsedSpan.usedFallback,
  };
}
