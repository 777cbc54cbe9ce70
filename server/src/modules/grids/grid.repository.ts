import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { GridRow, NewGrid, AssignmentRow } from './grid.record.ts';

export class GridRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Grids with their current responsible supervisor, optionally of one street. */
  async list(q: { streetCode?: string; communityCode?: string; codes?: string[] } = {}): Promise<GridRow[]> {
    let query = this.db
      .selectFrom('grids as g')
      .leftJoin('grid_assignments as a', (j) =>
        j.onRef('a.grid_code', '=', 'g.code').on('a.role', '=', 'supervisor').on('a.ends_at', 'is', null),
      )
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select([
        'g.code',
        'g.name',
        'g.community_code',
        'g.street_code',
        'g.geometry',
        'g.area_m2',
        'g.demo',
        'u.id as uid',
        'u.username',
        'u.display_name',
      ])
      .orderBy('g.code');
    if (q.streetCode) query = query.where('g.street_code', '=', q.streetCode);
    if (q.communityCode) query = query.where('g.community_code', '=', q.communityCode);
    if (q.codes)
      query = q.codes.length ? query.where('g.code', 'in', q.codes) : query.where('g.code', '=', '');
    const rows = await query.execute();
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      communityCode: r.community_code,
      streetCode: r.street_code,
      geometry: r.geometry,
      areaM2: r.area_m2,
      demo: r.demo === 1,
      supervisor: r.uid ? { id: r.uid, username: r.username!, displayName: r.display_name! } : null,
    }));
  }

  async find(code: string): Promise<GridRow | undefined> {
    return (await this.list({ codes: [code] }))[0];
  }

  /** Only what the spatial index needs. */
  async geometries(): Promise<{ code: string; geometry: string }[]> {
    return this.db.selectFrom('grids').select(['code', 'geometry']).execute();
  }

  /** Code, box and geometry text of every grid: what an import's overlap check needs. */
  async footprints(): Promise<{ code: string; bbox: [number, number, number, number]; geometry: string }[]> {
    const rows = await this.db
      .selectFrom('grids')
      .select(['code', 'min_lng', 'min_lat', 'max_lng', 'max_lat', 'geometry'])
      .execute();
    return rows.map((r) => ({
      code: r.code,
      bbox: [Number(r.min_lng), Number(r.min_lat), Number(r.max_lng), Number(r.max_lat)],
      geometry: r.geometry,
    }));
  }

  /**
   * Moves the grid-set generation (a settings row) from `expected` (null: no row yet) to `next`.
   * False when another import moved it first. On PostgreSQL a concurrent claim waits for the
   * first to commit and then finds the value changed, so two imports cannot both pass.
   */
  async claimGeneration(key: string, expected: string | null, next: string, now: number): Promise<boolean> {
    if (expected === null) {
      const r = await this.db
        .insertInto('settings')
        .values({ key, value: next, updated_at: now })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    }
    const r = await this.db
      .updateTable('settings')
      .set({ value: next, updated_at: now })
      .where('key', '=', key)
      .where('value', '=', expected)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async existingCodes(codes: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < codes.length; i += 500) {
      const rows = await this.db
        .selectFrom('grids')
        .select('code')
        .where('code', 'in', codes.slice(i, i + 500))
        .execute();
      for (const r of rows) found.add(r.code);
    }
    return found;
  }

  async upsertMany(grids: NewGrid[], now: number): Promise<void> {
    for (let i = 0; i < grids.length; i += 200) {
      await this.db
        .insertInto('grids')
        .values(
          grids.slice(i, i + 200).map((g) => ({
            code: g.code,
            name: g.name,
            community_code: g.communityCode,
            street_code: g.streetCode,
            geometry: g.geometry,
            min_lng: g.bbox[0],
            min_lat: g.bbox[1],
            max_lng: g.bbox[2],
            max_lat: g.bbox[3],
            area_m2: g.areaM2,
            demo: g.demo ? 1 : 0,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            community_code: eb.ref('excluded.community_code'),
            street_code: eb.ref('excluded.street_code'),
            geometry: eb.ref('excluded.geometry'),
            min_lng: eb.ref('excluded.min_lng'),
            min_lat: eb.ref('excluded.min_lat'),
            max_lng: eb.ref('excluded.max_lng'),
            max_lat: eb.ref('excluded.max_lat'),
            area_m2: eb.ref('excluded.area_m2'),
            demo: eb.ref('excluded.demo'),
            updated_at: now,
          })),
        )
        .execute();
    }
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('grids')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async supervisedBy(userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('grid_assignments')
      .select('grid_code')
      .where('user_id', '=', userId)
      .where('role', '=', 'supervisor')
      .where('ends_at', 'is', null)
      .orderBy('grid_code')
      .execute();
    return rows.map((r) => r.grid_code);
  }

  async assignments(gridCode: string): Promise<AssignmentRow[]> {
    const rows = await this.db
      .selectFrom('grid_assignments as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select([
        'a.id',
        'a.grid_code',
        'a.role',
        'a.starts_at',
        'a.ends_at',
        'u.id as uid',
        'u.username',
        'u.display_name',
      ])
      .where('a.grid_code', '=', gridCode)
      .orderBy('a.starts_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      gridCode: r.grid_code,
      role: r.role,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      user: { id: r.uid, username: r.username, displayName: r.display_name },
    }));
  }

  async insertAssignments(
    list: {
      id: string;
      gridCode: string;
      userId: string;
      role: 'supervisor' | 'officer';
      startsAt: number;
      createdBy?: string | null;
    }[],
  ): Promise<void> {
    for (let i = 0; i < list.length; i += 300) {
      await this.db
        .insertInto('grid_assignments')
        .values(
          list.slice(i, i + 300).map((a) => ({
            id: a.id,
            grid_code: a.gridCode,
            user_id: a.userId,
            role: a.role,
            starts_at: a.startsAt,
            ends_at: null,
            created_by: a.createdBy ?? null,
          })),
        )
        .execute();
    }
  }

  /** Ends the current assignment(s) of a role on a grid, optionally only one user's; returns how many. */
  async endAssignments(
    gridCode: string,
    role: 'supervisor' | 'officer',
    at: number,
    userId?: string,
  ): Promise<number> {
    let q = this.db
      .updateTable('grid_assignments')
      .set({ ends_at: at })
      .where('grid_code', '=', gridCode)
      .where('role', '=', role)
      .where('ends_at', 'is', null);
    if (userId) q = q.where('user_id', '=', userId);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}
