/**
 * Importing a year of the working-time calendar (the years chinese-days lacks), as JSON or CSV;
 * the formats are documented in `data/calendar/README.md`.
 *
 * CSV: one `date,kind[,name]` row per override; an optional header row `date,kind,name`; blank
 * lines and `#` comments ignored; `# year: 2027` names the year. JSON: `{"year"?, "days": {date:
 * kind | {kind, name?}}}`, or `{"year"?, "days": [{date, kind, name?}]}`, or a bare array of
 * entries. Kinds: `workday` (also 上班, 补班, 工作日) or `holiday` (also 放假, 休息, 节假日).
 *
 * Every problem is reported with its line (null when the input was an already-parsed object):
 * bad dates, unknown kinds, duplicates, dates far from the imported year.
 */
import Papa from 'papaparse';
import { JsonSyntaxError, parseLocatedJson, plainJson, type LocatedJson } from './located-json.ts';
import type { DayKind } from './work-calendar.ts';
import { isLocalDate, yearOf } from './zoned-time.ts';

export interface CalendarImportEntry {
  date: string;
  kind: DayKind;
  name?: string;
  /** 1-based line in the imported text; null for an already-parsed object. */
  line: number | null;
}

export interface CalendarImportIssue {
  line: number | null;
  message: string;
}

export interface CalendarImport {
  format: 'json' | 'csv';
  /** The year the file is for: given, named in the file, or the year most entries fall in. */
  year: number | null;
  entries: CalendarImportEntry[];
  errors: CalendarImportIssue[];
  warnings: CalendarImportIssue[];
}

export interface CalendarImportOptions {
  /** The year being imported; overrides a year named in the file. */
  year?: number;
}

const KIND_ALIASES: Readonly<Record<string, DayKind>> = {
  workday: 'workday',
  上班: 'workday',
  补班: 'workday',
  工作日: 'workday',
  holiday: 'holiday',
  放假: 'holiday',
  休息: 'holiday',
  节假日: 'holiday',
};

export const MIN_CALENDAR_YEAR = 1900;
export const MAX_CALENDAR_YEAR = 2199;
const MAX_NAME_LENGTH = 50;

export const isCalendarYear = (y: unknown): y is number =>
  typeof y === 'number' && Number.isInteger(y) && y >= MIN_CALENDAR_YEAR && y <= MAX_CALENDAR_YEAR;

interface RawEntry {
  line: number | null;
  date: unknown;
  kind: unknown;
  name: unknown;
}

/**
 * Splits one CSV line with papaparse (double-quoted fields, `""` inside quotes is a quote); null
 * when its quotes are unbalanced or a closing quote is followed by more than blanks.
 */
function splitCsvLine(line: string): string[] | null {
  const parsed = Papa.parse<string[]>(line, { delimiter: ',' });
  if (parsed.errors.length > 0) return null;
  return (parsed.data[0] ?? []).map((f) => f.trim());
}

function readCsv(text: string, errors: CalendarImportIssue[]): { raw: RawEntry[]; year: number | null } {
  const raw: RawEntry[] = [];
  let year: number | null = null;
  let sawData = false;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((rawLine, index) => {
      const line = index + 1;
      const text = rawLine.trim();
      if (text === '') return;
      if (text.startsWith('#')) {
        const m = /^#\s*year\s*[:=]\s*(\d{4})\s*$/i.exec(text);
        if (m) year = Number(m[1]);
        return;
      }
      const fields = splitCsvLine(text);
      if (!fields) {
        errors.push({ line, message: 'unbalanced quotes' });
        return;
      }
      if (!sawData) {
        sawData = true;
        if (/^(date|日期)$/i.test(fields[0] ?? '')) return; // header row
      }
      if (fields.length < 2 || fields.length > 3) {
        errors.push({ line, message: `expected date,kind[,name], got ${fields.length} field(s)` });
        return;
      }
      raw.push({ line, date: fields[0], kind: fields[1], name: fields[2] === '' ? undefined : fields[2] });
    });
  return { raw, year };
}

/** A located tree for an already-parsed value (line 0 = unknown). */
function locate(value: unknown): LocatedJson {
  if (Array.isArray(value)) return { type: 'array', line: 0, items: value.map(locate) };
  if (value === null || value === undefined) return { type: 'null', line: 0 };
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([key, v]) => ({ key, line: 0, value: locate(v) }));
    return { type: 'object', line: 0, entries };
  }
  if (typeof value === 'string') return { type: 'string', line: 0, value };
  if (typeof value === 'number') return { type: 'number', line: 0, value };
  if (typeof value === 'boolean') return { type: 'boolean', line: 0, value };
  return { type: 'null', line: 0 };
}

const scalar = (node: LocatedJson | undefined): unknown => (node === undefined ? undefined : plainJson(node));

function field(node: LocatedJson, key: string): LocatedJson | undefined {
  if (node.type !== 'object') return undefined;
  return node.entries.findLast((e) => e.key === key)?.value;
}

