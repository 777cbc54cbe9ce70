/**
 * Suspension (挂账): while a case is suspended its clock stops (docs/workflow.md). On `resume` the
 * deadline moves by the paused time measured on the limit's own basis: working time for
 * working-basis limits (a pause over a weekend moves nothing), clock time for natural ones.
 */
import { AppError } from '../errors.ts';
import {
  addWorkingMs,
  elapsedMs,
  workingTimeBetween,
  type DeadlineResult,
  type TimeBasis,
} from './durations.ts';
import type { WorkCalendar } from './work-calendar.ts';

/** A pause of the clock; `to: null` while it is still going on. */
export interface Pause {
  from: number;
  to: number | null;
}

function assertPause(fromMs: number, toMs: number): void {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) {
    throw new AppError('VALIDATION_FAILED', 'pause bounds must be finite epoch ms');
  }
  if (toMs < fromMs) throw new AppError('VALIDATION_FAILED', 'a pause cannot end before it starts');
}

/**
 * The deadline after a pause from `pausedFromMs` to `pausedToMs`: shifted by the paused time on
 * `basis`. A pause that began after the deadline (the step was already overdue) shifts it too,
 * so the overdue time stays frozen while paused.
 */
export function deadlineAfterPause(
  calendar: WorkCalendar,
  deadlineMs: number,
  pausedFromMs: number,
  pausedToMs: number,
  basis: TimeBasis,
): DeadlineResult {
  assertPause(pausedFromMs, pausedToMs);
  if (!Number.isFinite(deadlineMs))
    throw new AppError('VALIDATION_FAILED', 'deadline must be a finite epoch ms');
  if (basis === 'natural')
    return { deadlineMs: deadlineMs + (pausedToMs - pausedFromMs), usedFallback: false };
  const paused = workingTimeBetween(calendar, pausedFromMs, pausedToMs);
  const shifted = addWorkingMs(calendar, deadlineMs, paused.ms);
  return { deadlineMs: shifted.deadlineMs, usedFallback: paused.usedFallback || shifted.usedFallback };
}

/**
 * Pauses clipped to [fromMs, toMs] (an open pause runs until `toMs`), sorted and merged so that
 * overlapping pauses count once. Returned as [start, end] pairs with start < end.
 */
export function clipPauses(pauses: readonly Pause[], fromMs: number, toMs: number): [number, number][] {
  const clipped: [number, number][] = [];
  for (const p of pauses) {
    if (p.to !== null) assertPause(p.from, p.to);
    else if (!Number.isFinite(p.from)) throw new AppError('VALIDATION_FAILED', 'pause start must be finite');
    const start = Math.max(p.from, fromMs);
    const end = Math.min(p.to ?? toMs, toMs);
    if (end > start) clipped.push([start, end]);
  }
  clipped.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of clipped) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Paused time inside [fromMs, toMs] on `basis`, overlapping pauses counted once. */
export function pausedMs(
  calendar: WorkCalendar,
  fromMs: number,
  toMs: number,
  pauses: readonly Pause[],
  basis: TimeBasis,
): number {
  return clipPauses(pauses, fromMs, toMs).reduce(
    (sum, [start, end]) => sum + elapsedMs(calendar, start, end, basis),
    0,
  );
}

/**
 * Time elapsed from `startMs` to `nowMs` on `basis`, not counting pauses (an open pause, `to:
 * null`, is counted as running until `nowMs`).
 */
export function effectiveElapsed(
  calendar: WorkCalendar,
  startMs: number,
  nowMs: number,
  pauses: readonly Pause[],
  basis: TimeBasis,
): number {
  const total = elapsedMs(calendar, startMs, nowMs, basis);
  if (total === 0) return 0;
  return Math.max(0, total - pausedMs(calendar, startMs, nowMs, pauses, basis));
}
