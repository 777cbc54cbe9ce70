import { addDuration, type Duration } from '../time/durations.ts';
import { deadlineAfterPause } from '../time/pauses.ts';
import { limitFor, type TimeLimitTable } from '../time/time-limits.ts';
import { trafficLight, type TrafficLightColor } from '../time/traffic-light.ts';
import type { WorkCalendar } from '../time/work-calendar.ts';
import type { CaseRecord } from './case-record.ts';
import { timedStepOf, type CaseStatus, type CaseUrgency, type WorkflowStep } from './case-states.ts';

/** What the clock of a case needs: the step table (with the items' own limits) and the calendar. */
export interface ClockSettings {
  limits: TimeLimitTable;
  calendar: WorkCalendar;
}

export interface StepClock {
  step: WorkflowStep | null;
  stepStartedAt: number | null;
  stepDeadlineAt: number | null;
  stepBasis: 'natural' | 'working' | null;
}

/** Opens the timed step of `status` at `now`: its limit by item and urgency, on the calendar. */
export function openStep(
  settings: ClockSettings,
  status: CaseStatus,
  c: { itemCode: string; urgency: CaseUrgency },
  now: number,
): StepClock & { usedFallback: boolean } {
  const step = timedStepOf(status);
  if (!step)
    return { step: null, stepStartedAt: null, stepDeadlineAt: null, stepBasis: null, usedFallback: false };
  const limit = limitFor(settings.limits, step, {
    itemCode: c.itemCode,
    urgency: c.urgency,
    workingMinutesPerDay: settings.calendar.workingMinutesPerDay,
  });
  const { deadlineMs, usedFallback } = addDuration(settings.calendar, now, limit);
  return { step, stepStartedAt: now, stepDeadlineAt: deadlineMs, stepBasis: limit.basis, usedFallback };
}

/** An approved extension: the deadline moves by the granted time on the step's own basis. */
export function extendDeadline(
  settings: ClockSettings,
  c: Pick<CaseRecord, 'stepDeadlineAt' | 'stepBasis'>,
  extra: { amount: number; unit: Duration['unit']; basis?: Duration['basis'] },
): number {
  const basis = extra.basis ?? c.stepBasis ?? 'working';
  return addDuration(settings.calendar, c.stepDeadlineAt!, { amount: extra.amount, unit: extra.unit, basis })
    .deadlineMs;
}

/** Resume after a suspension: the deadline shifts by the paused time, so the clock really stopped. */
export function resumeDeadline(
  settings: ClockSettings,
  c: Pick<CaseRecord, 'stepDeadlineAt' | 'stepBasis' | 'pausedAt'>,
  now: number,
): number {
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
export function caseTiming(
  settings: ClockSettings,
  c: Pick<CaseRecord, 'stepStartedAt' | 'stepDeadlineAt' | 'stepBasis' | 'pausedAt'>,
  now: number,
): CaseTiming {
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
