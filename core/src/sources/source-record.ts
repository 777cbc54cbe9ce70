/**
 * A pollution source (污染源, docs/sources.md): what the registry keeps of a construction site,
 * a catering unit, an outfall, … and what each type records besides the common fields.
 */
import { SOURCE_TYPES, type SourceType } from '../taxonomy/taxonomy.ts';

/**
 * `pending`: reported as new, awaiting intake's review; `active`: registered; `rectifying`: an
 * enforcement case against it is open; `closed`: shut, moved, finished, dismissed or merged.
 */
export const SOURCE_STATUSES = ['pending', 'active', 'rectifying', 'closed'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const SOURCE_STATUS_NAMES: Readonly<Record<SourceStatus, { zh: string; en: string }>> = {
  pending: { zh: '待确认', en: 'Pending' },
  active: { zh: '在册', en: 'Active' },
  rectifying: { zh: '整改中', en: 'Rectifying' },
  closed: { zh: '已关闭', en: 'Closed' },
};

/** 重点 (key) sources are inspected more often than 一般 (general) ones. */
export const RISK_LEVELS = ['key', 'general'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_NAMES: Readonly<Record<RiskLevel, { zh: string; en: string }>> = {
  key: { zh: '重点', en: 'Key' },
  general: { zh: '一般', en: 'General' },
};

/** Days between required inspections when a source does not set its own. */
export const DEFAULT_INSPECTION_EVERY_DAYS: Readonly<Record<RiskLevel, number>> = { key: 7, general: 30 };
export const MAX_INSPECTION_EVERY_DAYS = 365;

/** Cases against one source within this many days that make it a repeat offender (屡查屡犯). */
export const REPEAT_OFFENDER_DAYS = 90;
export const REPEAT_OFFENDER_CASES = 3;

/** Sources of the same type within this distance are offered as possible duplicates. */
export const SOURCE_DUPLICATE_RADIUS_M = 50;

export function isSourceStatus(v: unknown): v is SourceStatus {
  return typeof v === 'string' && (SOURCE_STATUSES as readonly string[]).includes(v);
}
export function isSourceType(v: unknown): v is SourceType {
  return typeof v === 'string' && (SOURCE_TYPES as readonly string[]).includes(v);
}
export function isRiskLevel(v: unknown): v is RiskLevel {
  return typeof v === 'string' && (RISK_LEVELS as readonly string[]).includes(v);
}

export type AttributeKind = 'text' | 'date' | 'boolean';

export interface SourceAttributeDef {
  key: string;
  kind: AttributeKind;
  zh: string;
  en: string;
  maxLength?: number;
}

const text = (key: string, zh: string, en: string, maxLength = 100): SourceAttributeDef => ({
  key,
  kind: 'text',
  zh,
  en,
  maxLength,
});
const date = (key: string, zh: string, en: string): SourceAttributeDef => ({ key, kind: 'date', zh, en });
const flag = (key: string, zh: string, en: string): SourceAttributeDef => ({ key, kind: 'boolean', zh, en });

/** What each type records besides the common fields. Every attribute is optional. */
export const SOURCE_ATTRIBUTES: Readonly<Record<SourceType, readonly SourceAttributeDef[]>> = {
  construction_site: [
    text('permitNo', '施工许可证号', 'Permit number', 50),
    text('contractor', '施工单位', 'Contractor'),
    date('workStart', '开工日期', 'Work starts'),
    date('workEnd', '竣工日期', 'Work ends'),
  ],
  catering: [
    flag('fumePurifier', '油烟净化设施', 'Fume purifier installed'),
    date('purifierCleanedOn', '最近清洗日期', 'Purifier last cleaned'),
    text('cleaningRecord', '清洗记录', 'Cleaning record', 300),
    text('seats', '经营规模', 'Size (seats)', 20),
  ],
  boiler: [text('fuel', '燃料', 'Fuel', 50), text('capacity', '额定容量', 'Rated capacity', 50)],
  yard: [text('material', '堆放物料', 'Material', 50), flag('covered', '苫盖', 'Covered')],
  plant_outfall: [
    text('receivingWater', '受纳水体', 'Receiving water', 100),
    text('dischargePermitNo', '排污许可证号', 'Discharge permit number', 50),
  ],
  river_outfall: [text('receivingWater', '受纳水体', 'Receiving water', 100)],
  market: [text('operator', '经营管理单位', 'Operator')],
  other: [text('description', '说明', 'Description', 300)],
};

export type SourceAttributes = Record<string, string | boolean>;

export interface AttributeProblem {
  key: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems with `attrs` for a source of `type`: unknown keys, wrong kinds, bad dates, too long. */
export function attributeProblems(type: SourceType, attrs: Record<string, unknown>): AttributeProblem[] {
  const defs = new Map(SOURCE_ATTRIBUTES[type].map((d) => [d.key, d]));
  const out: AttributeProblem[] = [];
  for (const [key, value] of Object.entries(attrs)) {
    const def = defs.get(key);
    if (!def) {
      out.push({ key, message: `is not an attribute of a ${type} source` });
      continue;
    }
    if (def.kind === 'boolean' && typeof value !== 'boolean')
      out.push({ key, message: 'must be true or false' });
    if (def.kind !== 'boolean' && typeof value !== 'string') out.push({ key, message: 'must be text' });
    if (
      def.kind === 'date' &&
      typeof value === 'string' &&
      (!DATE.test(value) || Number.isNaN(Date.parse(value)))
    )
      out.push({ key, message: 'must be a date YYYY-MM-DD' });
    if (def.kind === 'text' && typeof value === 'string' && value.length > (def.maxLength ?? 100))
      out.push({ key, message: `must be at most ${def.maxLength ?? 100} characters` });
  }
  const start = attrs.workStart;
  const end = attrs.workEnd;
  if (
    typeof start === 'string' &&
    typeof end === 'string' &&
    DATE.test(start) &&
    DATE.test(end) &&
    end < start
  )
    out.push({ key: 'workEnd', message: 'must not be before workStart' });
  return out;
}

export interface SourceRecord {
  id: string;
  type: SourceType;
  name: string;
  address: string | null;
  location: { lng: number; lat: number };
  gridCode: string;
  communityCode: string;
  streetCode: string;
  departmentId: string | null;
  riskLevel: RiskLevel;
  inspectionEveryDays: number;
  status: SourceStatus;
  attributes: SourceAttributes;
  /** The report that proposed it (新增污染源), if any. */
  proposedByCaseId: string | null;
  /** The source it was merged into (then `closed`). */
  mergedIntoId: string | null;
  createdBy: string | null;
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** Whether an open case in `status` counts as enforcement against its source (→ `rectifying`). */
export function isEnforcementStatus(status: string): boolean {
  return ['filed', 'dispatched', 'suspended', 'pending_check', 'pending_close'].includes(status);
}

/**
 * The status a registered source should show given how many enforcement cases against it are
 * open: `rectifying` while any is, `active` otherwise. Pending and closed sources keep theirs.
 */
export function rectifyingStatus(current: SourceStatus, openEnforcementCases: number): SourceStatus {
  if (current === 'active' && openEnforcementCases > 0) return 'rectifying';
  if (current === 'rectifying' && openEnforcementCases === 0) return 'active';
  return current;
}

/** A repeat offender: at least {@link REPEAT_OFFENDER_CASES} cases within {@link REPEAT_OFFENDER_DAYS} days. */
export function isRepeatOffender(casesInWindow: number): boolean {
  return casesInWindow >= REPEAT_OFFENDER_CASES;
}
