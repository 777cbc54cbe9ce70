/**
 * The shape of a district's year, as the generator draws it: what is reported when, how often each
 * decision goes which way, and how long people take relative to their step's limit. The numbers
 * follow what grid centers publish about their work (most cases handled on time, a few returned,
 * reworked, extended or suspended; most street-level problems solved by the street) closely
 * enough to load every queue, light and indicator the way a real district does.
 */

/** Month (1–12) → weight factor, for items whose code contains the key. Other items weigh 1 all year. */
export const SEASONAL_ITEMS: readonly { key: string; months: readonly number[]; factor: number }[] = [
  { key: 'barbecue', months: [5, 6, 7, 8, 9], factor: 3 },
  { key: 'catering', months: [6, 7, 8], factor: 1.6 },
  { key: 'night_construction', months: [4, 5, 6, 7, 8, 9, 10], factor: 2 },
  { key: 'coal', months: [11, 12, 1, 2, 3], factor: 4 },
  { key: 'chimney', months: [11, 12, 1, 2, 3], factor: 3 },
  { key: 'open_burning', months: [3, 4, 10, 11], factor: 3 },
  { key: 'dust', months: [3, 4, 5], factor: 2 },
  { key: 'site_', months: [3, 4, 5, 9, 10], factor: 1.5 },
  { key: 'fireworks', months: [1, 2], factor: 6 },
  { key: 'sewage', months: [6, 7, 8], factor: 1.8 },
];

export function seasonalFactor(itemCode: string, month: number): number {
  let f = 1;
  for (const s of SEASONAL_ITEMS) if (itemCode.includes(s.key) && s.months.includes(month)) f *= s.factor;
  return f;
}

/** Reports per day relative to a weekday; a slow upward trend over the span (more grids, more reports). */
export const WEEKEND_FACTOR = 0.45;
export const TREND_OVER_SPAN = 0.25;

/** Share of reports that come from the hotline (12345/12369) rather than a supervisor on patrol. */
export const HOTLINE_SHARE = 0.2;
/** Share of reports marked urgent / critical when their item's default is normal. */
export const URGENT_SHARE = 0.06;
export const CRITICAL_SHARE = 0.01;

/** Decisions, as probabilities at the point where they are taken. */
export const P = {
  /** A new-source report whose source is lawful: registered, the report closed without dispatch. */
  registerSource: 0.8,
  /** verify: the hotline's problem is not there. */
  verifyNotReal: 0.07,
  reject: 0.03,
  void: 0.015,
  /** A sub-center cannot solve it and sends it up to the district. */
  escalate: 0.08,
  /** A district dispatch adds an assisting department (联合执法). */
  assist: 0.12,
  returnCase: 0.04,
  requestExtension: 0.07,
  approveExtension: 0.8,
  requestSuspension: 0.015,
  approveSuspension: 0.85,
  checkFails: 0.08,
  /** Somebody urges a step that runs late; a leader supervises a late district case. */
  urgeLate: 0.35,
  superviseLate: 0.12,
  evaluate: 0.25,
} as const;

/**
 * How long a step takes, as a share of its limit: most finish well inside it; each department has
 * its own share of late work (between these bounds), so assessments have something to rank.
 */
export const ON_TIME_SHARE_OF_LIMIT: readonly [number, number] = [0.08, 0.95];
export const LATE_SHARE_OF_LIMIT: readonly [number, number] = [1.05, 3];
export const LATE_WORK_SHARE: readonly [number, number] = [0.04, 0.22];
/** Steps without a limit (a suspension, an evaluation): natural days. */
export const SUSPENSION_DAYS: readonly [number, number] = [2, 40];
export const EVALUATION_DAYS: readonly [number, number] = [0.2, 8];

/** Words the descriptions and addresses are made of, so text search has realistic Chinese to find. */
export const PLACES = [
  '小区门口',
  '商业街',
  '农贸市场旁',
  '学校附近',
  '居民楼下',
  '背街小巷',
  '建筑工地',
  '河道边',
  '公园东侧',
  '地铁站出口',
  '写字楼后院',
  '菜市场',
  '胡同口',
  '停车场',
  '桥下',
] as const;
export const DETAILS = [
  '居民多次投诉',
  '影响周边居民生活',
  '持续时间较长',
  '现场情况较严重',
  '巡查发现',
  '群众来电反映',
  '夜间尤为明显',
  '已拍照取证',
  '涉及多户商户',
  '反复出现',
] as const;
export const ROADS = ['东大街', '西大街', '南街', '北街', '中路', '胡同', '里', '巷', '大道', '路'] as const;
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'] as const;
export const RESULTS = [
  '已责令整改并复查合格',
  '已现场处置完毕',
  '已清运完毕',
  '已立案查处',
  '已停产整改',
  '已加装净化设施',
  '已覆盖防尘网',
  '已约谈责任人',
] as const;
