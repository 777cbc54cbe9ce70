import {
  evaluateCase,
  workingMsBetween,
  type CaseEvaluation,
  type CaseEventAction,
  type CaseLevel,
  type CaseStatus,
  type EvaluationEvent,
} from '@envgrid/core';
import type { WorkSettings } from '../settings/work-settings.service.ts';
import type { CaseEventRecord } from './case-event.record.ts';

type EventLike = Pick<CaseEventRecord, 'action' | 'at' | 'fromStatus' | 'toStatus' | 'payload'>;

function toEvaluationEvent(e: EventLike): EvaluationEvent {
  const p = e.payload;
  return {
    action: e.action as CaseEventAction,
    at: e.at,
    fromStatus: e.fromStatus as CaseStatus | null,
    toStatus: e.toStatus as CaseStatus,
    deadlineMs: typeof p.deadlineMs === 'number' ? p.deadlineMs : null,
    ...(typeof p.passed === 'boolean' ? { passed: p.passed } : {}),
    ...(typeof p.rating === 'number' ? { rating: p.rating } : {}),
  };
}

/** 综合评价: on-time flags per step, returns, reworks, extensions and working time, from the events plus the one being written. */
export function computeEvaluation(
  settings: WorkSettings,
  events: EventLike[],
  next: EventLike,
  level: string,
): CaseEvaluation & Record<string, unknown> {
  const all = [...events, next].map(toEvaluationEvent);
  const evaluation = evaluateCase(all, {
    workingMs: (a, b) => workingMsBetween(settings.calendar, a, b),
    level: level as CaseLevel,
  });
  return evaluation as CaseEvaluation & Record<string, unknown>;
}
