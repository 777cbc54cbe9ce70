import type { SourceAttributes, SourceRecord, SourceStatus, SourceType, RiskLevel } from '@envgrid/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, SourcesTable } from '../../db/schema.ts';
import type { SourceListQuery, SourcePatch } from './source.record.ts';

export type { SourceListQuery, SourcePatch };

export const toSource = (r: Selectable<SourcesTable>): SourceRecord => ({
  id: r.id,
  // The table holds only what the service wrote: core's types, levels and statuses.
  type: r.type as SourceType,
  name: r.name,
  address: r.address,
  location: { lng: r.lng, lat: r.lat },
  gridCode: r.grid_code,
  communityCode: r.community_code,
  streetCode: r.street_code,
  departmentId: r.department_id,
  riskLevel: r.risk_level as RiskLevel,
  inspectionEveryDays: r.inspection_every_days,
  status: r.status as SourceStatus,
  attributes: JSON.parse(r.attributes) as SourceAttributes,
  proposedByCaseId: r.proposed_by_case_id,
  mergedIntoId: r.merged_into_id,
  createdBy: r.created_by,
  version: r.version,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export const sourceRow = (s: SourceRecord): Selectable<SourcesTable> => ({
  id: s.id,
  type: s.type,
  name: s.name,
  address: s.address,
  lng: s.location.lng,
  lat: s.location.lat,
  grid_code: s.gridCode,
  community_code: s.communityCode,
  street_code: s.streetCode,
  department_id: s.departmentId,
  risk_level: s.riskLevel,
  inspection_every_days: s.inspectionEveryDays,
  status: s.status,
  attributes: JSON.stringify(s.attributes),
  proposed_by_case_id: s.proposedByCaseId,
  merged_into_id: s.mergedIntoId,
  created_by: s.createdBy,
  version: s.version,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});

export class SourceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(id: string): Promise<SourceRecord | undefined> {
    const r = await this.db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toSource(r);
  }

  async findMany(ids: readonly string[]): Promise<SourceRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('sources').selectAll().where('id', 'in', ids).execute();
    return rows.map(toSource);
  }

  async insertMany(list: readonly SourceRecord[]): Promise<void> {
    // Within SQLite's 999-variable limit per statement (20 columns a row).
    for (let i = 0; i < list.length; i += 40)
      await this.db
        .insertInto('sources')
        .values(list.slice(i, i + 40).map(sourceRow))
        .execute();
  }

  /** Optimistic update: false when the version moved on. */
  async update(id: string, version: number, patch: SourcePatch, at: number): Promise<boolean> {
    const set: Record<string, unknown> = { version: version + 1, updated_at: at };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.address !== undefined) set.address = patch.address;
    if (patch.location) {
      set.lng = patch.location.lng;
      set.lat = patch.location.lat;
    }
    if (patch.gridCode !== undefined) set.grid_code = patch.gridCode;
    if (patch.communityCode !== undefined) set.community_code = patch.communityCode;
    if (patch.streetCode !== undefined) set.street_code = patch.streetCode;
    if (patch.departmentId !== undefined) set.department_id = patch.departmentId;
    if (patch.riskLevel !== undefined) set.risk_level = patch.riskLevel;
    if (patch.inspectionEveryDays !== undefined) set.inspection_every_days = patch.inspectionEveryDays;
    if (patch.status !== undefined) set.status = patch.status;
    if (patch.attributes !== undefined) set.attributes = JSON.stringify(patch.attributes);
    if (patch.mergedIntoId !== undefined) set.merged_into_id = patch.mergedIntoId;
    const r = await this.db
      .updateTable('sources')
      .set(set)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Newest first (`created_at desc, id desc`), keyset paged. */
  async list(q: SourceListQuery): Promise<SourceRecord[]> {
    let query = this.db.selectFrom('sources').selectAll();
    if (q.statuses?.length) query = query.where('status', 'in', q.statuses);
    if (q.type) query = query.where('type', '=', q.type);
    if (q.streetCode) query = query.where('street_code', '=', q.streetCode);
    if (q.gridCodes) query = query.where('grid_code', 'in', q.gridCodes.length ? q.gridCodes : ['']);
    if (q.departmentId) query = query.where('department_id', '=', q.departmentId);
    if (q.ids) query = query.where('id', 'in', q.ids.length ? q.ids : ['']);
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      query = query.where((eb) =>
        eb.or([
          eb(sql`name`, 'like', sql`${like} escape '\\'`),
          eb(sql`coalesce(address, '')`, 'like', sql`${like} escape '\\'`),
        ]),
      );
    }
    if (q.cursor) {
      const { key, id } = q.cursor;
      query = query.where(sql<boolean>`(created_at, id) < (${key}, ${id})`);
    }
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
    return rows.map(toSource);
  }

  /** Sources of `type` in a latitude/longitude box (the caller measures the distance). */
  async near(
    type: string,
    box: { minLng: number; minLat: number; maxLng: number; maxLat: number },
  ): Promise<SourceRecord[]> {
    const rows = await this.db
      .selectFrom('sources')
      .selectAll()
      .where('type', '=', type)
      .where('lat', '>=', box.minLat)
      .where('lat', '<=', box.maxLat)
      .where('lng', '>=', box.minLng)
      .where('lng', '<=', box.maxLng)
      .where('status', '!=', 'closed')
      .execute();
    return rows.map(toSource);
  }

  /** Cases against each of `ids` created at or after `since`. */
  async caseCounts(ids: readonly string[], since: number): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('cases')
      .select(['source_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('source_id', 'in', ids)
      .where('created_at', '>=', since)
      .groupBy('source_id')
      .execute();
    return new Map(rows.map((r) => [r.source_id!, Number(r.n)]));
  }

  /** Ids of sources with at least `min` cases since `since`, in the given street (or all). */
  async repeatOffenders(since: number, min: number, streetCode?: string): Promise<string[]> {
    let q = this.db
      .selectFrom('cases')
      .select('source_id')
      .where('source_id', 'is not', null)
      .where('created_at', '>=', since);
    if (streetCode) q = q.where('street_code', '=', streetCode);
    const rows = await q
      .groupBy('source_id')
      .having((eb) => eb.fn.countAll(), '>=', min)
      .execute();
    return rows.map((r) => r.source_id!);
  }

  /** Open cases against the source that count as enforcement (filed and beyond, not yet closed). */
  async openEnforcementCount(sourceId: string, statuses: readonly string[]): Promise<number> {
    const r = await this.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source_id', '=', sourceId)
      .where('status', 'in', statuses)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async cases(sourceId: string, limit: number) {
    return this.db
      .selectFrom('cases')
      .select(['id', 'case_no', 'status', 'item_code', 'created_at', 'closed_at'])
      .where('source_id', '=', sourceId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** Recent cases of a grid with their status (the demo links some to sources). */
  async recentCasesInGrid(gridCode: string, since: number, limit: number) {
    return this.db
      .selectFrom('cases')
      .select(['id', 'status', 'item_code'])
      .where('grid_code', '=', gridCode)
      .where('created_at', '>=', since)
      .where('source_id', 'is', null)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** Reports of the given items in `status` without a source (the demo's pending proposals). */
  async unlinkedCases(itemCodes: readonly string[], status: string) {
    if (itemCodes.length === 0) return [];
    const rows = await this.db
      .selectFrom('cases')
      .selectAll()
      .where('item_code', 'in', itemCodes)
      .where('status', '=', status)
      .where('source_id', 'is', null)
      .execute();
    return rows;
  }

  async linkCases(sourceId: string, caseIds: readonly string[]): Promise<void> {
    if (caseIds.length === 0) return;
    await this.db.updateTable('cases').set({ source_id: sourceId }).where('id', 'in', caseIds).execute();
  }

  /** Points the case's source id at another (a proposed source merged into a registered one). */
  async repointCases(fromId: string, toId: string): Promise<void> {
    await this.db.updateTable('cases').set({ source_id: toId }).where('source_id', '=', fromId).execute();
  }

  // --- events -------------------------------------------------------------------------------

  async appendEvent(e: {
    sourceId: string;
    action: string;
    actorId: string | null;
    fromStatus: string | null;
    toStatus: string;
    reason?: string | null;
    payload?: object;
    at: number;
  }): Promise<void> {
    const last = await this.db
      .selectFrom('source_events')
      .select('seq')
      .where('source_id', '=', e.sourceId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    await this.db
      .insertInto('source_events')
      .values({
        source_id: e.sourceId,
        seq: (last?.seq ?? 0) + 1,
        action: e.action,
        actor_id: e.actorId,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        reason: e.reason ?? null,
        payload: JSON.stringify(e.payload ?? {}),
        at: e.at,
      })
      .execute();
  }

  /** Whole event histories (the generator's), one statement per 100 events. */
  async insertEvents(
    list: readonly {
      sourceId: string;
      seq: number;
      action: string;
      actorId: string | null;
      fromStatus: string | null;
      toStatus: string;
      reason: string | null;
      payload: object;
      at: number;
    }[],
  ): Promise<void> {
    for (let i = 0; i < list.length; i += 100)
      await this.db
        .insertInto('source_events')
        .values(
          list.slice(i, i + 100).map((e) => ({
            source_id: e.sourceId,
            seq: e.seq,
            action: e.action,
            actor_id: e.actorId,
            from_status: e.fromStatus,
            to_status: e.toStatus,
            reason: e.reason,
            payload: JSON.stringify(e.payload),
            at: e.at,
          })),
        )
        .execute();
  }

  /** First events of freshly inserted sources, one statement per 100. */
  async appendFirstEvents(
    list: readonly {
      sourceId: string;
      action: string;
      actorId: string | null;
      toStatus: string;
      at: number;
      payload?: object;
      reason?: string;
    }[],
  ): Promise<void> {
    for (let i = 0; i < list.length; i += 100)
      await this.db
        .insertInto('source_events')
        .values(
          list.slice(i, i + 100).map((e) => ({
            source_id: e.sourceId,
            seq: 1,
            action: e.action,
            actor_id: e.actorId,
            from_status: null,
            to_status: e.toStatus,
            reason: e.reason ?? null,
            payload: JSON.stringify(e.payload ?? {}),
            at: e.at,
          })),
        )
        .execute();
  }

  async events(sourceId: string) {
    const rows = await this.db
      .selectFrom('source_events')
      .selectAll()
      .where('source_id', '=', sourceId)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      seq: r.seq,
      action: r.action,
      actorId: r.actor_id,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      reason: r.reason,
      payload: JSON.parse(r.payload) as Record<string, unknown>,
      at: Number(r.at),
    }));
  }

  /** The latest inspection time of each of `ids` that has one. */
  async lastInspections(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('source_inspections')
      .select(['source_id', (eb) => eb.fn.max('at').as('at')])
      .where('source_id', 'in', ids)
      .groupBy('source_id')
      .execute();
    return new Map(rows.map((r) => [r.source_id, Number(r.at)]));
  }

  async inspections(sourceId: string, limit: number) {
    return this.db
      .selectFrom('source_inspections')
      .selectAll()
      .where('source_id', '=', sourceId)
      .orderBy('at', 'desc')
      .limit(limit)
      .execute();
  }
}
