import type { CaseFact, FactCase, FactEvent } from '@envgrid/core';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** PostgreSQL advisory lock key of the rollup's drain: one drain at a time across processes. */
const DRAIN_LOCK = 0x656e7667_72696401n;
const CHUNK = 500;

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * The indicator rollup's tables (migration 0014): the cases waiting to be counted, each counted
 * case's facts, and the facts summed per day.
 */
export class IndicatorRollupRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private get pg(): boolean {
    return this.db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** Inside the drain's transaction: waits for any other drain (SQLite has one writer anyway). */
  async lock(): Promise<void> {
    if (this.pg) await sql`select pg_advisory_xact_lock(${DRAIN_LOCK.toString()}::bigint)`.execute(this.db);
  }

  /** The oldest marks: cases whose events changed since they were last counted. */
  async dirty(limit: number): Promise<{ id: number; caseId: string }[]> {
    const rows = await this.db
      .selectFrom('indicator_dirty')
      .select(['id', 'case_id'])
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: Number(r.id), caseId: r.case_id }));
  }

  /** Any case waiting to be counted: one cheap read, so a reader with nothing to drain takes no lock. */
  async anyWaiting(): Promise<boolean> {
    return (
      (await this.db.selectFrom('indicator_dirty').select('id').limit(1).executeTakeFirst()) !== undefined
    );
  }

  async pending(): Promise<number> {
    const r = await this.db
      .selectFrom('indicator_dirty')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** What the facts of these cases are computed from: the case, its events in order, its grid's supervisors then. */
  async inputs(caseIds: readonly string[]): Promise<Map<string, { c: FactCase; events: FactEvent[] }>> {
    const out = new Map<string, { c: FactCase; events: FactEvent[] }>();
    for (const ids of chunks(caseIds)) {
      // In sequence: the drain calls this inside its transaction, on one connection.
      const cases = await this.db
        .selectFrom('cases')
        .select(['id', 'street_code', 'channel', 'status', 'resolved_on_site', 'evaluation', 'created_at'])
        .where('id', 'in', ids)
        .execute();
      const events = await this.db
        .selectFrom('case_events')
        .select(['case_id', 'seq', 'action', 'actor_id', 'from_status', 'to_status', 'payload', 'at'])
        .where('case_id', 'in', ids)
        .orderBy('case_id')
        .orderBy('seq')
        .execute();
      const sups = await this.db
        .selectFrom('cases as c')
        .innerJoin('grid_assignments as ga', (j) =>
          j
            .onRef('ga.grid_code', '=', 'c.grid_code')
            .on('ga.role', '=', 'supervisor')
            .onRef('ga.starts_at', '<=', 'c.created_at')
            .on((eb) => eb.or([eb('ga.ends_at', 'is', null), eb('ga.ends_at', '>', eb.ref('c.created_at'))])),
        )
        .select(['c.id', 'ga.user_id'])
        .where('c.id', 'in', ids)
        .execute();
      const followUps = await this.db
        .selectFrom('case_audit_samples')
        .select('follow_up_case_id')
        .where('follow_up_case_id', 'in', ids)
        .execute();
      const followUp = new Set(followUps.map((f) => f.follow_up_case_id));
      for (const r of cases)
        out.set(r.id, {
          c: {
            streetCode: r.street_code,
            channel: r.channel,
            status: r.status,
            resolvedOnSite: Number(r.resolved_on_site) === 1,
            evaluation: r.evaluation ? (JSON.parse(r.evaluation) as FactCase['evaluation']) : null,
            createdAt: Number(r.created_at),
            supervisorsAtReport: [],
            auditFollowUp: followUp.has(r.id),
          },
          events: [],
        });
      for (const s of sups) (out.get(s.id)?.c.supervisorsAtReport as string[] | undefined)?.push(s.user_id);
      for (const e of events)
        out.get(e.case_id)?.events.push({
          seq: Number(e.seq),
          action: e.action,
          actorId: e.actor_id,
          fromStatus: e.from_status,
          toStatus: e.to_status,
          payload: JSON.parse(e.payload) as Record<string, unknown>,
          at: Number(e.at),
        });
    }
    return out;
  }

  /** The facts these cases were last counted with. */
  async storedFacts(caseIds: readonly string[]): Promise<Map<string, CaseFact[]>> {
    const out = new Map<string, CaseFact[]>();
    for (const ids of chunks(caseIds)) {
      const rows = await this.db
        .selectFrom('indicator_case_facts')
        .select(['case_id', 'facts'])
        .where('case_id', 'in', ids)
        .execute();
      for (const r of rows) out.set(r.case_id, JSON.parse(r.facts) as CaseFact[]);
    }
    return out;
  }

  /** Adds `delta` to the daily sums, stores each case's new facts, and removes the marks counted. */
  async write(delta: readonly CaseFact[], facts: Map<string, CaseFact[]>, counted: readonly number[]) {
    for (const rows of chunks(delta))
      await this.db
        .insertInto('indicator_daily')
        .values(rows.map((f) => ({ day: f.day, metric: f.metric, subject: f.subject, n: f.n })))
        .onConflict((oc) =>
          oc
            .columns(['day', 'metric', 'subject'])
            .doUpdateSet((eb) => ({ n: eb(eb.ref('indicator_daily.n'), '+', eb.ref('excluded.n')) })),
        )
        .execute();
    for (const rows of chunks([...facts]))
      await this.db
        .insertInto('indicator_case_facts')
        .values(rows.map(([caseId, f]) => ({ case_id: caseId, facts: JSON.stringify(f) })))
        .onConflict((oc) => oc.column('case_id').doUpdateSet((eb) => ({ facts: eb.ref('excluded.facts') })))
        .execute();
    for (const ids of chunks(counted))
      await this.db.deleteFrom('indicator_dirty').where('id', 'in', ids).execute();
  }

  /** Every metric's sum per subject over the local days from–to. */
  async sums(fromDay: string, toDay: string): Promise<Map<string, Map<string, number>>> {
    const rows = await this.db
      .selectFrom('indicator_daily')
      .select(['metric', 'subject', (eb) => eb.fn.sum<number>('n').as('n')])
      .where('day', '>=', fromDay)
      .where('day', '<=', toDay)
      .groupBy(['metric', 'subject'])
      .execute();
    const out = new Map<string, Map<string, number>>();
    for (const r of rows) {
      let m = out.get(r.metric);
      if (!m) out.set(r.metric, (m = new Map()));
      m.set(r.subject, Number(r.n));
    }
    return out;
  }

  /** Per street and local day from–to: closures and those at the grassroots (基层解决). */
  async closuresByDay(
    fromDay: string,
    toDay: string,
  ): Promise<{ day: string; street: string; closed: number; grassroots: number }[]> {
    const rows = await this.db
      .selectFrom('indicator_daily')
      .select(['day', 'subject', 'metric', 'n'])
      .where('day', '>=', fromDay)
      .where('day', '<=', toDay)
      .where('metric', 'in', ['streetClosed', 'streetGrassroots'])
      .execute();
    const out = new Map<string, { day: string; street: string; closed: number; grassroots: number }>();
    for (const r of rows) {
      const k = `${r.day}|${r.subject}`;
      let v = out.get(k);
      if (!v) out.set(k, (v = { day: r.day, street: r.subject, closed: 0, grassroots: 0 }));
      if (r.metric === 'streetClosed') v.closed += Number(r.n);
      else v.grassroots += Number(r.n);
    }
    return [...out.values()];
  }
}
