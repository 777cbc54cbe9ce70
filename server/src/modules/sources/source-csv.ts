/**
 * The registry as CSV (docs/sources.md): one row a source, the common fields as columns, each
 * type's attributes as `attr:<key>` columns. Import is all-or-nothing; a problem names its row
 * (the file's line, the header being row 1) and column.
 */
import Papa from 'papaparse';
import {
  isRiskLevel,
  isSourceType,
  MAX_INSPECTION_EVERY_DAYS,
  SOURCE_ATTRIBUTES,
  SOURCE_TYPES,
  type DepartmentRecord,
  type SourceRecord,
} from '@envgrid/core';
import type { SourceInput } from './source.service.ts';

export const MAX_IMPORT_ROWS = 5000;

const COMMON = [
  'type',
  'name',
  'address',
  'lng',
  'lat',
  'riskLevel',
  'inspectionEveryDays',
  'department',
] as const;
/** Written by export, ignored by import: the registry decides them. */
const EXPORT_ONLY = ['id', 'status', 'gridCode', 'streetCode'] as const;
const ATTRIBUTE_KEYS = [...new Set(SOURCE_TYPES.flatMap((t) => SOURCE_ATTRIBUTES[t].map((a) => a.key)))];
const ATTR = (key: string) => `attr:${key}`;

export interface CsvProblem {
  row: number;
  column: string;
  message: string;
}

export function sourcesToCsv(
  list: readonly SourceRecord[],
  departments: readonly DepartmentRecord[],
): string {
  const code = new Map(departments.map((d) => [d.id, d.code]));
  const fields = [...EXPORT_ONLY, ...COMMON, ...ATTRIBUTE_KEYS.map(ATTR)];
  const data = list.map((s) => [
    s.id,
    s.status,
    s.gridCode,
    s.streetCode,
    s.type,
    s.name,
    s.address ?? '',
    s.location.lng,
    s.location.lat,
    s.riskLevel,
    s.inspectionEveryDays,
    s.departmentId ? (code.get(s.departmentId) ?? '') : '',
    ...ATTRIBUTE_KEYS.map((k) => {
      const v = s.attributes[k];
      return v === undefined ? '' : String(v);
    }),
  ]);
  // A BOM so that spreadsheet programs read the Chinese as UTF-8.
  return `\ufeff${Papa.unparse({ fields, data }, { newline: '\r\n' })}`;
}

/** Rows of `text` as sources to register, or every problem found (never a partial list). */
export function parseSourceCsv(
  text: string,
  departments: readonly DepartmentRecord[],
): { rows: { row: number; input: SourceInput }[]; problems: CsvProblem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const problems: CsvProblem[] = [];
  for (const e of parsed.errors)
    problems.push({ row: (e.row ?? 0) + 2, column: '', message: `CSV: ${e.message}` });
  const headers = parsed.meta.fields ?? [];
  const known = new Set<string>([...COMMON, ...EXPORT_ONLY, ...ATTRIBUTE_KEYS.map(ATTR)]);
  for (const h of headers) if (!known.has(h)) problems.push({ row: 1, column: h, message: 'unknown column' });
  for (const need of ['type', 'name', 'lng', 'lat', 'riskLevel'])
    if (!headers.includes(need))
      problems.push({ row: 1, column: need, message: 'required column is missing' });
  if (problems.length) return { rows: [], problems };
  if (parsed.data.length === 0) return { rows: [], problems: [{ row: 2, column: '', message: 'no rows' }] };
  if (parsed.data.length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      problems: [{ row: MAX_IMPORT_ROWS + 2, column: '', message: `at most ${MAX_IMPORT_ROWS} rows a file` }],
    };
  const byCode = new Map(departments.filter((d) => d.active).map((d) => [d.code, d.id]));
  const rows: { row: number; input: SourceInput }[] = [];
  parsed.data.forEach((r, i) => {
    const row = i + 2;
    const bad = (column: string, message: string) => problems.push({ row, column, message });
    const cell = (k: string) => (r[k] ?? '').trim();
    const type = cell('type');
    if (!isSourceType(type)) bad('type', `must be one of ${SOURCE_TYPES.join(', ')}`);
    const name = cell('name');
    if (!name) bad('name', 'is required');
    if (name.length > 200) bad('name', 'must be at most 200 characters');
    const address = cell('address');
    if (address.length > 300) bad('address', 'must be at most 300 characters');
    const lng = Number(cell('lng'));
    const lat = Number(cell('lat'));
    if (!cell('lng') || !Number.isFinite(lng) || lng < -180 || lng > 180) bad('lng', 'must be a longitude');
    if (!cell('lat') || !Number.isFinite(lat) || lat < -90 || lat > 90) bad('lat', 'must be a latitude');
    const riskLevel = cell('riskLevel');
    if (!isRiskLevel(riskLevel)) bad('riskLevel', 'must be key or general');
    const every = cell('inspectionEveryDays');
    const days = every ? Number(every) : undefined;
    if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_INSPECTION_EVERY_DAYS))
      bad('inspectionEveryDays', `must be a whole number of days from 1 to ${MAX_INSPECTION_EVERY_DAYS}`);
    const dept = cell('department');
    if (dept && !byCode.has(dept)) bad('department', 'names no active department code');
    const attributes: Record<string, string | boolean> = {};
    if (isSourceType(type)) {
      const defs = new Map(SOURCE_ATTRIBUTES[type].map((a) => [a.key, a]));
      for (const key of ATTRIBUTE_KEYS) {
        const v = cell(ATTR(key));
        if (!v) continue;
        const def = defs.get(key);
        if (!def) {
          bad(ATTR(key), `is not an attribute of a ${type} source`);
          continue;
        }
        if (def.kind === 'boolean') {
          if (!['true', 'false', '是', '否'].includes(v)) bad(ATTR(key), 'must be true, false, 是 or 否');
          attributes[key] = v === 'true' || v === '是';
        } else attributes[key] = v;
      }
    }
    if (isSourceType(type) && isRiskLevel(riskLevel))
      rows.push({
        row,
        input: {
          type,
          name,
          ...(address ? { address } : {}),
          location: { lng, lat },
          riskLevel,
          ...(days !== undefined ? { inspectionEveryDays: days } : {}),
          departmentId: dept ? (byCode.get(dept) ?? null) : null,
          attributes,
        },
      });
  });
  return { rows: problems.length ? [] : rows, problems };
}
