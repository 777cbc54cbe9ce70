import type { CaseRecord } from '@envgrid/core';

/**
 * A piecewise-linear function of an instant, as SQL can evaluate it on a column: on
 * [from, next piece's from) it is `base + slope · x`. Pieces ascend by `from`; the first one also
 * covers every instant before it.
 */
export interface TimePiece {
  from: number;
  base: number;
  slope: -1 | 0 | 1;
}

/**
 * What the reminder job asks the case repository for: running steps that may be yellow or red at
 * `now` and whose reminder for that light has not gone out. A working-time step is yellow when the
 * working time from its start to now is at least 4 × the working time from now to its deadline
 * (80 % of the limit); the calendar is not in the database, so the caller describes both working
 * times as functions the database can evaluate. They may only err on the side of letting a step
 * through: `workedSince` never below the truth, `workLeftUntil` never above it.
 */
export interface DueStepsQuery {
  now: number;
  /** Of a step's start: the working time from it to `now`, or more (never less). */
  workedSince: TimePiece[];
  /** Of a step's deadline at or after `now`: the working time from `now` to it, or less (never more). */
  workLeftUntil: TimePiece[];
  /** Keyset paging in deadline order. */
  after?: { deadlineAt: number; id: string };
  limit: number;
}

/** What the reminder job reads of a case: its clock, and what decides who acts next. */
export type DueStep = Pick<
  CaseRecord,
  | 'id'
  | 'caseNo'
  | 'status'
  | 'level'
  | 'gridCode'
  | 'streetCode'
  | 'pendingRequest'
  | 'leadDepartmentId'
  | 'assistDepartmentIds'
  | 'assistDoneIds'
  | 'stepStartedAt'
  | 'stepDeadlineAt'
  | 'stepBasis'
  | 'pausedAt'
>;
