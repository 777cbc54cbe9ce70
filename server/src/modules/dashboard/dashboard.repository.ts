import { OPEN_STATUSES } from '@envgrid/core';
import {
  PostgresAdapter,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { Database } from '../../db/schema.ts';
import type {
  Buckets,
  ClosedRow,
  DashboardFilter,
  MapFilter,
  MapPointRow,
  MapScope,
  ReportedRow,
} from './dashboard.record.ts';

const TERMINAL = ['closed', 'rejected', 'voided'];

/**
 * The evaluation's flags on PostgreSQL, as the predicates of migration 0013's partial indexes
 * (written identically there, so the planner proves the index applies). The evaluation is stored
 * as `JSON.stringify` of core's CaseEvaluation (case.repository.ts): no spaces,
 * `"allOnTime":true|false` once, and `"handle":true|false` only in `onTime` (`steps.handle` is an
 * object or null). Matching the text also spares parsing each month's evaluations (~20 µs a row).
 * The dashboard's tests count every flag on both engines.
 */
const PG_FLAGS = {
  evaluated: sql<SqlBool>`evaluation is not null`,
  onTime: sql<SqlBool>`position('"allOnTime":true' in evaluation) > 0`,
  handled: sql<SqlBool>`(position('"handle":true' in evaluation) > 0 or position('"handle":false' in evaluation) > 0)`,
  handledOnTime: sql<SqlBool>`position('"handle":true' in evaluation) > 0`,
};
type Cases = SelectQueryBuilder<Database, 'cases', object>;
const n = (v: unknown): number => Number(v ?? 0);

/**
 * The dashboards' aggregates and the case map's points. Every aggregate is one GROUP BY over an
 * index range of `created_at` or `closed_at` (migration 0013); month buckets come as instants from
 * the service and are compared with `case when`, so both engines bucket alike.
 */
export class DashboardRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private get pg(): boolean {
    return this.db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** Reported today, open now, overdue now, closed today. */
  async today(
    f: DashboardFilter,
    now: number,
    day: { startMs: number; endMs: number },
  ): Promise<{ new: number; open: number; overdue: number; closedToday: number }> {
    const count = (q: Cases, offIndex = false) =>
      scoped(q, f, offIndex && !this.pg)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => n((r as { n: unknown }).n));
    const base = () => this.db.selectFrom('cases');
    const [created, open, overdue, closed] = await Promise.all([
      count(base().where('created_at', '>=', day.startMs).where('created_at', '<', day.endMs)),
      // `in` the open statuses, not `not in` the others: a range of the (status, …) indexes.
      count(base().where('status', 'in', [...OPEN_STATUSES])),
      count(
        base()
          .where('step_deadline_at', 'is not', null)
          .where('paused_at', 'is', null)
          .where('step_deadline_at', '<', now)
          // SQLite would take the (status, …) index and read every open case; the running steps'
          // indexes find the overdue ones. A department's open cases are few: (lead, status) then.
          .where(!this.pg && !f.departmentId ? sql<string>`+status` : sql.ref<string>('status'), 'in', [
            ...OPEN_STATUSES,
          ]),
      ),
      count(base().where('closed_at', '>=', day.startMs).where('closed_at', '<', day.endMs), true),
    ]);
    return { new: created, open, overdue, closedToday: closed };
  }

  /** Cases reported in the period by month bucket, street and lead department, split by closed now or not. */
  async reported(f: DashboardFilter, b: Buckets): Promise<ReportedRow[]> {
    const rows = await scoped(this.createdIn(b), f)
      .select([
        bucketOf('created_at', b.ends).as('bucket'),
        'street_code',
        'lead_department_id',
        sql<number>`case when status = 'closed' then 1 else 0 end`.as('is_closed'),
        (eb) => eb.fn.countAll().as('n'),
      ])
      .groupBy([sql`bucket`, 'street_code', 'lead_department_id', sql`is_closed`])
      .execute();
    return rows.map((r) => ({
      bucket: n(r.bucket),
      streetCode: r.street_code,
      departmentId: r.lead_department_id,
      closed: n(r.is_closed) === 1,
      count: n(r.n),
    }));
  }

  /** Cases reported in the period per problem type. */
  async reportedByItem(f: DashboardFilter, b: Buckets): Promise<{ itemCode: string; count: number }[]> {
    const rows = await scoped(this.createdIn(b), f)
      .select(['item_code', (eb) => eb.fn.countAll().as('n')])
      .groupBy('item_code')
      .execute();
    return rows.map((r) => ({ itemCode: r.item_code, count: n(r.n) }));
  }

  /** The `limit` grids with the most cases reported in the period, most first. */
  async topGrids(
    f: DashboardFilter,
    b: Buckets,
    limit: number,
  ): Promise<{ gridCode: string; count: number }[]> {
    const rows = await scoped(this.createdIn(b), f)
      .select(['grid_code', (eb) => eb.fn.countAll().as('n')])
      .groupBy('grid_code')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('grid_code')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ gridCode: r.grid_code, count: n(r.n) }));
  }

  /**
   * Cases closed in the period (`closed_at` inside: only closing sets it, into the terminal
   * `closed`) per month bucket, street and lead department: how many, at grid or street level,
   * and the evaluation's on-time flags. Counted from indexes alone (migration 0013): on SQLite
   * `cases_closed_idx` holds the flags as indexed expressions; on PostgreSQL, which cannot answer
   * expressions from an index-only scan, each flag has a partial index of the cases it holds for.
   */
  async closed(f: DashboardFilter, b: Buckets): Promise<ClosedRow[]> {
    if (this.pg) return this.closedOnPostgres(f, b);
    const rows = await scoped(this.closedIn(b), f, true)
      .select([
        bucketOf('closed_at', b.ends).as('bucket'),
        'street_code',
        'lead_department_id',
        (eb) => eb.fn.countAll().as('n'),
        sql<number>`sum(case when level = 'district' then 0 else 1 end)`.as('grassroots'),
        // Sums and counts of the flags, never groups of them: grouped, SQLite would recompute
        // each flag from the row rather than take it from the index. Written exactly as indexed.
        sql<number>`count(json_extract(evaluation, '$.allOnTime'))`.as('evaluated'),
        sql<number>`sum(json_extract(evaluation, '$.allOnTime'))`.as('on_time'),
        sql<number>`count(json_extract(evaluation, '$.onTime.handle'))`.as('handled'),
        sql<number>`sum(json_extract(evaluation, '$.onTime.handle'))`.as('handled_on_time'),
      ])
      .groupBy([sql`bucket`, 'street_code', 'lead_department_id'])
      .execute();
    return rows.map((r) => ({
      bucket: n(r.bucket),
      streetCode: r.street_code,
      departmentId: r.lead_department_id,
      count: n(r.n),
      grassroots: n(r.grassroots),
      evaluated: n(r.evaluated),
      onTime: n(r.on_time),
      handled: n(r.handled),
      handledOnTime: n(r.handled_on_time),
    }));
  }

  /** {@link closed} on PostgreSQL: one index-only count per flag, through its partial index. */
  private async closedOnPostgres(f: DashboardFilter, b: Buckets): Promise<ClosedRow[]> {
    const grouped = (flag?: keyof typeof PG_FLAGS) => {
      let q = scoped(this.closedIn(b), f);
      if (flag) q = q.where(PG_FLAGS[flag]);
      return q
        .select([
          bucketOf('closed_at', b.ends).as('bucket'),
          'street_code',
          'lead_department_id',
          (eb) => eb.fn.countAll().as('n'),
          sql<number>`sum(case when level = 'district' then 0 else 1 end)`.as('grassroots'),
        ])
        .groupBy([sql`bucket`, 'street_code', 'lead_department_id'])
        .execute();
    };
    const [all, ...flags] = await Promise.all([
      grouped(),
      grouped('evaluated'),
      grouped('onTime'),
      grouped('handled'),
      grouped('handledOnTime'),
    ]);
    const key = (r: { bucket: unknown; street_code: string; lead_department_id: string | null }) =>
      `${n(r.bucket)}|${r.street_code}|${r.lead_department_id ?? ''}`;
    const [evaluated, onTime, handled, handledOnTime] = flags.map(
      (rows) => new Map(rows.map((r) => [key(r), n(r.n)])),
    ) as [Map<string, number>, Map<string, number>, Map<string, number>, Map<string, number>];
    return all.map((r) => ({
      bucket: n(r.bucket),
      streetCode: r.street_code,
      departmentId: r.lead_department_id,
      count: n(r.n),
      grassroots: n(r.grassroots),
      evaluated: evaluated.get(key(r)) ?? 0,
      onTime: onTime.get(key(r)) ?? 0,
      handled: handled.get(key(r)) ?? 0,
      handledOnTime: handledOnTime.get(key(r)) ?? 0,
    }));
  }

  /** The newest `limit` cases of the map's filter and scope. */
  async mapPoints(scope: MapScope | null, f: MapFilter, limit: number): Promise<MapPointRow[]> {
    const rows = await this.mapped(scope, f)
      .select([
        'id',
        'case_no',
        'lng',
        'lat',
        'status',
        'item_code',
        'grid_code',
        'created_at',
        'step_started_at',
        'step_deadline_at',
        'step_basis',
        'paused_at',
      ])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      caseNo: r.case_no,
      lng: Number(r.lng),
      lat: Number(r.lat),
      status: r.status,
      itemCode: r.item_code,
      gridCode: r.grid_code,
      createdAt: n(r.created_at),
      stepStartedAt: r.step_started_at === null ? null : n(r.step_started_at),
      stepDeadlineAt: r.step_deadline_at === null ? null : n(r.step_deadline_at),
      stepBasis: r.step_basis as MapPointRow['stepBasis'],
      pausedAt: r.paused_at === null ? null : n(r.paused_at),
    }));
  }

  /** Cases per grid of the map's filter and scope, most first. */
  async gridCounts(scope: MapScope | null, f: MapFilter): Promise<{ gridCode: string; count: number }[]> {
    const rows = await this.mapped(scope, f)
      .select(['grid_code', (eb) => eb.fn.countAll().as('n')])
      .groupBy('grid_code')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('grid_code')
      .execute();
    return rows.map((r) => ({ gridCode: r.grid_code, count: n(r.n) }));
  }

  private closedIn(b: Buckets): Cases {
    return this.db.selectFrom('cases').where('closed_at', '>=', b.startMs).where('closed_at', '<', b.endMs);
  }

  private createdIn(b: Buckets): Cases {
    return this.db.selectFrom('cases').where('created_at', '>=', b.startMs).where('created_at', '<', b.endMs);
  }

  private mapped(scope: MapScope | null, f: MapFilter): Cases {
    let q: Cases = this.createdIn({ startMs: f.startMs, endMs: f.endMs, ends: [] });
    if (f.statuses?.length) q = q.where('status', 'in', [...f.statuses]);
    if (f.itemCodes)
      q = f.itemCodes.length ? q.where('item_code', 'in', [...f.itemCodes]) : q.where(sql.lit(false));
    if (f.streetCode) q = q.where('street_code', '=', f.streetCode);
    if (f.overdueAt !== undefined)
      q = q
        .where('step_deadline_at', '<', f.overdueAt)
        .where('paused_at', 'is', null)
        .where('status', 'not in', TERMINAL);
    return scope ? q.where((eb) => visible(eb, scope)) : q;
  }
}

