import {
  PostgresAdapter,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CaseListQuery } from './case-list-query.ts';

/**
 * The case list's query, each filter in a form both engines read through an index
 * (case-list-plans.test.ts checks the plans): the scope's index ranges, the assisting departments'
 * rows, the text search's trigram index.
 */
export function caseListQuery(db: Kysely<Database>, q: CaseListQuery, opts: ListOptions = {}) {
  const pg = isPostgres(db);
  const filtered = <O>(query: SelectQueryBuilder<Database, 'cases', O>, arm = false) =>
    filters(query, pg, q, opts, arm);
  if (!q.visibleTo) return ordered(filtered(db.selectFrom('cases').selectAll()), q).limit(q.limit);
  // A scoped user sees the union of several scopes (the street's cases, those they reported, their
  // grids', a department's led and assisted ones). One OR of them makes the engines gather every
  // case of the scope and sort it for each page; instead each scope gives its first page from its
  // own index, in the list's order, and the page is the first of their union.
  const v = q.visibleTo;
  // By deadline or overdue, the street's arm reads the street's running steps (migration 0008);
  // the others walk the running steps' index (open work only, a small share of all cases) and
  // check their scope on the way. SQLite would rather take the scope's newest-first index, then
  // filter and sort its whole history, so there those columns are kept off their index (`+grid_code`).
  const running = q.sort === 'deadline' || q.overdueAt !== undefined;
  const scope = (c: 'reporter_id' | 'grid_code' | 'street_code' | 'lead_department_id') =>
    running && !pg && c !== 'street_code'
      ? sql<string>`+${sql.ref(`cases.${c}`)}`
      : sql.ref<string>(`cases.${c}`);
  const arms: { where: (eb: ExpressionBuilder<Database, 'cases'>) => Expression<SqlBool> }[] = [
    { where: (eb) => eb(scope('reporter_id'), '=', v.reporterId) },
  ];
  if (v.gridCodes.length) arms.push({ where: (eb) => eb(scope('grid_code'), 'in', v.gridCodes) });
  if (v.streetCode) arms.push({ where: (eb) => eb(scope('street_code'), '=', v.streetCode!) });
  if (v.departmentId) arms.push({ where: (eb) => eb(scope('lead_department_id'), '=', v.departmentId!) });
  const pages = arms.map((arm) =>
    db
      .selectFrom(
        ordered(filtered(db.selectFrom('cases').select('cases.id').where(arm.where), true), q)
          .limit(q.limit)
          .as('page'),
      )
      .select('page.id'),
  );
  if (v.departmentId)
    pages.push(db.selectFrom(assistedPage(db, v.departmentId, q, filtered).as('page')).select('page.id'));
  const union = pages.slice(1).reduce((u, p) => u.unionAll(p), pages[0]!);
  return ordered(db.selectFrom('cases').selectAll().where('cases.id', 'in', union), q).limit(q.limit);
}

/** The list's order: newest first, or the running steps by nearest deadline. */
function ordered<O>(query: SelectQueryBuilder<Database, 'cases', O>, q: CaseListQuery) {
  if (q.sort === 'deadline')
    // The running steps' partial index (migration 0005), in its own order.
    return query
      .where('cases.step_deadline_at', 'is not', null)
      .where('cases.paused_at', 'is', null)
      .orderBy('cases.step_deadline_at', 'asc')
      .orderBy('cases.id', 'asc');
  if (q.overdueAt !== undefined)
    // `+created_at`: not the newest-first index, which would filter every case for the few
    // overdue ones; the running steps' index finds them, and they are few enough to sort.
    return query.orderBy(sql`+${sql.ref('cases.created_at')}`, 'desc').orderBy('cases.id', 'desc');
  return query.orderBy('cases.created_at', 'desc').orderBy('cases.id', 'desc');
}

/** Every filter but the scope, and the cursor. */
function filters<O>(
  query: SelectQueryBuilder<Database, 'cases', O>,
  pg: boolean,
  q: CaseListQuery,
  opts: ListOptions,
  /** Inside one scope's arm, whose own index must lead (see below). */
  arm: boolean,
) {
  // SQLite picks among indexes by rule, not by statistics: offered (status, created_at) beside a
  // scope's (reporter_id, created_at) it may walk every closed case looking for one reporter's.
  // In an arm, `+status` and `+item_code` keep those filters off their indexes (PostgreSQL, which
  // weighs the choice by statistics, has no unary plus on text).
  const col = (c: 'status' | 'item_code') =>
    arm && !pg ? sql<string>`+${sql.ref(`cases.${c}`)}` : sql.ref<string>(`cases.${c}`);
  if (q.statuses?.length) query = query.where(col('status'), 'in', q.statuses);
  if (q.streetCode) query = query.where('cases.street_code', '=', q.streetCode);
  if (q.gridCodes)
    query = q.gridCodes.length
      ? query.where('cases.grid_code', 'in', q.gridCodes)
      : query.where('cases.grid_code', '=', '');
  if (q.itemCode) query = query.where(col('item_code'), '=', q.itemCode);
  if (q.overdueAt !== undefined) {
    query = query
      .where('cases.step_deadline_at', '<', q.overdueAt)
      .where('cases.paused_at', 'is', null)
      .where('cases.status', 'not in', ['closed', 'rejected', 'voided']);
  }
  if (q.supervised) query = query.where('cases.supervised_at', 'is not', null);
  if (q.reporterId) query = query.where('cases.reporter_id', '=', q.reporterId);
  if (q.q) {
    const text = q.q;
    // A whole case number is looked up by its unique index; other text is searched for.
    query = /^\d{12,20}$/.test(text)
      ? query.where('cases.case_no', '=', text)
      : query.where(textMatch(pg, text, opts.scanText === true));
  }
  if (q.cursor) {
    const { key, id } = q.cursor;
    // A row comparison, so both engines read it as a range of the (…, created_at, id) indexes.
    query =
      q.sort === 'deadline'
        ? query.where((eb) => eb(eb.refTuple('cases.step_deadline_at', 'cases.id'), '>', eb.tuple(key, id)))
        : query.where((eb) => eb(eb.refTuple('cases.created_at', 'cases.id'), '<', eb.tuple(key, id)));
  }
  return query;
}