function readJson(
  root: LocatedJson,
  errors: CalendarImportIssue[],
): { raw: RawEntry[]; year: number | null } {
  const raw: RawEntry[] = [];
  const lineOf = (n: number) => (n > 0 ? n : null);
  const fromArray = (items: LocatedJson[]) => {
    for (const item of items) {
      if (item.type !== 'object') {
        errors.push({ line: lineOf(item.line), message: 'expected an object {date, kind, name?}' });
        continue;
      }
      const date = field(item, 'date');
      raw.push({
        line: lineOf(date?.line ?? item.line),
        date: scalar(date),
        kind: scalar(field(item, 'kind')),
        name: scalar(field(item, 'name')),
      });
    }
  };
  if (root.type === 'array') {
    fromArray(root.items);
    return { raw, year: null };
  }
  if (root.type !== 'object') {
    errors.push({
      line: lineOf(root.line),
      message: 'expected an object with "days" or an array of entries',
    });
    return { raw, year: null };
  }
  let year: number | null = null;
  for (const { key, line, value } of root.entries) {
    if (key === 'year') {
      if (value.type === 'number' && isCalendarYear(value.value)) year = value.value;
      else
        errors.push({
          line: lineOf(line),
          message: `year must be a year between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}`,
        });
    } else if (key === 'days') {
      if (value.type === 'array') fromArray(value.items);
      else if (value.type === 'object') {
        for (const e of value.entries) {
          if (e.value.type === 'object') {
            raw.push({
              line: lineOf(e.line),
              date: e.key,
              kind: scalar(field(e.value, 'kind')),
              name: scalar(field(e.value, 'name')),
            });
          } else raw.push({ line: lineOf(e.line), date: e.key, kind: scalar(e.value), name: undefined });
        }
      } else errors.push({ line: lineOf(line), message: '"days" must be an object or an array' });
    } else if (!key.startsWith('$')) {
      errors.push({ line: lineOf(line), message: `unknown field "${key}"` });
    }
  }
  if (!root.entries.some((e) => e.key === 'days'))
    errors.push({ line: lineOf(root.line), message: 'missing "days"' });
  return { raw, year };
}

const describe = (v: unknown) => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

/**
 * Reads and checks an import. `input` is CSV or JSON text (JSON when it starts with `{` or `[`),
 * or an already-parsed JSON value. Never throws for bad content: see `errors`.
 */
export function parseCalendarImport(input: unknown, options: CalendarImportOptions = {}): CalendarImport {
  const errors: CalendarImportIssue[] = [];
  const warnings: CalendarImportIssue[] = [];
  let format: 'json' | 'csv' = 'json';
  let read: { raw: RawEntry[]; year: number | null };
  if (typeof input === 'string') {
    const trimmed = input.replace(/^\uFEFF/, '').trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        read = readJson(parseLocatedJson(input), errors);
      } catch (e) {
        if (!(e instanceof JsonSyntaxError)) throw e;
        errors.push({ line: e.line, message: `invalid JSON: ${e.message}` });
        read = { raw: [], year: null };
      }
    } else {
      format = 'csv';
      read = readCsv(input, errors);
    }
  } else read = readJson(locate(input), errors);

  const entries: CalendarImportEntry[] = [];
  const firstLine = new Map<string, number | null>();
  for (const r of read.raw) {
    const where = r.line === null ? '' : ` (line ${r.line})`;
    if (!isLocalDate(r.date)) {
      errors.push({ line: r.line, message: `${describe(r.date)} is not a date (YYYY-MM-DD)` });
      continue;
    }
    const kind = typeof r.kind === 'string' ? KIND_ALIASES[r.kind.trim().toLowerCase()] : undefined;
    if (!kind) {
      errors.push({
        line: r.line,
        message: `${r.date}: unknown kind ${describe(r.kind)}; use workday or holiday`,
      });
      continue;
    }
    if (
      r.name !== undefined &&
      r.name !== null &&
      (typeof r.name !== 'string' || r.name.length > MAX_NAME_LENGTH)
    ) {
      errors.push({
        line: r.line,
        message: `${r.date}: name must be text of at most ${MAX_NAME_LENGTH} characters`,
      });
      continue;
    }
    if (firstLine.has(r.date)) {
      const before = firstLine.get(r.date);
      const earlier = before === null || before === undefined ? 'before' : `on line ${before}`;
      errors.push({ line: r.line, message: `${r.date} is listed twice${where}; first ${earlier}` });
      continue;
    }
    firstLine.set(r.date, r.line);
    const name = typeof r.name === 'string' && r.name.trim() !== '' ? r.name.trim() : undefined;
    entries.push({ date: r.date, kind, ...(name === undefined ? {} : { name }), line: r.line });
  }

  let year = options.year ?? read.year;
  if (year === null || year === undefined) {
    const counts = new Map<number, number>();
    for (const e of entries) counts.set(yearOf(e.date), (counts.get(yearOf(e.date)) ?? 0) + 1);
    year = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  }
  if (year !== null && !isCalendarYear(year)) {
    errors.push({
      line: null,
      message: `year must be between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}`,
    });
    year = null;
  }
  if (entries.length === 0 && errors.length === 0)
    errors.push({ line: null, message: 'no entries to import' });
  if (year !== null) {
    for (const e of entries) {
      const y = yearOf(e.date);
      if (Math.abs(y - year) > 1) {
        errors.push({ line: e.line, message: `${e.date} is not in or next to the imported year ${year}` });
      } else if (y !== year) {
        warnings.push({ line: e.line, message: `${e.date} belongs to ${y}; it is imported with ${year}` });
      }
    }
    if (entries.length > 0 && !entries.some((e) => e.kind === 'holiday' && yearOf(e.date) === year)) {
      warnings.push({ line: null, message: `no holidays in ${year}: is this the right file?` });
    }
  }
  return { format, year, entries, errors, warnings };
}
