import type { CaseEventAction, CaseStatus } from '@envgrid/core';
import type { Kysely, Selectable } from 'kysely';
import type { CaseEventsTable, Database } from '../../db/schema.ts';
import { eventHash, GENESIS_HASH } from './event-chain.ts';
import type { CaseEventRecord } from './case-event.record.ts';

const toRecord = (r: Selectable<CaseEventsTable>): CaseEventRecord => ({
  id: Number(r.id),
  caseId: r.case_id,
  seq: r.seq,
  // The log holds only what the workflow wrote: actions and statuses of core's lists.
  action: r.action as CaseEventAction,
  actorId: r.actor_id,
  fromStatus: r.from_status as CaseStatus | null,
  toStatus: r.to_status as CaseStatus,
  payload: JSON.parse(r.payload) as Record<string, unknown>,
  payloadText: r.payload,
  at: r.at,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** Append-only: there is no update or delete here, on purpose. */
export class CaseEventRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Appends the next event of a case, linked to the previous one by hash. Call inside the action's
   * transaction. `first`: the case was created in this transaction, so there is no previous event
   * to look up (one statement less while the case-number counter is held).
   */
  async append(
    e: {
      caseId: string;
      action: string;
      actorId: string | null;
      fromStatus: string | null;
      toStatus: string;
      payload: object;
      at: number;
    },
    opts: { first?: boolean } = {},
  ): Promise<CaseEventRecord> {
    const last = opts.first
      ? undefined
      : await this.db
          .selectFrom('case_events')
          .select(['seq', 'hash'])
          .where('case_id', '=', e.caseId)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const payload = JSON.stringify(e.payload);
    const hash = eventHash(prevHash, { ...e, seq, payload });
    const row = await this.db
      .insertInto('case_events')
      .values({
        case_id: e.caseId,
        seq,
        action: e.action,
        actor_id: e.actorId,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        payload,
        at: e.at,
        prev_hash: prevHash,
        hash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRecord(row);
  }

  async listForCase(caseId: string): Promise<CaseEventRecord[]> {
    const rows = await this.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('seq')
      .execute();
    return rows.map(toRecord);
  }

  /** Every case id that has events, for walking all chains in batches. */
  async caseIds(after: string | null, limit: number): Promise<string[]> {
    let q = this.db.selectFrom('case_events').select('case_id').distinct().orderBy('case_id').limit(limit);
    if (after) q = q.where('case_id', '>', after);
    return (await q.execute()).map((r) => r.case_id);
  }

  /**
   * Every case (not only those that still have events), in id order, with what anchors the end of
   * its chain: its number, version and status.
   */
  async chainHeads(
    after: string | null,
    limit: number,
  ): Promise<{ caseId: string; caseNo: string; version: number; status: string }[]> {
    let q = this.db
      .selectFrom('cases')
      .select(['id', 'case_no', 'version', 'status'])
      .orderBy('id')
      .limit(limit);
    if (after) q = q.where('id', '>', after);
    return (await q.execute()).map((r) => ({
      caseId: r.id,
      caseNo: r.case_no,
      version: Number(r.version),
      status: r.status,
    }));
  }

  async listForCases(caseIds: string[]): Promise<CaseEventRecord[]> {
    if (caseIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', 'in', caseIds)
      .orderBy('case_id')
      .orderBy('seq')
      .execute();
    return rows.map(toRecord);
  }
}