/**
 * The first page of the cases a department assists: newest first from its rows' own index
 * (department_id, created_at, case_id), each row joined to its case for the other filters.
 */
function assistedPage(
  db: Kysely<Database>,
  departmentId: string,
  q: CaseListQuery,
  filtered: <O>(
    query: SelectQueryBuilder<Database, 'cases', O>,
    arm?: boolean,
  ) => SelectQueryBuilder<Database, 'cases', O>,
) {
  const rows = db
    .selectFrom('case_assist_departments as a')
    .innerJoin('cases', 'cases.id', 'a.case_id')
    .select('cases.id')
    .where('a.department_id', '=', departmentId);
  if (q.sort === 'deadline' || q.overdueAt !== undefined)
    return ordered(filtered(rows, true), q).limit(q.limit);
  let page = filtered(rows, true);
  const [at, caseId] = [sql.ref('a.created_at'), sql.ref('a.case_id')];
  if (q.cursor) page = page.where(sql<SqlBool>`(${at}, ${caseId}) < (${q.cursor.key}, ${q.cursor.id})`);
  return page.orderBy(at, 'desc').orderBy(caseId, 'desc').limit(q.limit);
}

export interface ListOptions {
  /** Match text by LIKE along the list's index instead of the text index (see {@link textIsCommon}). */
  scanText?: boolean;
}

/**
 * Whether SQLite should look for this text by walking the list's index rather than through its
 * text index. The text index gives every matching case, which must then be read and sorted: fast
 * for rare text, slow for text in thousands of cases (a common phrase matched 50,000 of a million
 * and took 0.6 s). Common text, though, turns up within the first few hundred cases of any walk
 * in the list's order. So: count matches up to COMMON_TEXT (cheap, in the text index), and walk
 * when there are that many. PostgreSQL weighs the same choice itself, by statistics.
 */
export async function textIsCommon(db: Kysely<Database>, text: string): Promise<boolean> {
  if (isPostgres(db) || [...text].length < MIN_INDEXED_CHARS || /^\d{12,20}$/.test(text)) return false;
  const phrase = `"${text.replaceAll('"', '""')}"`;
  const r = await sql<{
    n: number;
  }>`select count(*) as n from (select rowid from cases_fts where cases_fts match ${phrase} limit ${COMMON_TEXT})`.execute(
    db,
  );
  return Number(r.rows[0]?.n ?? 0) >= COMMON_TEXT;
}
const COMMON_TEXT = 1000;

/** Repositories are bound to a connection or a transaction, not told the engine: ask the dialect. */
const isPostgres = (db: Kysely<Database>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Trigram indexes find substrings of 3 or more characters. Shorter text (`油烟` is two) has no
 * trigram to look up, so it is matched by LIKE on every case's text: a scan in the list's order,
 * which the page's LIMIT stops early when matches are common, as short words are.
 */
const MIN_INDEXED_CHARS = 3;

/** Substring of the case number, description or address, ignoring case; `%`, `_`, `\` and `"` literal. */
function textMatch(pg: boolean, text: string, scan: boolean) {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // PostgreSQL's default LIKE escape is the backslash; its trigram index serves ILIKE of 3+ characters.
  if (pg)
    return sql<SqlBool>`(case_no ilike ${pattern} or description ilike ${pattern} or address ilike ${pattern})`;
  if (!scan && [...text].length >= MIN_INDEXED_CHARS) {
    // One FTS5 phrase (quotes doubled): with the trigram tokenizer, a substring match in any column.
    // The index is keyed by each case's `text_id` (migration 0007), not `cases`' unstable rowid.
    const phrase = `"${text.replaceAll('"', '""')}"`;
    return sql<SqlBool>`cases.id in (select case_id from case_text_ids where text_id in (select rowid from cases_fts where cases_fts match ${phrase}))`;
  }
  return sql<SqlBool>`(case_no like ${pattern} escape '\\' or description like ${pattern} escape '\\' or address like ${pattern} escape '\\')`;
}
