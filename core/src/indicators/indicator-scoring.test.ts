import { describe, expect, it } from 'vitest';
import { countOf, rateOf } from './indicator-keys.ts';
import { assessmentPeriodProblems } from './assessment-period.ts';
import {
  compositeScore,
  DEFAULT_GRADE_BANDS,
  DEFAULT_WEIGHTS,
  gradeOf,
  rankRows,
  roundScore,
  scoringProblems,
} from './indicator-scoring.ts';

describe('rates and counts', () => {
  it('a rate is unrounded, null on 0/0; a count has no denominator', () => {
    expect(rateOf(2, 3)).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(rateOf(0, 0)).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(countOf(4)).toEqual({ value: 4, numerator: 4, denominator: null });
  });
});

describe('compositeScore', () => {
  it('weights terms, inverts the ones against the subject, rounds half up to one decimal', () => {
    const score = compositeScore(
      'department',
      {
        handledRate: rateOf(4, 6),
        onTimeHandleRate: rateOf(4, 6),
        reworkRate: rateOf(2, 5),
        overdueOpenShare: rateOf(1, 6),
        extensionRate: rateOf(1, 6),
      },
      DEFAULT_WEIGHTS,
    );
    expect(score).toBe(70.3);
  });
  it('leaves out terms without a value and renormalises; null when none has one', () => {
    expect(
      compositeScore('department', { handledRate: rateOf(1, 2), reworkRate: rateOf(0, 0) }, DEFAULT_WEIGHTS),
    ).toBe(50);
    expect(compositeScore('department', { handledRate: rateOf(0, 0) }, DEFAULT_WEIGHTS)).toBeNull();
  });
  it('clamps a rate above 1 and deducts 5 points per false check, never below 0', () => {
    expect(compositeScore('department', { reworkRate: rateOf(3, 2) }, DEFAULT_WEIGHTS)).toBe(0);
    const sup = { validReportRate: rateOf(1, 1), falseCheckCount: countOf(1) };
    expect(compositeScore('supervisor', sup, DEFAULT_WEIGHTS)).toBe(95);
    expect(
      compositeScore(
        'supervisor',
        { validReportRate: rateOf(0, 1), falseCheckCount: countOf(3) },
        DEFAULT_WEIGHTS,
      ),
    ).toBe(0);
  });
  it('rounds half up', () => {
    expect([roundScore(69.65), roundScore(69.64999), roundScore(86.428571)]).toEqual([69.7, 69.6, 86.4]);
  });
});

describe('gradeOf', () => {
  it('A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E below; null without a score', () => {
    expect([100, 90, 89.9, 75, 60, 59.9, 40, 39.9, 0].map((s) => gradeOf(s, DEFAULT_GRADE_BANDS))).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'D',
      'D',
      'E',
      'E',
    ]);
    expect(gradeOf(null, DEFAULT_GRADE_BANDS)).toBeNull();
  });
});

describe('rankRows', () => {
  it('ranks comparable rows by score with shared ranks, then lists the others unranked', () => {
    const r = (id: string, score: number | null, comparable = true) => ({ id, name: id, score, comparable });
    const out = rankRows([r('a', 80), r('b', 90), r('c', 80), r('d', 99, false), r('e', 70), r('f', null)]);
    expect(out.map((x) => [x.id, x.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['e', 4],
      ['d', null],
      ['f', null],
    ]);
  });
});

describe('scoringProblems', () => {
  it('accepts the defaults and names what is wrong', () => {
    expect(scoringProblems(DEFAULT_WEIGHTS, DEFAULT_GRADE_BANDS)).toEqual([]);
    const bad = scoringProblems(
      { ...DEFAULT_WEIGHTS, department: { dueCount: 1 }, street: { closeRate: -1 } },
      { A: 90, B: 95, C: 60, D: 40 },
    ).map((p) => p.path);
    expect(bad).toEqual(
      expect.arrayContaining(['weights/department/dueCount', 'weights/street/closeRate', 'gradeBands/B']),
    );
  });
});

describe('assessmentPeriodProblems', () => {
  it('a month, quarter or year is exactly one; custom is any valid period', () => {
    expect(assessmentPeriodProblems('month', '2026-02-01', '2026-02-28')).toEqual([]);
    expect(assessmentPeriodProblems('month', '2026-02-01', '2026-03-01')[0]!.field).toBe('to');
    expect(assessmentPeriodProblems('quarter', '2026-10-01', '2026-12-31')).toEqual([]);
    expect(assessmentPeriodProblems('quarter', '2026-11-01', '2027-01-31')[0]!.field).toBe('from');
    expect(assessmentPeriodProblems('year', '2025-01-01', '2025-12-31')).toEqual([]);
    expect(assessmentPeriodProblems('custom', '2026-03-03', '2026-03-09')).toEqual([]);
    expect(assessmentPeriodProblems('custom', '2026-03-09', '2026-03-03')[0]!.field).toBe('to');
  });
});
