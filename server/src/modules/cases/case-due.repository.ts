import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DueStepsQuery, TimePiece } from './case-due-query.ts';

/** Statuses whose step clock does not run (or is stopped): they are never reminded of. */
const NOT_RUNNING = ['closed', 'rejected', 'voided', 'suspended'];

/** `pieces` evaluated on a column, as one CASE: the last piece whose `from` the value has reached. */
function piecewise(column: RawBuilder<unknown>, pieces: readonly TimePiece[]): RawBuilder<number> {
  const value = (p: TimePiece) =>
    p.slope === 0 ? sql`${p.base}` : p.slope === 1 ? sql`${p.base} + ${column}` : sql`${p.base} - ${column}`;
  const [first, ...rest] = pieces;
  if (!first) return sql<number>`0`;
  if (rest.length === 0) return sql<number>`(${value(first)})`;
  const arms = rest.reverse().map((p) => sql`when ${column} >= ${p.from} then ${value(p)}`);
  return sql<number>`(case ${sql.join(arms, sql` `)} else ${value(first)} end)`;
}

/**
 * The reminder job's query (see DueStepsQuery). Red is exact: past the deadline. Yellow is exact
 * for natural-time steps (5 · (now − start) ≥ 4 · (deadline − start)) and, for working-time ones,
 * the caller's bounds of the working time on each side of now. The reminder already sent for the
 * light is ruled out here, so a claimed step is not read again.
 */
export function dueStepsQuery(db: Kysely<Database>, q: DueStepsQuery) {
  const { now } = q;
  const start = sql.ref('c.step_started_at');
  const deadline = sql.ref('c.step_deadline_at');
  const light = sql<string>`case when ${deadline} < ${now} then 'red' else 'yellow' end`;
  let query = db
    .selectFrom('cases as c')
    .select([
      'c.id',
      'c.case_no',
      'c.status',
      'c.level',
      'c.grid_code',
      'c.street_code',
      'c.pending_request',
      'c.lead_department_id',
      'c.assist_department_ids',
      'c.assist_done_ids',
      'c.step_started_at',
      'c.step_deadline_at',
      'c.step_basis',
      'c.paused_at',
    ])
    // The partial index's own terms, so SQLite sees that it may use it.
    .where('c.step_deadline_at', 'is not', null)
    .where('c.paused_at', 'is', null)
    .where('c.step_started_at', 'is not', null)
    .where('c.status', 'not in', NOT_RUNNING)
    .where(
      sql<boolean>`(${deadline} < ${now}
        or (c.step_basis = 'natural' and 4 * ${deadline} + ${start} <= ${5 * now})
        or (coalesce(c.step_basis, 'working') <> 'natural'
          and ${piecewise(start, q.workedSince)} >= 4 * ${piecewise(deadline, q.workLeftUntil)}))`,
    )
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('reminders_sent as r')
            .select('r.case_id')
            .whereRef('r.case_id', '=', 'c.id')
            .whereRef('r.step_started_at', '=', 'c.step_started_at')
            .where('r.light', '=', light),
        ),
      ),
    )
    .orderBy('c.step_deadline_at')
    .orderBy('c.id')
    .limit(q.limit);
  if (q.after) {
    const { deadlineAt, id } = q.after;
    query = query.where((eb) => eb(eb.refTuple('c.step_deadline_at', 'c.id'), '>', eb.tuple(deadlineAt, id)));
  }
  return query;
}
