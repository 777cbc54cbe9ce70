/**
 * The problem taxonomy (docs/domain.md): category (大类) → item (小类). The default table is the plan's
 * section V, shipped as data/taxonomy/taxonomy.json (see data/taxonomy/README.md); admins edit it.
 *
 * Code scheme: a category code is a lower-case snake_case word (`air`); an item code is its
 * category's code, a dot and a lower-case snake_case word (`air.catering_fumes`). Codes are
 * English mnemonics fixed at creation: names may be edited, a code never changes once a case
 * uses it, and a retired code stays (`retired: true`) and is never given to another item.
 */
import {
  DURATION_UNITS,
  MAX_LIMIT_MINUTES,
  NATURAL_UNIT_MINUTES,
  type DurationUnit,
} from '../time/durations.ts';
import { CASE_LEVELS, CASE_URGENCIES, type CaseLevel, type CaseUrgency } from '../workflow/case-states.ts';

/** Pollution-source types (docs/domain.md). */
export const SOURCE_TYPES = [
  'construction_site',
  'catering',
  'boiler',
  'yard',
  'plant_outfall',
  'river_outfall',
  'market',
  'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_NAMES: Readonly<Record<SourceType, { zh: string; en: string }>> = {
  construction_site: { zh: '施工工地', en: 'Construction site' },
  catering: { zh: '餐饮单位', en: 'Catering unit' },
  boiler: { zh: '燃煤锅炉及炉灶', en: 'Coal-fired boiler or stove' },
  yard: { zh: '堆煤场、堆料场', en: 'Coal or material yard' },
  plant_outfall: { zh: '厂外废水排口', en: 'Plant outfall' },
  river_outfall: { zh: '河道排污口', en: 'River outfall' },
  market: { zh: '集贸市场', en: 'Market' },
  other: { zh: '其他排污单位', en: 'Other emitter' },
};

export const TIME_LIMIT_UNITS = DURATION_UNITS;
export type TimeLimitUnit = DurationUnit;
export const TIME_LIMIT_BASES = ['natural', 'working'] as const;
export type TimeLimitBasis = (typeof TIME_LIMIT_BASES)[number];

/** A time limit: `amount` natural or working minutes, hours or days. */
export interface TaxonomyTimeLimit {
  amount: number;
  unit: TimeLimitUnit;
  basis: TimeLimitBasis;
}

export interface TaxonomyItem {
  /** `<category>.<word>`, e.g. `air.catering_fumes`; stable. */
  code: string;
  /** The plan's Chinese term. */
  name: string;
  nameEn: string;
  /** What the supervisor looks for (the plan's wording), shown as help when picking the item. */
  hint?: string;
  hintEn?: string;
  /** District department responsible by law (e.g. `cgzf`); street-level cases go to the street's own team. */
  defaultDepartmentCode: string;
  defaultLevel: CaseLevel;
  defaultUrgency: CaseUrgency;
  /** Handling (处置) time limit at `normal` urgency. */
  handleLimitNormal: TaxonomyTimeLimit;
  /** The pollution-source type a case of this item concerns, or null. */
  sourceType: SourceType | null;
  /** A case of this item proposes a new pending pollution source (新增污染源). */
  proposesSource?: boolean;
  /** Kept for history; not offered for new reports. */
  retired?: boolean;
}

export interface TaxonomyCategory {
  code: string;
  name: string;
  nameEn: string;
  retired?: boolean;
  items: TaxonomyItem[];
}

export interface Taxonomy {
  categories: TaxonomyCategory[];
}

export interface TaxonomyProblem {
  /** JSON pointer, e.g. `/categories/1/items/3/defaultLevel`. */
  path: string;
  message: string;
}

export interface TaxonomyValidationOptions {
  /** Department codes that exist (e.g. hbj, cgzf, …). */
  departmentCodes: Iterable<string>;
}

export const CATEGORY_CODE_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;
export const ITEM_CODE_PATTERN = /^([a-z][a-z0-9_]{0,31})\.([a-z][a-z0-9_]{0,47})$/;
export const MAX_NAME_LENGTH = 100;
export const MAX_HINT_LENGTH = 500;
/** The longest handling limit an item may have. */

