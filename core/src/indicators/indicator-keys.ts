/**
 * The indicators of plan step 8 (绩效考核, docs/indicators.md): which subjects are measured, by
 * which keys, and whether each key is a count or a rate. Pure names; the server computes them.
 */

export const SUBJECT_KINDS = ['supervisor', 'department', 'street', 'staff'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const isSubjectKind = (v: unknown): v is SubjectKind =>
  typeof v === 'string' && (SUBJECT_KINDS as readonly string[]).includes(v);

export const SUBJECT_KIND_NAMES: Readonly<Record<SubjectKind, string>> = {
  supervisor: '网格监督员',
  department: '处置部门',
  street: '街道',
  staff: '中心人员',
};

/** The pinned keys of each subject kind, then the keys this engine adds (audits, shares). */
export const INDICATOR_KEYS = {
  supervisor: [
    'reportCount',
    'validReportCount',
    'validReportRate',
    'onTimeVerifyRate',
    'onTimeCheckRate',
    'missedReportCount',
    'missedReportRate',
    'patrolCoverage',
    'falseCheckCount',
  ],
  department: [
    'dueCount',
    'handledRate',
    'onTimeHandleRate',
    'closeRate',
    'reworkRate',
    'extensionRate',
    'returnCount',
    'overdueOpenCount',
    'overdueOpenShare',
    'falseCloseCount',
  ],
  street: [
    'filedCount',
    'closeRate',
    'onTimeCloseRate',
    'grassrootsRate',
    'publicReportShare',
    'patrolCoverage',
  ],
  staff: [
    'onTimeFileRate',
    'accurateFileRate',
    'onTimeDispatchRate',
    'accurateDispatchRate',
    'onTimeCloseRate',
  ],
} as const satisfies Record<SubjectKind, readonly string[]>;

export type IndicatorKey<K extends SubjectKind = SubjectKind> = (typeof INDICATOR_KEYS)[K][number];

/** A count's value is the count; a rate's value is numerator / denominator (null when 0/0). */
export type IndicatorType = 'count' | 'rate';

export const INDICATOR_INFO: Readonly<Record<IndicatorKey, { zh: string; type: IndicatorType }>> = {
  reportCount: { zh: '上报数', type: 'count' },
  validReportCount: { zh: '有效上报数', type: 'count' },
  validReportRate: { zh: '有效上报率', type: 'rate' },
  onTimeVerifyRate: { zh: '按时核实率', type: 'rate' },
  onTimeCheckRate: { zh: '按时核查率', type: 'rate' },
  missedReportCount: { zh: '漏报数', type: 'count' },
  missedReportRate: { zh: '漏报率', type: 'rate' },
  patrolCoverage: { zh: '巡查覆盖率', type: 'rate' },
  falseCheckCount: { zh: '错误核查数', type: 'count' },
  dueCount: { zh: '应处置数', type: 'count' },
  handledRate: { zh: '处置率', type: 'rate' },
  onTimeHandleRate: { zh: '按期处置率', type: 'rate' },
  closeRate: { zh: '结案率', type: 'rate' },
  reworkRate: { zh: '返工率', type: 'rate' },
  extensionRate: { zh: '延期率', type: 'rate' },
  returnCount: { zh: '回退数', type: 'count' },
  overdueOpenCount: { zh: '超期未处置数', type: 'count' },
  overdueOpenShare: { zh: '超期未处置占比', type: 'rate' },
  falseCloseCount: { zh: '错误结案数', type: 'count' },
  filedCount: { zh: '立案数', type: 'count' },
  onTimeCloseRate: { zh: '按期结案率', type: 'rate' },
  grassrootsRate: { zh: '基层解决率', type: 'rate' },
  publicReportShare: { zh: '公众举报占比', type: 'rate' },
  onTimeFileRate: { zh: '按时立案率', type: 'rate' },
  accurateFileRate: { zh: '准确立案率', type: 'rate' },
  onTimeDispatchRate: { zh: '按时派遣率', type: 'rate' },
  accurateDispatchRate: { zh: '准确派遣率', type: 'rate' },
};

/** One indicator of one subject: `value` is the count, or numerator / denominator (null on 0/0). */
export interface IndicatorValue {
  value: number | null;
  numerator: number;
  denominator: number | null;
}

/** A count: value = numerator, no denominator. */
export const countOf = (n: number): IndicatorValue => ({ value: n, numerator: n, denominator: null });

/** A rate: numerator / denominator, unrounded; null when the denominator is 0. */
export const rateOf = (numerator: number, denominator: number): IndicatorValue => ({
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
});

/**
 * Fewer cases than this (the subject's sample, docs/indicators.md) and a subject is not comparable:
 * it gets a score and a grade but no rank, and is listed after the ranked ones.
 */
export const MIN_SAMPLE = 5;