/**
 * The dashboard filter's street and department. `offIndex` (SQLite only) writes them `+column`:
 * SQLite picks indexes by rule, and would read a street's or department's whole history through
 * its own index rather than the period's range of `closed_at`, which holds both columns.
 */
function scoped<O>(
  q: SelectQueryBuilder<Database, 'cases', O>,
  f: DashboardFilter,
  offIndex = false,
): SelectQueryBuilder<Database, 'cases', O> {
  const col = (c: 'street_code' | 'lead_department_id') =>
    offIndex ? sql<string>`+${sql.ref(c)}` : sql.ref<string>(c);
  if (f.streetCode) q = q.where(col('street_code'), '=', f.streetCode);
  if (f.departmentId) q = q.where(col('lead_department_id'), '=', f.departmentId);
  return q;
}

/** The case list's rule of who sees what (case-list-query.ts `visibleTo`), as one condition. */
function visible(eb: ExpressionBuilder<Database, 'cases'>, s: MapScope): Expression<SqlBool> {
  const arms: Expression<SqlBool>[] = [eb('reporter_id', '=', s.reporterId)];
  if (s.gridCodes.length) arms.push(eb('grid_code', 'in', [...s.gridCodes]));
  if (s.streetCode) arms.push(eb('street_code', '=', s.streetCode));
  if (s.departmentId) {
    arms.push(eb('lead_department_id', '=', s.departmentId));
    arms.push(
      eb(
        'id',
        'in',
        eb
          .selectFrom('case_assist_departments')
          .select('case_id')
          .where('department_id', '=', s.departmentId),
      ),
    );
  }
  return eb.or(arms);
}

/** The index of the first bucket whose end is after the value: `case when col < e0 then 0 … end`. */
function bucketOf(column: 'created_at' | 'closed_at', ends: readonly number[]): RawBuilder<number> {
  if (ends.length <= 1) return sql<number>`0`;
  const whens = ends
    .slice(0, -1)
    .map((end, i) => sql`when ${sql.ref(column)} < ${sql.lit(Math.trunc(end))} then ${sql.lit(i)}`);
  return sql<number>`case ${sql.join(whens, sql` `)} else ${sql.lit(ends.length - 1)} end`;
}