const CATEGORY_KEYS = new Set(['code', 'name', 'nameEn', 'retired', 'items']);
const ITEM_KEYS = new Set([
  'code',
  'name',
  'nameEn',
  'hint',
  'hintEn',
  'defaultDepartmentCode',
  'defaultLevel',
  'defaultUrgency',
  'handleLimitNormal',
  'sourceType',
  'proposesSource',
  'retired',
]);
const TOP_KEYS = new Set(['categories', 'version', 'source', 'sourceTypes', '$comment']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

class Collector {
  readonly problems: TaxonomyProblem[] = [];
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }
  unknownKeys(o: Obj, allowed: ReadonlySet<string>, path: string): void {
    for (const k of Object.keys(o)) if (!allowed.has(k)) this.add(`${path}/${k}`, `Unknown field ${k}`);
  }
  text(o: Obj, key: string, path: string, required: boolean, max: number): void {
    const v = o[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || v.trim() === '') this.add(`${path}/${key}`, `${key} must be non-empty text`);
    else if (v.length > max) this.add(`${path}/${key}`, `${key} must be at most ${max} characters`);
  }
  flag(o: Obj, key: string, path: string): void {
    if (o[key] !== undefined && typeof o[key] !== 'boolean')
      this.add(`${path}/${key}`, `${key} must be true or false`);
  }
}

function checkLimit(v: unknown, path: string, c: Collector): void {
  if (!isObj(v)) return c.add(path, 'handleLimitNormal must be {amount, unit, basis}');
  c.unknownKeys(v, new Set(['amount', 'unit', 'basis']), path);
  const unitOk = oneOf(TIME_LIMIT_UNITS, v.unit);
  if (!unitOk) c.add(`${path}/unit`, `unit must be one of ${TIME_LIMIT_UNITS.join(', ')}`);
  if (!oneOf(TIME_LIMIT_BASES, v.basis)) c.add(`${path}/basis`, 'basis must be natural or working');
  const a = v.amount;
  if (typeof a !== 'number' || !Number.isInteger(a) || a <= 0) {
    c.add(`${path}/amount`, 'amount must be a whole number greater than 0');
  } else if (unitOk && a * NATURAL_UNIT_MINUTES[v.unit as TimeLimitUnit] > MAX_LIMIT_MINUTES) {
    c.add(`${path}/amount`, 'A handling limit may not exceed 90 days');
  }
}

function checkItem(
  item: unknown,
  path: string,
  categoryCode: string | null,
  departments: ReadonlySet<string>,
  seen: Map<string, string>,
  c: Collector,
): void {
  if (!isObj(item)) return c.add(path, 'An item must be an object');
  c.unknownKeys(item, ITEM_KEYS, path);
  const code = item.code;
  if (typeof code !== 'string' || !ITEM_CODE_PATTERN.test(code)) {
    c.add(`${path}/code`, 'Item code must look like category.word (lower-case letters, digits, _)');
  } else {
    const prefix = ITEM_CODE_PATTERN.exec(code)![1];
    if (categoryCode !== null && prefix !== categoryCode)
      c.add(`${path}/code`, `Item code ${code} must start with its category's code ${categoryCode}.`);
    const other = seen.get(code);
    if (other) c.add(`${path}/code`, `Code ${code} is already used at ${other}`);
    else seen.set(code, path);
  }
  c.text(item, 'name', path, true, MAX_NAME_LENGTH);
  c.text(item, 'nameEn', path, true, MAX_NAME_LENGTH);
  c.text(item, 'hint', path, false, MAX_HINT_LENGTH);
  c.text(item, 'hintEn', path, false, MAX_HINT_LENGTH);
  const dept = item.defaultDepartmentCode;
  if (typeof dept !== 'string' || !departments.has(dept))
    c.add(`${path}/defaultDepartmentCode`, `Unknown department ${String(dept)}`);
  if (!oneOf(CASE_LEVELS, item.defaultLevel))
    c.add(`${path}/defaultLevel`, `defaultLevel must be one of ${CASE_LEVELS.join(', ')}`);
  if (!oneOf(CASE_URGENCIES, item.defaultUrgency))
    c.add(`${path}/defaultUrgency`, `defaultUrgency must be one of ${CASE_URGENCIES.join(', ')}`);
  checkLimit(item.handleLimitNormal, `${path}/handleLimitNormal`, c);
  if (item.sourceType !== null && !oneOf(SOURCE_TYPES, item.sourceType))
    c.add(`${path}/sourceType`, `sourceType must be null or one of ${SOURCE_TYPES.join(', ')}`);
  c.flag(item, 'proposesSource', path);
  c.flag(item, 'retired', path);
  if (item.proposesSource === true && item.sourceType === null)
    c.add(`${path}/sourceType`, 'An item that proposes a new source needs its sourceType');
}

function checkSourceTypes(v: unknown, c: Collector): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) return c.add('/sourceTypes', 'sourceTypes must be a list');
  v.forEach((t: unknown, i) => {
    if (!isObj(t) || !oneOf(SOURCE_TYPES, t.code))
      c.add(`/sourceTypes/${i}`, `Source type must be one of ${SOURCE_TYPES.join(', ')}`);
  });
}

