import {
  PostgresAdapter,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
} from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CaseListQuery } from './case-list-query.ts';

/**
 * The case list's query, each filter in a form both engines read through an index
 * (case-list-plans.test.ts checks the plans): the scope's index ranges, the assisting departments'
 * rows, the text search's trigram index.
 */
export function caseListQuery(db: Kysely<Database>, q: CaseListQuery) {
  const pg = isPostgres(db);
  const byDeadline = q.sort === 'deadline';
  let query = db.selectFrom('cases').selectAll().limit(q.limit);
  query = byDeadline
    ? // The running steps' partial index (migration 0005), in its own order.
      query
        .where('step_deadline_at', 'is not', null)
        .where('paused_at', 'is', null)
        .orderBy('step_deadline_at', 'asc')
        .orderBy('id', 'asc')
    : q.overdueAt !== undefined
      ? // `+created_at`: not the newest-first index, which would filter every case for the few
        // overdue ones; the running steps' index finds them, and they are few enough to sort.
        query.orderBy(sql`+${sql.ref('created_at')}`, 'desc').orderBy('id', 'desc')
      : query.orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (q.statuses?.length) query = query.where('status', 'in', q.statuses);
  if (q.streetCode) query = query.where('street_code', '=', q.streetCode);
  if (q.gridCodes)
    query = q.gridCodes.length
      ? query.where('grid_code', 'in', q.gridCodes)
      : query.where('grid_code', '=', '');
  if (q.itemCode) query = query.where('item_code', '=', q.itemCode);
  if (q.overdueAt !== undefined) {
    query = query
      .where('step_deadline_at', '<', q.overdueAt)
      .where('paused_at', 'is', null)
      .where('status', 'not in', ['closed', 'rejected', 'voided']);
  }
  if (q.supervised) query = query.where('supervised_at', 'is not', null);
  if (q.reporterId) query = query.where('reporter_id', '=', q.reporterId);
  if (q.q) {
    const text = q.q;
    // A whole case number is looked up by its unique index; other text is searched for.
    query = /^\d{12,20}$/.test(text) ? query.where('case_no', '=', text) : query.where(textMatch(pg, text));
  }
  if (q.departmentId) {
    const dep = q.departmentId;
    query = query.where((eb) => eb.or([eb('lead_department_id', '=', dep), assistedBy(eb, pg, dep, q)]));
  }
  if (q.visibleTo) {
    const v = q.visibleTo;
    query = query.where((eb) => {
      const seen: Expression<SqlBool>[] = [eb('reporter_id', '=', v.reporterId)];
      if (v.gridCodes.length) seen.push(eb('grid_code', 'in', v.gridCodes));
      if (v.streetCode) seen.push(eb('street_code', '=', v.streetCode));
      if (v.departmentId) {
        seen.push(eb('lead_department_id', '=', v.departmentId));
        seen.push(assistedBy(eb, pg, v.departmentId, q));
      }
      return eb.or(seen);
    });
  }
  if (q.cursor) {
    const { key, id } = q.cursor;
    // A row comparison, so both engines read it as a range of the (…, created_at, id) indexes.
    query = byDeadline
      ? query.where((eb) => eb(eb.refTuple('step_deadline_at', 'id'), '>', eb.tuple(key, id)))
      : query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(key, id)));
  }
  return query;
}

/** Repositories are bound to a connection or a transaction, not told the engine: ask the dialect. */
const isPostgres = (db: Kysely<Database>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Cases the department assists, from its rows (department_id, created_at, case_id): an index range,
 * which a deep page's cursor narrows too. PostgreSQL reads `= any(array(…))` as one more arm of a
 * BitmapOr beside the other scope indexes; it would filter every case by an `in (…)` instead.
 */
function assistedBy(
  eb: ExpressionBuilder<Database, 'cases'>,
  pg: boolean,
  departmentId: string,
  q: CaseListQuery,
) {
  let rows = eb
    .selectFrom('case_assist_departments')
    .select('case_assist_departments.case_id')
    .where('case_assist_departments.department_id', '=', departmentId);
  // The rows hold created_at: they follow a newest-first cursor only.
  if (q.cursor && q.sort !== 'deadline') {
    const { key, id } = q.cursor;
    rows = rows.where((e) =>
      e(
        e.refTuple('case_assist_departments.created_at', 'case_assist_departments.case_id'),
        '<',
        e.tuple(key, id),
      ),
    );
  }
  return pg ? sql<SqlBool>`${sql.ref('cases.id')} = any(array(${rows}))` : eb('cases.id', 'in', rows);
}

/**
 * Trigram indexes find substrings of 3 or more characters. Shorter text (`油烟` is two) has no
 * trigram to look up, so it is matched by LIKE on every case's text: a scan in the list's order,
 * which the page's LIMIT stops early when matches are common, as short words are.
 */
const MIN_INDEXED_CHARS = 3;

/** Substring of the case number, description or address, ignoring case; `%`, `_`, `\` and `"` literal. */
function textMatch(pg: boolean, text: string) {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // PostgreSQL's default LIKE escape is the backslash; its trigram index serves ILIKE of 3+ characters.
  if (pg)
    return sql<SqlBool>`(case_no ilike ${pattern} or description ilike ${pattern} or address ilike ${pattern})`;
  if ([...text].length >= MIN_INDEXED_CHARS) {
    // One FTS5 phrase (quotes doubled): with the trigram tokenizer, a substring match in any column.
    const phrase = `"${text.replaceAll('"', '""')}"`;
    return sql<SqlBool>`cases.rowid in (select rowid from cases_fts where cases_fts match ${phrase})`;
  }
  return sql<SqlBool>`(case_no like ${pattern} escape '\\' or description like ${pattern} escape '\\' or address like ${pattern} escape '\\')`;
}
