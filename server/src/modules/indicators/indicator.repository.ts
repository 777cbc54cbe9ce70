import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { STEP_SQL, type Judged, type JudgedStep, type Span } from './indicator.record.ts';

const MAX_SEQ = 2147483647;
const n = (v: unknown): number => Number(v ?? 0);

/**
 * The indicator engine's SQL aggregates over case events (docs/indicators.md). Every query reads
 * events by action and time (`case_events_action_at_idx`, migration 0012) or open cases by deadline
 * (`cases_deadline_idx`), and looks back within one case through its (case_id, seq) key.
 */
export class IndicatorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private get pg(): boolean {
    return this.db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** A JSON number field of a text column. */
  private num(col: string, key: string): RawBuilder<number> {
    return this.pg
      ? sql`(${sql.ref(col)}::json->>${key})::bigint`
      : sql`json_extract(${sql.ref(col)}, ${`$.${key}`})`;
  }

  /** A JSON string field of a text column. */
  private str(col: string, key: string): RawBuilder<string> {
    return this.pg
      ? sql`(${sql.ref(col)}::json->>${key})`
      : sql`json_extract(${sql.ref(col)}, ${`$.${key}`})`;
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

  /** The case was filed: a `file` event, or an escalation straight from `reported`. */
  private filed(caseRef: string): RawBuilder<boolean> {
    return sql`exists (select 1 from case_events f where f.case_id = ${sql.ref(caseRef)} and (f.action = 'file' or (f.action = 'escalate' and f.from_status = 'reported')))`;
  }

  /** The lead department of the last dispatch before event `e`. */
  private leadBefore(): RawBuilder<string> {
    return sql`(select ${this.str('d.payload', 'leadDepartmentId')} from case_events d where d.case_id = e.case_id and d.seq < e.seq and d.action = 'dispatch' order by d.seq desc limit 1)`;
  }

  /**
   * Completed instances of a timed step judged in the span: on time when done at or before the
   * deadline in force (judged at completion), late when done after it (judged at the deadline).
   * Keyed by the actor, or for handling by the lead department.
   */
  async judged(step: JudgedStep, s: Span): Promise<Judged[]> {
    const { from, actions } = STEP_SQL[step];
    const key =
      step === 'handle'
        ? sql`case when e.action = 'return' then ${this.str('e.payload', 'leadDepartmentId')} else ${this.leadBefore()} end`
        : sql`e.actor_id`;
    const deadline = sql`(select ${this.num('p.payload', 'deadlineMs')} from case_events p where p.case_id = e.case_id and p.seq < e.seq and p.to_status = e.from_status and ${this.num('p.payload', 'deadlineMs')} is not null order by p.seq desc limit 1)`;
    const rows = await this.rows(sql<{ k: string | null; on_time: number; late: number }>`
      select t.k, sum(case when t.counts = 1 and t.at <= t.dl and t.at >= ${s.start} and t.at < ${s.end} then 1 else 0 end) as on_time,
        sum(case when t.at > t.dl and t.dl >= ${s.start} and t.dl < ${s.end} then 1 else 0 end) as late
      from (select ${key} as k, e.at as at, ${deadline} as dl, case when e.action = 'return' then 0 else 1 end as counts
        from case_events e
        where e.action in (${sql.join(actions)}) and e.at >= ${s.start} and e.from_status = ${from} and e.to_status <> e.from_status) t
      where t.dl is not null and t.k is not null
      group by t.k`);
    return rows.map((r) => ({ key: r.k!, onTime: n(r.on_time), late: n(r.late) }));
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

  /** Reports in the span per reporter: all, and valid ones (filed, or resolved on the spot). */
  async reportsByActor(s: Span): Promise<Map<string, { reports: number; valid: number }>> {
    const rows = await this.rows(sql<{ k: string; reports: number; valid: number }>`
      select e.actor_id as k, count(*) as reports,
        sum(case when c.resolved_on_site = 1 or ${this.filed('e.case_id')} then 1 else 0 end) as valid
      from case_events e join cases c on c.id = e.case_id
      where e.action = 'report' and e.at >= ${s.start} and e.at < ${s.end} and e.actor_id is not null
      group by e.actor_id`);
    return new Map(rows.map((r) => [r.k, { reports: n(r.reports), valid: n(r.valid) }]));
  }

  /**
   * Filed cases reported in the span in each supervisor's grids (responsible at the report), and
   * of those the ones the public (hotline) or auditors (audit: 稽查 findings) reported: missed
   * reports. A failed 督查 re-check's follow-up case is the same problem, already reported: it
   * counts as a false check and a false closure, not as a missed report.
   */
  async gridFilings(s: Span): Promise<Map<string, { filed: number; missed: number }>> {
    const rows = await this.rows(sql<{ k: string; filed: number; missed: number }>`
      select ga.user_id as k, count(*) as filed, sum(case when c.channel = 'hotline' or (c.channel = 'audit'
        and not exists (select 1 from case_audit_samples fu where fu.follow_up_case_id = c.id)) then 1 else 0 end) as missed
      from cases c
      join grid_assignments ga on ga.grid_code = c.grid_code and ga.role = 'supervisor'
        and ga.starts_at <= c.created_at and (ga.ends_at is null or ga.ends_at > c.created_at)
      where c.created_at >= ${s.start} and c.created_at < ${s.end} and ${this.filed('c.id')}
      group by ga.user_id`);
    return new Map(rows.map((r) => [r.k, { filed: n(r.filed), missed: n(r.missed) }]));
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

  /**
   * Dispatches in the span per lead department, each followed to its case's next return: handled
   * (a feedback before it), extended (an approved extension before it), closed (no return, closed).
   */
  async dispatchCohorts(
    s: Span,
  ): Promise<Map<string, { due: number; handled: number; extended: number; closed: number }>> {
    const nextReturn = sql`coalesce((select min(r.seq) from case_events r where r.case_id = e.case_id and r.seq > e.seq and r.action = 'return'), ${MAX_SEQ})`;
    const before = (action: string) =>
      sql`case when exists (select 1 from case_events x where x.case_id = e.case_id and x.seq > e.seq and x.action = ${action} and x.seq < ${nextReturn}) then 1 else 0 end`;
    const rows = await this.rows(sql<{
      k: string;
      due: number;
      handled: number;
      extended: number;
      closed: number;
    }>`
      select t.k, count(*) as due, sum(t.handled) as handled, sum(t.extended) as extended, sum(t.closed) as closed
      from (select ${this.str('e.payload', 'leadDepartmentId')} as k, ${before('feedback')} as handled,
          ${before('approve_extension')} as extended,
          case when c.status = 'closed' and ${nextReturn} = ${MAX_SEQ} then 1 else 0 end as closed
        from case_events e join cases c on c.id = e.case_id
        where e.action = 'dispatch' and e.at >= ${s.start} and e.at < ${s.end}) t
      where t.k is not null group by t.k`);
    return new Map(
      rows.map((r) => [
        r.k,
        { due: n(r.due), handled: n(r.handled), extended: n(r.extended), closed: n(r.closed) },
      ]),
    );
  }

  /** Per lead department in the span: feedbacks given (应结案), failed checks (返工), returns (回退). */
  async handlingEvents(
    s: Span,
  ): Promise<Map<string, { feedbacks: number; reworks: number; returns: number }>> {
    const rows = await this.rows(sql<{ k: string; feedbacks: number; reworks: number; returns: number }>`
      select t.k, sum(case when t.action = 'feedback' then 1 else 0 end) as feedbacks,
        sum(case when t.action = 'check' then 1 else 0 end) as reworks,
        sum(case when t.action = 'return' then 1 else 0 end) as returns
      from (select e.action as action,
          case when e.action = 'return' then ${this.str('e.payload', 'leadDepartmentId')} else ${this.leadBefore()} end as k
        from case_events e
        where e.action in ('feedback', 'check', 'return') and e.at >= ${s.start} and e.at < ${s.end}
          and (e.action <> 'check' or e.to_status = 'dispatched')) t
      where t.k is not null group by t.k`);
    return new Map(
      rows.map((r) => [r.k, { feedbacks: n(r.feedbacks), reworks: n(r.reworks), returns: n(r.returns) }]),
    );
  }

  /** Per street: filings in the span and how many of those cases are closed now. */
  async streetFilings(s: Span): Promise<Map<string, { filed: number; closed: number }>> {
    const rows = await this.rows(sql<{ k: string; filed: number; closed: number }>`
      select c.street_code as k, count(*) as filed, sum(case when c.status = 'closed' then 1 else 0 end) as closed
      from case_events e join cases c on c.id = e.case_id
      where (e.action = 'file' or (e.action = 'escalate' and e.from_status = 'reported'))
        and e.at >= ${s.start} and e.at < ${s.end}
      group by c.street_code`);
    return new Map(rows.map((r) => [r.k, { filed: n(r.filed), closed: n(r.closed) }]));
  }

  /** Per street: closures in the span, those with every step on time, those at the grassroots. */
  async streetClosures(
    s: Span,
  ): Promise<Map<string, { closed: number; onTime: number; grassroots: number }>> {
    const rows = await this.rows(sql<{ k: string; closed: number; on_time: number; grassroots: number }>`
      select c.street_code as k, count(*) as closed,
        sum(case when ${this.isTrue('c.evaluation', 'allOnTime')} then 1 else 0 end) as on_time,
        sum(case when ${this.isTrue('c.evaluation', 'grassroots')} then 1 else 0 end) as grassroots
      from case_events e join cases c on c.id = e.case_id
      where e.action = 'close' and e.to_status = 'closed' and e.at >= ${s.start} and e.at < ${s.end}
      group by c.street_code`);
    return new Map(
      rows.map((r) => [r.k, { closed: n(r.closed), onTime: n(r.on_time), grassroots: n(r.grassroots) }]),
    );
  }

  /** Per street: reports in the span and those from the public (hotline). */
  async streetReports(s: Span): Promise<Map<string, { reports: number; hotline: number }>> {
    const rows = await this.rows(sql<{ k: string; reports: number; hotline: number }>`
      select c.street_code as k, count(*) as reports, sum(case when c.channel = 'hotline' then 1 else 0 end) as hotline
      from case_events e join cases c on c.id = e.case_id
      where e.action = 'report' and e.at >= ${s.start} and e.at < ${s.end}
      group by c.street_code`);
    return new Map(rows.map((r) => [r.k, { reports: n(r.reports), hotline: n(r.hotline) }]));
  }

  /** Per actor in the span: filings and how many of those cases were voided later. */
  async staffFilings(s: Span): Promise<Map<string, { filed: number; voided: number }>> {
    const rows = await this.rows(sql<{ k: string; filed: number; voided: number }>`
      select e.actor_id as k, count(*) as filed,
        sum(case when exists (select 1 from case_events v where v.case_id = e.case_id and v.seq > e.seq and v.action = 'void') then 1 else 0 end) as voided
      from case_events e
      where (e.action = 'file' or (e.action = 'escalate' and e.from_status = 'reported'))
        and e.at >= ${s.start} and e.at < ${s.end} and e.actor_id is not null
      group by e.actor_id`);
    return new Map(rows.map((r) => [r.k, { filed: n(r.filed), voided: n(r.voided) }]));
  }

  /** Per actor in the span: dispatches and how many of those the department returned. */
  async staffDispatches(s: Span): Promise<Map<string, { dispatched: number; returned: number }>> {
    const rows = await this.rows(sql<{ k: string; dispatched: number; returned: number }>`
      select e.actor_id as k, count(*) as dispatched,
        sum(case when exists (select 1 from case_events r where r.case_id = e.case_id and r.seq > e.seq and r.action = 'return') then 1 else 0 end) as returned
      from case_events e
      where e.action = 'dispatch' and e.at >= ${s.start} and e.at < ${s.end} and e.actor_id is not null
      group by e.actor_id`);
    return new Map(rows.map((r) => [r.k, { dispatched: n(r.dispatched), returned: n(r.returned) }]));
  }

  /** Closures in [start, end) per street and bucket (bucket i: bounds[i] ≤ at < bounds[i + 1]). */
  async grassrootsBuckets(
    bounds: readonly number[],
  ): Promise<{ street: string; bucket: number; closed: number; grassroots: number }[]> {
    const cases = bounds.slice(1).map((b, i) => sql`when e.at < ${b} then ${sql.lit(i)}`);
    const rows = await this.rows(sql<{ k: string; b: number; closed: number; grassroots: number }>`
      select t.k, t.b, count(*) as closed, sum(t.g) as grassroots
      from (select c.street_code as k, case ${sql.join(cases, sql` `)} end as b,
          case when ${this.isTrue('c.evaluation', 'grassroots')} then 1 else 0 end as g
        from case_events e join cases c on c.id = e.case_id
        where e.action = 'close' and e.to_status = 'closed' and e.at >= ${bounds[0]!} and e.at < ${bounds[bounds.length - 1]!}) t
      group by t.k, t.b`);
    return rows.map((r) => ({
      street: r.k,
      bucket: n(r.b),
      closed: n(r.closed),
      grassroots: n(r.grassroots),
    }));
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
