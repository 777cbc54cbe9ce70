import type { InspectionResult, PatrolKind, PatrolStatus } from '@envgrid/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, PatrolsTable, SourceInspectionsTable } from '../../db/schema.ts';
import type {
  InspectedSource,
  InspectionRecord,
  PatrolListQuery,
  PatrolRecord,
  PointRecord,
} from './patrol.record.ts';

const toPatrol = (r: Selectable<PatrolsTable>): PatrolRecord => ({
  id: r.id,
  userId: r.user_id,
  // The table holds only what the service wrote: core's kinds and statuses.
  kind: r.kind as PatrolKind,
  streetCode: r.street_code,
  status: r.status as PatrolStatus,
  startedAt: Number(r.started_at),
  endedAt: r.ended_at === null ? null : Number(r.ended_at),
  pointCount: r.point_count,
  flaggedCount: r.flagged_count,
  distanceM: Number(r.distance_m),
  version: r.version,
});

const patrolRow = (p: PatrolRecord): Selectable<PatrolsTable> => ({
  id: p.id,
  user_id: p.userId,
  kind: p.kind,
  street_code: p.streetCode,
  status: p.status,
  started_at: p.startedAt,
  ended_at: p.endedAt,
  point_count: p.pointCount,
  flagged_count: p.flaggedCount,
  distance_m: p.distanceM,
  version: p.version,
});

const toInspection = (r: Selectable<SourceInspectionsTable>): InspectionRecord => ({
  id: r.id,
  sourceId: r.source_id,
  patrolId: r.patrol_id,
  userId: r.user_id,
  result: r.result as InspectionResult,
  note: r.note,
  attachmentIds: JSON.parse(r.attachment_ids) as string[],
  caseId: r.case_id,
  at: Number(r.at),
});

