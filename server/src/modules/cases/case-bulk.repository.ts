import { PostgresAdapter, sql, type Insertable, type Kysely } from 'kysely';
import type { CaseRecord } from '@envgrid/core';
import type { Database } from '../../db/schema.ts';
import { caseRow } from './case.repository.ts';
import type { HashedEvent } from './event-chain.ts';

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

function* chunks<T>(rows: readonly T[], columns: number): Generator<T[]> {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * Writes whole cases with their histories in multi-row statements: the data generator's path
 * (`envgrid generate`), which must load a million cases in minutes. Call inside a transaction.
 */
export class CaseBulkRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The cases, and their assisting departments as rows (case_assist_departments) as the single
   * insert keeps them. The caller names existing departments only (the generator draws from the
   * district's): unlike the single insert, unknown ids are not filtered out but fail the batch.
   */
  async insertCases(cases: readonly CaseRecord[]): Promise<void> {
    await this.insertRows('cases', cases.map(caseRow));
    await this.insertRows(
      'case_assist_departments',
      cases.flatMap((c) =>
        [...new Set(c.assistDepartmentIds)].map((department_id) => ({
          case_id: c.id,
          department_id,
          created_at: c.createdAt,
        })),
      ),
    );
  }

  async insertEvents(events: readonly HashedEvent[]): Promise<void> {
    const rows = events.map((e) => ({
      case_id: e.caseId,
      seq: e.seq,
      action: e.action,
      actor_id: e.actorId,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      payload: e.payload,
      at: e.at,
      prev_hash: e.prevHash,
      hash: e.hash,
    }));
    await this.insertRows('case_events', rows);
  }

  /**
   * PostgreSQL: one statement per batch, the rows as one JSON parameter typed by the table's own
   * row type (json_populate_recordset), which parses far faster than thousands of bound values.
   * SQLite: multi-row inserts as large as its parameter limit allows.
   */
  private async insertRows<T extends 'cases' | 'case_events' | 'case_assist_departments'>(
    table: T,
    rows: Insertable<Database[T]>[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    if (this.db.getExecutor().adapter instanceof PostgresAdapter) {
      const list = sql.join(columns.map((c) => sql.ref(c)));
      await sql`insert into ${sql.table(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(
        this.db,
      );
      return;
    }
    for (const part of chunks(rows, columns.length))
      await this.db
        .insertInto(table)
        .values(part as never)
        .execute();
  }

  /**
   * PostgreSQL plans by statistics, which autovacuum gathers only some time after a bulk load:
   * until then it may scan where an index serves. SQLite plans by its rules without them.
   */
  async refreshStatistics(): Promise<void> {
    if (this.db.getExecutor().adapter instanceof PostgresAdapter)
      await sql`analyze cases, case_events, case_assist_departments`.execute(this.db);
  }

  /** Takes `n` numbers of a counter at once; returns the last one (the block is last − n + 1 … last). */
  async reserve(key: string, n: number): Promise<number> {
    const r = await this.db
      .insertInto('counters')
      .values({ key, value: n })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb('counters.value', '+', n) })))
      .returning('value')
      .executeTakeFirstOrThrow();
    return Number(r.value);
  }
}
