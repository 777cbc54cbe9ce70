/** Shapes the indicator repository answers in (docs/indicators.md). */

/** A period [start, end) and the instant the indicators are read at. */
export interface Span {
  start: number;
  end: number;
  now: number;
}
