/**
 * The automatic part of a closed case's 综合评价 (docs/workflow.md): on-time flags for
 * every timed step, counts of returns, reworks, extensions and suspensions, the elapsed natural
 * and working time, and whether it was resolved at the grassroots. Computed from the case's
 * events alone; the working-time clock is passed in, so this stays independent of the calendar.
 *
 * Deadlines come from the events: an event that puts the case into a state with a running
 * clock records that step's deadline (`deadlineMs`): the report opens 核实 or 立案, `file` opens
 * 派遣, `dispatch` and a failed `check` open 处置, `feedback` opens 核查, a passed `check` opens
 * 结案; an approved extension or a `resume` records the moved 处置 deadline. A step is completed
 * by its own action (verify, file, dispatch, feedback, check, close; `escalate` from `reported`
 * completes 立案) and is on time when that happens at or before the deadline in force. A step
 * done several times (re-dispatch after a return, handling again after rework) is on time only
 * if every completion was.
 */
import type { CaseEventAction } from './case-actions.ts';
import {
  WORKFLOW_STEPS,
  timedStepOf,
  type CaseLevel,
  type CaseStatus,
  type WorkflowStep,
} from './case-states.ts';

export interface EvaluationEvent {
  action: CaseEventAction;
  /** UTC epoch ms. */
  at: number;
  /** Status before the event; null for the report that created the case. */
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  /** Deadline (epoch ms) of the timed step this event opened or moved, if any. */
  deadlineMs?: number | null;
  /** check: passed or not. */
  passed?: boolean;
  /** evaluate: the leader's rating (1–5). */
  rating?: number;
}

export interface StepEvaluation {
  /** Every completion with a known deadline was on time; null when no deadline was known. */
  onTime: boolean | null;
  /** How many times the step was completed (more than once after a return or rework). */
  completions: number;
  /** Completions after their deadline. */
  lateCompletions: number;
  /** When the step was last completed. */
  completedAt: number;
  /** The deadline in force at the last completion, if known. */
  deadlineMs: number | null;
}

export interface CaseEvaluation {
  /** Per step: on time, late, or null (step not taken, or no deadline known). */
  onTime: Record<WorkflowStep, boolean | null>;
  steps: Record<WorkflowStep, StepEvaluation | null>;
  /** No step taken was late. */
  allOnTime: boolean;
  returns: number;
  /** Failed checks sent back to the department (返工). */
  reworks: number;
  /** Approved extensions. */
  extensions: number;
  extensionRequests: number;
  /** Approved suspensions. */
  suspensions: number;
  urges: number;
  supervised: boolean;
  reportedAt: number;
  closedAt: number;
  /** Natural time from report to close. */
  elapsedMs: number;
  /** Working time from report to close. */
  workingMs: number;
  /** Working time spent suspended (the clock stopped). */
  suspendedWorkingMs: number;
  /** Working time less suspended time. */
  activeWorkingMs: number;
  level: CaseLevel;
  /** Closed at grid or street level (基层解决). */
  grassroots: boolean;
  /** The leader's rating from the latest `evaluate` event, if any. */
  rating: number | null;
}

export interface EvaluationOptions {
  /** Working milliseconds between two instants (the calendar clock). */
  workingMs: (fromMs: number, toMs: number) => number;
  /** The case's handling level at close. */
  level: CaseLevel;
}

/** The step an action completes, when it leaves that step's state. */
const COMPLETES: Partial<Record<CaseEventAction, WorkflowStep>> = {
  verify: 'verify',
  file: 'file',
  // A new-source report registered as such completes 立案 and closes the case (docs/sources.md).
  register_source: 'file',
  escalate: 'file',
  dispatch: 'dispatch',
  feedback: 'handle',
  check: 'check',
  close: 'close',
};

function emptySteps<T>(value: T): Record<WorkflowStep, T> {
  return Object.fromEntries(WORKFLOW_STEPS.map((s) => [s, value])) as Record<WorkflowStep, T>;
}

/**
 * Evaluates a closed case from its events in order (the report first). Throws when there is no
 * report or no closing event (`close`, or `register_source` for a registered new source).
 */
export function evaluateCase(events: readonly EvaluationEvent[], opts: EvaluationOptions): CaseEvaluation {
  const report = events[0];
  const closeIndex = events.findIndex(
    (e) => (e.action === 'close' || e.action === 'register_source') && e.toStatus === 'closed',
  );
  if (!report || report.action !== 'report')
    throw new Error('evaluateCase: the first event must be the report');
  if (closeIndex < 0) throw new Error('evaluateCase: the case is not closed');
  const closedAt = events[closeIndex]!.at;

  const deadline = emptySteps<number | null>(null);
  const steps = emptySteps<StepEvaluation | null>(null);
  let returns = 0;
  let reworks = 0;
  let extensions = 0;
  let extensionRequests = 0;
  let suspensions = 0;
  let urges = 0;
  let supervised = false;
  let rating: number | null = null;
  let suspendedSince: number | null = null;
  let suspendedWorkingMs = 0;

  for (const e of events) {
    const fromStep = e.fromStatus ? timedStepOf(e.fromStatus) : null;
    const completes = COMPLETES[e.action];
    if (completes && completes === fromStep && e.toStatus !== e.fromStatus) {
      const due = deadline[completes];
      const late = due !== null && e.at > due;
      const prev = steps[completes];
      const judged = due === null ? (prev?.onTime ?? null) : !late && (prev?.onTime ?? true);
      steps[completes] = {
        onTime: judged,
        completions: (prev?.completions ?? 0) + 1,
        lateCompletions: (prev?.lateCompletions ?? 0) + (late ? 1 : 0),
        completedAt: e.at,
        deadlineMs: due,
      };
    }
    const toStep = timedStepOf(e.toStatus);
    if (toStep && e.deadlineMs !== undefined && e.deadlineMs !== null) deadline[toStep] = e.deadlineMs;

    if (e.toStatus === 'suspended' && e.fromStatus !== 'suspended') suspendedSince = e.at;
    if (e.fromStatus === 'suspended' && e.toStatus !== 'suspended' && suspendedSince !== null) {
      suspendedWorkingMs += opts.workingMs(suspendedSince, e.at);
      suspendedSince = null;
    }

    switch (e.action) {
      case 'return':
        returns++;
        break;
      case 'check':
        if (e.passed === false || e.toStatus === 'dispatched') reworks++;
        break;
      case 'approve_extension':
        extensions++;
        break;
      case 'request_extension':
        extensionRequests++;
        break;
      case 'approve_suspension':
        suspensions++;
        break;
      case 'urge':
        urges++;
        break;
      case 'supervise':
        supervised = true;
        break;
      case 'evaluate':
        if (typeof e.rating === 'number') rating = e.rating;
        break;
      default:
        break;
    }
  }

  const workingMs = opts.workingMs(report.at, closedAt);
  const onTime = emptySteps<boolean | null>(null);
  for (const s of WORKFLOW_STEPS) onTime[s] = steps[s]?.onTime ?? null;
  return {
    onTime,
    steps,
    allOnTime: WORKFLOW_STEPS.every((s) => onTime[s] !== false),
    returns,
    reworks,
    extensions,
    extensionRequests,
    suspensions,
    urges,
    supervised,
    reportedAt: report.at,
    closedAt,
    elapsedMs: closedAt - report.at,
    workingMs,
    suspendedWorkingMs,
    activeWorkingMs: Math.max(0, workingMs - suspendedWorkingMs),
    level: opts.level,
    grassroots: opts.level !== 'district',
    rating,
  };
}
