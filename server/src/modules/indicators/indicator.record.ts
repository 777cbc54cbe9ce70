/** Shapes the indicator repository answers in (docs/indicators.md). */

/** A period [start, end) and the instant the indicators are read at. */
export interface Span {
  start: number;
  end: number;
  now: number;
}

/** Timed steps as the indicators judge them: the state the step runs in, the actions that end it. */
export const STEP_SQL = {
  verify: { from: 'pending_verification', actions: ['verify'] },
  file: { from: 'reported', actions: ['file', 'escalate'] },
  dispatch: { from: 'filed', actions: ['dispatch'] },
  /** A `return` counts only when late (a return never makes handling on time). */
  handle: { from: 'dispatched', actions: ['feedback', 'return'] },
  check: { from: 'pending_check', actions: ['check'] },
  close: { from: 'pending_close', actions: ['close'] },
} as const;
export type JudgedStep = keyof typeof STEP_SQL;

export interface Judged {
  key: string;
  onTime: number;
  late: number;
}
