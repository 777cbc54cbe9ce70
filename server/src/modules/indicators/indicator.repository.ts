import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Span } from './indicator.record.ts';

const n = (v: unknown): number => Number(v ?? 0);

/**
 * What the indicators read live rather than from the daily rollup (docs/indicators.md): open
 * overdue work as of now (`cases_deadline_idx`), failed 督查 re-checks (a small table), the
 * subjects. Everything counted from case events comes from IndicatorRollupRepository.
 */
export class IndicatorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private get pg(): boolean {
    return this.db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** A JSON boolean field is true. */
  private isTrue(col: string, key: string): RawBuilder<boolean> {
    return this.pg
      ? sql`(${sql.ref(col)}::json->>${key}) = 'true'`
      : sql`json_extract(${sql.ref(col)}, ${`$.${key}`}) = 1`;
  }

  private async rows<R>(q: RawBuilder<R>): Promise<R[]> {
    return (await q.execute(this.db)).rows;
  }

  /** Open cases past a deadline that falls in the span (a suspended case: past it before the pause). */
  private overdueWhere(statuses: readonly string[], s: Span): RawBuilder<boolean> {
    return sql`c.status in (${sql.join(statuses)}) and c.step_deadline_at >= ${s.start} and c.step_deadline_at < ${s.end}
      and c.step_deadline_at < ${s.now} and (c.paused_at is null or c.step_deadline_at < c.paused_at)`;
  }

  /** Open handling past its deadline, per lead department. */
  async overdueHandling(s: Span): Promise<Map<string, number>> {
    const rows = await this.rows(sql<{ k: string; n: number }>`
      select c.lead_department_id as k, count(*) as n from cases c
      where ${this.overdueWhere(['dispatched', 'suspended'], s)} and c.lead_department_id is not null
      group by c.lead_department_id`);
    return new Map(rows.map((r) => [r.k, n(r.n)]));
  }

  /** Open verification or check past its deadline, per the grid's supervisor at the deadline. */
  async overdueSupervision(s: Span): Promise<{ userId: string; status: string; n: number }[]> {
    const rows = await this.rows(sql<{ k: string; status: string; n: number }>`
      select ga.user_id as k, c.status as status, count(*) as n from cases c
      join grid_assignments ga on ga.grid_code = c.grid_code and ga.role = 'supervisor'
        and ga.starts_at <= c.step_deadline_at and (ga.ends_at is null or ga.ends_at > c.step_deadline_at)
      where ${this.overdueWhere(['pending_verification', 'pending_check'], s)}
      group by ga.user_id, c.status`);
    return rows.map((r) => ({ userId: r.k, status: r.status, n: n(r.n) }));
  }

  /** Open cases past any step's deadline in the span, per street. */
  async overdueByStreet(s: Span): Promise<Map<string, number>> {
    const open = [
      'pending_verification',
      'reported',
      'filed',
      'dispatched',
      'suspended',
      'pending_check',
      'pending_close',
    ];
    const rows = await this.rows(sql<{ k: string; n: number }>`
      select c.street_code as k, count(*) as n from cases c where ${this.overdueWhere(open, s)} group by c.street_code`);
    return new Map(rows.map((r) => [r.k, n(r.n)]));
  }

  /** Failed 督查 re-checks in the span: per department (false closures) and per checking supervisor. */
  async failedAudits(
    s: Span,
  ): Promise<{ byDepartment: Map<string, number>; bySupervisor: Map<string, number> }> {
    const rows = await this.rows(sql<{ dept: string | null; sup: string | null; n: number }>`
      select a.department_id as dept,
        (select e.actor_id from case_events e where e.case_id = a.case_id and e.action = 'check'
          and ${this.isTrue('e.payload', 'passed')} order by e.seq desc limit 1) as sup, count(*) as n
      from case_audit_samples a
      where a.result = 'failed' and a.checked_at >= ${s.start} and a.checked_at < ${s.end}
      group by a.department_id, sup`);
    const byDepartment = new Map<string, number>();
    const bySupervisor = new Map<string, number>();
    for (const r of rows) {
      if (r.dept) byDepartment.set(r.dept, (byDepartment.get(r.dept) ?? 0) + n(r.n));
      if (r.sup) bySupervisor.set(r.sup, (bySupervisor.get(r.sup) ?? 0) + n(r.n));
    }
    return { byDepartment, bySupervisor };
  }

  /** Users: every enabled supervisor, and whoever else is named. */
  async users(ids: readonly string[]): Promise<
    {
      id: string;
      username: string;
      displayName: string;
      supervisor: boolean;
      scopeKind: string;
      scopeCode: string;
    }[]
  > {
    let q = this.db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'roles', 'scope_kind', 'scope_code'])
      .where((eb) => {
        const sup = eb.and([eb('disabled', '=', 0), eb('roles', 'like', '%"supervisor"%')]);
        return ids.length ? eb.or([sup, eb('id', 'in', [...ids])]) : sup;
      });
    q = q.orderBy('username');
    return (await q.execute()).map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      supervisor: u.roles.includes('"supervisor"'),
      scopeKind: u.scope_kind,
      scopeCode: u.scope_code,
    }));
  }

  async streets(): Promise<{ code: string; name: string }[]> {
    return this.db
      .selectFrom('regions')
      .select(['code', 'name'])
      .where('kind', '=', 'street')
      .orderBy('code')
      .execute();
  }
}