/**
 * Every problem of an (admin-edited) taxonomy, each with its JSON-pointer path: structure, code
 * format and uniqueness, item codes under their category, known departments, valid level,
 * urgency, time limit and source type, no unknown fields. Empty when it is valid.
 */
export function taxonomyProblems(value: unknown, opts: TaxonomyValidationOptions): TaxonomyProblem[] {
  const c = new Collector();
  if (!isObj(value)) {
    c.add('', 'The taxonomy must be an object with categories');
    return c.problems;
  }
  c.unknownKeys(value, TOP_KEYS, '');
  checkSourceTypes(value.sourceTypes, c);
  const departments = new Set(opts.departmentCodes);
  const seen = new Map<string, string>();
  if (!Array.isArray(value.categories)) {
    c.add('/categories', 'categories must be a list');
    return c.problems;
  }
  if (value.categories.length === 0) c.add('/categories', 'The taxonomy needs at least one category');
  value.categories.forEach((cat: unknown, ci) => {
    const path = `/categories/${ci}`;
    if (!isObj(cat)) return c.add(path, 'A category must be an object');
    c.unknownKeys(cat, CATEGORY_KEYS, path);
    let code: string | null = null;
    if (typeof cat.code !== 'string' || !CATEGORY_CODE_PATTERN.test(cat.code)) {
      c.add(`${path}/code`, 'Category code must be a lower-case word (letters, digits, _)');
    } else {
      code = cat.code;
      const other = seen.get(code);
      if (other) c.add(`${path}/code`, `Code ${code} is already used at ${other}`);
      else seen.set(code, path);
    }
    c.text(cat, 'name', path, true, MAX_NAME_LENGTH);
    c.text(cat, 'nameEn', path, true, MAX_NAME_LENGTH);
    c.flag(cat, 'retired', path);
    if (!Array.isArray(cat.items)) return c.add(`${path}/items`, 'items must be a list');
    cat.items.forEach((item: unknown, ii) =>
      checkItem(item, `${path}/items/${ii}`, code, departments, seen, c),
    );
  });
  return c.problems;
}

export type TaxonomyParse = { ok: true; taxonomy: Taxonomy } | { ok: false; problems: TaxonomyProblem[] };

/** Validates and returns the taxonomy (categories only), or its problems. */
export function parseTaxonomy(value: unknown, opts: TaxonomyValidationOptions): TaxonomyParse {
  const problems = taxonomyProblems(value, opts);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, taxonomy: { categories: (value as Taxonomy).categories } };
}

/** The category code an item code belongs to (`air` for `air.catering_fumes`), or null. */
export function categoryCodeOf(itemCode: string): string | null {
  return ITEM_CODE_PATTERN.exec(itemCode)?.[1] ?? null;
}

/** The item with this code (retired ones included), or null. */
/** Each item's own normal handling limit, by item code (retired items too: old cases keep theirs). */
export function itemHandleLimits(taxonomy: Taxonomy): Record<string, TaxonomyTimeLimit> {
  return Object.fromEntries(
    taxonomy.categories.flatMap((c) => c.items.map((i) => [i.code, i.handleLimitNormal])),
  );
}

export function findItem(taxonomy: Taxonomy, code: string): TaxonomyItem | null {
  for (const cat of taxonomy.categories) {
    const item = cat.items.find((i) => i.code === code);
    if (item) return item;
  }
  return null;
}

export function findCategory(taxonomy: Taxonomy, code: string): TaxonomyCategory | null {
  return taxonomy.categories.find((c) => c.code === code) ?? null;
}

/** Every item code, retired ones included. */
export function allItemCodes(taxonomy: Taxonomy): string[] {
  return taxonomy.categories.flatMap((c) => c.items.map((i) => i.code));
}

/** Item codes offered for new reports: neither the item nor its category retired. */
export function activeItemCodes(taxonomy: Taxonomy): string[] {
  return taxonomy.categories
    .filter((c) => !c.retired)
    .flatMap((c) => c.items.filter((i) => !i.retired).map((i) => i.code));
}

/**
 * Why replacing `before` with `after` is refused, or null: an item code that cases use (`usedCodes`)
 * must not change or disappear. Retire it instead; names and defaults may change.
 */
export function codeChangeProblem(
  usedCodes: Iterable<string>,
  before: Taxonomy,
  after: Taxonomy,
): string | null {
  const had = new Set(allItemCodes(before));
  const has = new Set(allItemCodes(after));
  const gone = [...new Set(usedCodes)].filter((code) => had.has(code) && !has.has(code)).sort();
  if (gone.length === 0) return null;
  return `Item codes in use cannot change or disappear (retire them instead): ${gone.join(', ')}`;
}
