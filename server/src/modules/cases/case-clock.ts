import {
  addDuration,
  deadlineAfterPause,
  limitFor,
  timedStepOf,
  trafficLight,
  type CaseStatus,
  type CaseUrgency,
  type Duration,
  type TrafficLightColor,
} from '@envgrid/core';
import type { WorkSettings } from '../settings/work-settings.service.ts';
import type { CaseRecord } from './case.repository.ts';

export interface StepClock {
  step: string | null;
  stepStartedAt: number | null;
  stepDeadlineAt: number | null;
  stepBasis: 'natural' | 'working' | null;
}

/** Opens the timed step of `status` at `now`: its limit by item and urgency, on the calendar. */
export function openStep(
  settings: WorkSettings,
  status: CaseStatus,
  c: { itemCode: string; urgency: string },
  now: number,
): StepClock & { usedFallback: boolean } {
  const step = timedStepOf(status);
  if (!step)
    return { step: null, stepStartedAt: null, stepDeadlineAt: null, stepBasis: null, usedFallback: false };
  const limit = limitFor(settings.limits, step, {
    itemCode: c.itemCode,
    urgency: c.urgency as CaseUrgency,
    workingMinutesPerDay: settings.calendar.workingMinutesPerDay,
  });
  const { deadlineMs, usedFallback } = addDuration(settings.calendar, now, limit);
  return { step, stepStartedAt: now, stepDeadlineAt: deadlineMs, stepBasis: limit.basis, usedFallback };
}

/** An approved extension: the deadline moves by the granted time on the step's own basis. */
export function extendDeadline(
  settings: WorkSettings,
  c: CaseRecord,
  extra: { amount: number; unit: Duration['unit']; basis?: Duration['basis'] },
): number {
  const basis = extra.basis ?? c.stepBasis ?? 'working';
  return addDuration(settings.calendar, c.stepDeadlineAt!, { amount: extra.amount, unit: extra.unit, basis })
    .deadlineMs;
}

/** Resume after a suspension: the deadline shifts by the paused time, so the clock really stopped. */
export function resumeDeadline(settings: WorkSettings, c: CaseRecord, now: number): number {
  return deadlineAfterPause(settings.calendar, c.stepDeadlineAt!, c.pausedAt!, now, c.stepBasis ?? 'working')
    .deadlineMs;
}

export interface CaseTiming {
  light: TrafficLightColor | null;
  overdue: boolean;
  remainingMs: number | null;
  /** The working-time calendar did not know a date involved; the weekday rule was used. */
  calendarFallback: boolean;
}

/** Traffic light and overdue, derived from the clock every time: never stored, so it never drifts. */
export function caseTiming(settings: WorkSettings, c: CaseRecord, now: number): CaseTiming {
  if (c.stepStartedAt === null || c.stepDeadlineAt === null)
    return { light: null, overdue: false, remainingMs: null, calendarFallback: false };
  const t = trafficLight({
    startMs: c.stepStartedAt,
    deadlineMs: c.stepDeadlineAt,
    nowMs: now,
    basis: c.stepBasis ?? 'working',
    calendar: settings.calendar,
    pauses: c.pausedAt !== null ? [{ from: c.pausedAt, to: null }] : [],
  });
  return { light: t.light, overdue: t.overdue, remainingMs: t.remainingMs, calendarFallback: t.usedFallback };
}