/** Rows per insert statement: within SQLite's 999 bound variables (and far from PostgreSQL's). */
const chunks = <T>(list: readonly T[], columns: number): T[][] => {
  const size = Math.floor(900 / columns);
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

/** Patrols, their track points, the grids they visited and the inspections made on them. */
export class PatrolRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Holds the user's row until the transaction ends (a row lock in PostgreSQL; SQLite has one
   * writer anyway), so two "start a patrol" requests of one user cannot both find none active.
   */
  async lockUser(userId: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ id: sql`id` })
      .where('id', '=', userId)
      .execute();
  }

  /** The patrol, its row held until the transaction ends: batches of one patrol run one at a time. */
  async lock(id: string): Promise<PatrolRecord | undefined> {
    await this.db
      .updateTable('patrols')
      .set({ version: sql`version` })
      .where('id', '=', id)
      .execute();
    return this.find(id);
  }

  async find(id: string): Promise<PatrolRecord | undefined> {
    const r = await this.db.selectFrom('patrols').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toPatrol(r);
  }

  async activeOf(userId: string): Promise<PatrolRecord | undefined> {
    const r = await this.db
      .selectFrom('patrols')
      .selectAll()
      .where('user_id', '=', userId)
      .where('status', '=', 'active')
      .orderBy('started_at', 'desc')
      .executeTakeFirst();
    return r && toPatrol(r);
  }

  async insertMany(list: readonly PatrolRecord[]): Promise<void> {
    for (const part of chunks(list, 11))
      await this.db.insertInto('patrols').values(part.map(patrolRow)).execute();
  }

  /** Counters after a batch, or the end of the patrol; moves the version on. */
  async update(
    p: Pick<PatrolRecord, 'id' | 'pointCount' | 'flaggedCount' | 'distanceM'> &
      Partial<Pick<PatrolRecord, 'status' | 'endedAt'>>,
  ): Promise<void> {
    await this.db
      .updateTable('patrols')
      .set({
        point_count: p.pointCount,
        flagged_count: p.flaggedCount,
        distance_m: p.distanceM,
        ...(p.status ? { status: p.status } : {}),
        ...(p.endedAt !== undefined ? { ended_at: p.endedAt } : {}),
        version: sql`version + 1`,
      })
      .where('id', '=', p.id)
      .execute();
  }

  /** Newest first (`started_at desc, id desc`), keyset paged. */
  async list(q: PatrolListQuery): Promise<PatrolRecord[]> {
    let query = this.db.selectFrom('patrols').selectAll();
    if (q.userId) query = query.where('user_id', '=', q.userId);
    if (q.streetCode) query = query.where('street_code', '=', q.streetCode);
    if (q.from !== undefined) query = query.where('started_at', '>=', q.from);
    if (q.to !== undefined) query = query.where('started_at', '<', q.to);
    if (q.cursor) {
      const { key, id } = q.cursor;
      query = query.where(sql<boolean>`(started_at, id) < (${key}, ${id})`);
    }
    const rows = await query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
    return rows.map(toPatrol);
  }

  // --- track ---------------------------------------------------------------------------------

  async points(patrolId: string): Promise<PointRecord[]> {
    const rows = await this.db
      .selectFrom('patrol_points')
      .select(['at', 'lng', 'lat', 'grid_code', 'flagged'])
      .where('patrol_id', '=', patrolId)
      .orderBy('at')
      .execute();
    return rows.map((r) => ({
      at: Number(r.at),
      lng: r.lng,
      lat: r.lat,
      gridCode: r.grid_code,
      flagged: r.flagged === 1,
    }));
  }

  /** New points; a point at an `at` already stored is ignored. */
  async insertPoints(list: readonly (PointRecord & { patrolId: string })[]): Promise<void> {
    for (const part of chunks(list, 6))
      await this.db
        .insertInto('patrol_points')
        .values(
          part.map((p) => ({
            patrol_id: p.patrolId,
            at: p.at,
            lng: p.lng,
            lat: p.lat,
            grid_code: p.gridCode,
            flagged: p.flagged ? 1 : 0,
          })),
        )
        .onConflict((oc) => oc.columns(['patrol_id', 'at']).doNothing())
        .execute();
  }

  /** Re-judged points (a late point can change whether the ones after it are trusted). */
  async setFlags(patrolId: string, list: readonly { at: number; flagged: boolean }[]): Promise<void> {
    for (const p of list)
      await this.db
        .updateTable('patrol_points')
        .set({ flagged: p.flagged ? 1 : 0 })
        .where('patrol_id', '=', patrolId)
        .where('at', '=', p.at)
        .execute();
  }

  /** The grids of one patrol, replaced as a whole (a late point can move a first entry). */
  async replaceGrids(patrolId: string, grids: readonly { code: string; firstAt: number }[]): Promise<void> {
    await this.db.deleteFrom('patrol_grids').where('patrol_id', '=', patrolId).execute();
    await this.insertGrids(grids.map((g) => ({ patrolId, ...g })));
  }

  async insertGrids(list: readonly { patrolId: string; code: string; firstAt: number }[]): Promise<void> {
    for (const part of chunks(list, 3))
      await this.db
        .insertInto('patrol_grids')
        .values(part.map((g) => ({ patrol_id: g.patrolId, grid_code: g.code, first_at: g.firstAt })))
        .execute();
  }

  /** Visited grid codes per patrol, in order of first entry. */
  async gridsOf(patrolIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(patrolIds.map((id) => [id, []]));
    if (patrolIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('patrol_grids')
      .select(['patrol_id', 'grid_code'])
      .where('patrol_id', 'in', patrolIds)
      .orderBy('first_at')
      .orderBy('grid_code')
      .execute();
    for (const r of rows) out.get(r.patrol_id)?.push(r.grid_code);
    return out;
  }

  // --- inspections ---------------------------------------------------------------------------

  async insertInspections(list: readonly InspectionRecord[]): Promise<void> {
    for (const part of chunks(list, 9))
      await this.db
        .insertInto('source_inspections')
        .values(
          part.map((i) => ({
            id: i.id,
            source_id: i.sourceId,
            patrol_id: i.patrolId,
            user_id: i.userId,
            result: i.result,
            note: i.note,
            attachment_ids: JSON.stringify(i.attachmentIds),
            case_id: i.caseId,
            at: i.at,
          })),
        )
        .execute();
  }

  async inspectionsOf(patrolIds: readonly string[]): Promise<Map<string, InspectionRecord[]>> {
    const out = new Map<string, InspectionRecord[]>(patrolIds.map((id) => [id, []]));
    if (patrolIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('source_inspections')
      .selectAll()
      .where('patrol_id', 'in', patrolIds)
      .orderBy('at')
      .orderBy('id')
      .execute();
    for (const r of rows) out.get(r.patrol_id!)?.push(toInspection(r));
    return out;
  }

  /** Sources whose inspections show `attachmentId` (ids are stored as a JSON list). */
  async sourcesInspectedWith(attachmentId: string): Promise<string[]> {
    const like = `%${JSON.stringify(attachmentId).replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const rows = await this.db
      .selectFrom('source_inspections')
      .select('source_id')
      .distinct()
      .where(sql<boolean>`attachment_ids like ${like} escape '\\'`)
      .limit(20)
      .execute();
    return rows.map((r) => r.source_id);
  }

  /** A case reported by `userId` about `sourceId` (an inspection may point at it). */
  async caseBy(caseId: string, userId: string, sourceId: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('cases')
      .select('id')
      .where('id', '=', caseId)
      .where('reporter_id', '=', userId)
      .where('source_id', '=', sourceId)
      .executeTakeFirst();
    return r !== undefined;
  }

  // --- coverage ------------------------------------------------------------------------------

  /** Sources in these statuses (of one street, or all), with what coverage needs of them. */
  async sourcesToInspect(statuses: readonly string[], streetCode?: string): Promise<InspectedSource[]> {
    let q = this.db
      .selectFrom('sources')
      .select([
        'id',
        'name',
        'type',
        'status',
        'grid_code',
        'street_code',
        'lng',
        'lat',
        'inspection_every_days',
      ])
      .where('status', 'in', statuses);
    if (streetCode) q = q.where('street_code', '=', streetCode);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      status: r.status,
      gridCode: r.grid_code,
      streetCode: r.street_code,
      lng: r.lng,
      lat: r.lat,
      inspectionEveryDays: r.inspection_every_days,
    }));
  }

  /**
   * Per grid (of one street, or all): patrols that first entered it in [start, end), and the
   * latest such entry before `end`.
   */
  async gridPatrolCounts(
    start: number,
    end: number,
    streetCode?: string,
  ): Promise<Map<string, { patrols: number; lastAt: number }>> {
    let q = this.db
      .selectFrom('patrol_grids as pg')
      .select([
        'pg.grid_code',
        sql<number>`sum(case when pg.first_at >= ${start} then 1 else 0 end)`.as('n'),
        sql<number>`max(pg.first_at)`.as('last_at'),
      ])
      .where('pg.first_at', '<', end);
    if (streetCode)
      q = q.innerJoin('grids as g', 'g.code', 'pg.grid_code').where('g.street_code', '=', streetCode);
    const rows = await q.groupBy('pg.grid_code').execute();
    return new Map(rows.map((r) => [r.grid_code, { patrols: Number(r.n), lastAt: Number(r.last_at) }]));
  }

  /**
   * Per source (of one street, or all): inspections in [start, end), and the latest inspection at
   * or before `ref`.
   */
  async inspectionCounts(
    start: number,
    end: number,
    ref: number,
    streetCode?: string,
  ): Promise<Map<string, { inspections: number; lastAt: number | null }>> {
    let q = this.db
      .selectFrom('source_inspections as si')
      .select([
        'si.source_id',
        sql<number>`sum(case when si.at >= ${start} and si.at < ${end} then 1 else 0 end)`.as('n'),
        sql<number | null>`max(case when si.at <= ${ref} then si.at end)`.as('last_at'),
      ])
      .where('si.at', '<', Math.max(end, ref + 1));
    if (streetCode)
      q = q.innerJoin('sources as s', 's.id', 'si.source_id').where('s.street_code', '=', streetCode);
    const rows = await q.groupBy('si.source_id').execute();
    return new Map(
      rows.map((r) => [
        r.source_id,
        { inspections: Number(r.n), lastAt: r.last_at === null ? null : Number(r.last_at) },
      ]),
    );
  }
}
