/**
 * Composite score, grade and rank of the indicators (docs/indicators.md): weights per subject
 * kind, grade bands, the audit deduction, rounding and the "not comparable" rule. Pure.
 */
import {
  INDICATOR_KEYS,
  MIN_SAMPLE,
  SUBJECT_KINDS,
  type IndicatorKey,
  type IndicatorValue,
  type SubjectKind,
} from './indicator-keys.ts';

/** Terms that count against the subject: the score uses 1 − value. */
export const INVERTED_TERMS: readonly IndicatorKey[] = [
  'missedReportRate',
  'reworkRate',
  'extensionRate',
  'overdueOpenShare',
  'publicReportShare',
];

/** Indicator keys that may carry a weight (rates only). */
export const WEIGHABLE_KEYS: Readonly<Record<SubjectKind, readonly IndicatorKey[]>> = {
  supervisor: [
    'validReportRate',
    'missedReportRate',
    'onTimeVerifyRate',
    'onTimeCheckRate',
    'patrolCoverage',
  ],
  department: [
    'handledRate',
    'onTimeHandleRate',
    'closeRate',
    'reworkRate',
    'extensionRate',
    'overdueOpenShare',
  ],
  street: ['closeRate', 'onTimeCloseRate', 'grassrootsRate', 'publicReportShare', 'patrolCoverage'],
  staff: INDICATOR_KEYS.staff,
};

export type Weights = Record<SubjectKind, Partial<Record<IndicatorKey, number>>>;

export const DEFAULT_WEIGHTS: Weights = {
  supervisor: { validReportRate: 40, missedReportRate: 20, onTimeVerifyRate: 20, onTimeCheckRate: 20 },
  department: {
    handledRate: 30,
    onTimeHandleRate: 20,
    reworkRate: 20,
    overdueOpenShare: 20,
    extensionRate: 10,
  },
  street: {
    closeRate: 25,
    onTimeCloseRate: 25,
    grassrootsRate: 20,
    patrolCoverage: 20,
    publicReportShare: 10,
  },
  staff: {
    onTimeFileRate: 20,
    accurateFileRate: 20,
    onTimeDispatchRate: 20,
    accurateDispatchRate: 20,
    onTimeCloseRate: 20,
  },
};

export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Grade = (typeof GRADES)[number];
/** The lowest score of each grade but E (E is everything below D). */
export type GradeBands = Record<Exclude<Grade, 'E'>, number>;
export const DEFAULT_GRADE_BANDS: GradeBands = { A: 90, B: 75, C: 60, D: 40 };

/** Points taken off a supervisor's score per false check (错误核查) found by 督查 in the period. */
export const FALSE_CHECK_DEDUCTION = 5;

/** Scores are rounded half up to one decimal; indicator values are never rounded. */
export const roundScore = (x: number): number => Math.round(x * 10 + 1e-9) / 10;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The composite score 0–100: the weighted mean of the weighted terms that have a value (a rate
 * with denominator 0 is left out and the remaining weights renormalised), an inverted term
 * counting 1 − value, each term clamped to 0–1; times 100, less the deductions (supervisor:
 * {@link FALSE_CHECK_DEDUCTION} per false check), clamped to 0–100, rounded to one decimal. Null
 * when no weighted term has a value.
 */
export function compositeScore(
  kind: SubjectKind,
  indicators: Partial<Record<IndicatorKey, IndicatorValue>>,
  weights: Weights,
): number | null {
  let sum = 0;
  let total = 0;
  for (const [key, w] of Object.entries(weights[kind]) as [IndicatorKey, number][]) {
    const v = indicators[key]?.value;
    if (!w || v === null || v === undefined) continue;
    const t = clamp01(v);
    sum += w * (INVERTED_TERMS.includes(key) ? 1 - t : t);
    total += w;
  }
  if (total === 0) return null;
  let score = (100 * sum) / total;
  if (kind === 'supervisor') score -= FALSE_CHECK_DEDUCTION * (indicators.falseCheckCount?.value ?? 0);
  return roundScore(Math.min(100, Math.max(0, score)));
}

/** A (≥ bands.A) … D (≥ bands.D), else E; null without a score. Uses the rounded score. */
export function gradeOf(score: number | null, bands: GradeBands): Grade | null {
  if (score === null) return null;
  for (const g of ['A', 'B', 'C', 'D'] as const) if (score >= bands[g]) return g;
  return 'E';
}

export const isComparable = (sample: number): boolean => sample >= MIN_SAMPLE;

export interface Rankable {
  score: number | null;
  comparable: boolean;
  name: string;
  id: string;
}

/**
 * Ranks in place order: comparable rows with a score by score (highest first; equal scores share
 * a rank, the next rank skips: 1, 2, 2, 4; ties listed by name, then id), then every other row
 * (rank null) by score, name, id.
 */
export function rankRows<T extends Rankable>(rows: readonly T[]): (T & { rank: number | null })[] {
  const byScore = (a: T, b: T) =>
    (b.score ?? -1) - (a.score ?? -1) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ranked = rows.filter((r) => r.comparable && r.score !== null).sort(byScore);
  const rest = rows.filter((r) => !(r.comparable && r.score !== null)).sort(byScore);
  const out: (T & { rank: number | null })[] = [];
  ranked.forEach((r, i) => {
    const prev = out[i - 1];
    out.push({ ...r, rank: prev && prev.score === r.score ? prev.rank : i + 1 });
  });
  for (const r of rest) out.push({ ...r, rank: null });
  return out;
}

export interface ScoringProblem {
  path: string;
  message: string;
}

/** What is wrong with weights and grade bands an administrator submits. */
export function scoringProblems(weights: unknown, bands: unknown): ScoringProblem[] {
  const out: ScoringProblem[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(weights))
    out.push({ path: 'weights', message: 'must be an object of subject kind → key → weight' });
  else {
    for (const k of Object.keys(weights))
      if (!(SUBJECT_KINDS as readonly string[]).includes(k))
        out.push({ path: `weights/${k}`, message: `is not a subject kind (${SUBJECT_KINDS.join(', ')})` });
    for (const kind of SUBJECT_KINDS) {
      const w = weights[kind];
      if (!isObj(w)) {
        out.push({ path: `weights/${kind}`, message: 'must be an object of indicator key → weight' });
        continue;
      }
      let total = 0;
      for (const [key, v] of Object.entries(w)) {
        if (!(WEIGHABLE_KEYS[kind] as readonly string[]).includes(key))
          out.push({
            path: `weights/${kind}/${key}`,
            message: `is not a weighable key (${WEIGHABLE_KEYS[kind].join(', ')})`,
          });
        else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1000)
          out.push({ path: `weights/${kind}/${key}`, message: 'must be a number from 0 to 1000' });
        else total += v;
      }
      if (total <= 0) out.push({ path: `weights/${kind}`, message: 'must give some key a positive weight' });
    }
  }
  if (!isObj(bands))
    out.push({ path: 'gradeBands', message: 'must be an object {A, B, C, D} of lowest scores' });
  else {
    let prev = Infinity;
    for (const g of ['A', 'B', 'C', 'D'] as const) {
      const v = bands[g];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
        out.push({ path: `gradeBands/${g}`, message: 'must be a number from 0 to 100' });
      else if (v >= prev) out.push({ path: `gradeBands/${g}`, message: 'must be below the grade above it' });
      else prev = v;
    }
    for (const k of Object.keys(bands))
      if (!['A', 'B', 'C', 'D'].includes(k))
        out.push({ path: `gradeBands/${k}`, message: 'is not a grade (A, B, C, D)' });
  }
  return out;
}
