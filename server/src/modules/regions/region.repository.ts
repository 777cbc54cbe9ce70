import type { Kysely } from 'kysely';
import type { Database, RegionsTable } from '../../db/schema.ts';
import type { RegionRecord, NewRegion } from './region.record.ts';

export class RegionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<RegionRecord[]> {
    const rows = await this.db
      .selectFrom('regions')
      .select(['code', 'kind', 'name', 'parent_code'])
      .orderBy('code')
      .execute();
    return rows.map((r) => ({ code: r.code, kind: r.kind, name: r.name, parentCode: r.parent_code }));
  }

  async find(code: string): Promise<RegionRecord | undefined> {
    const r = await this.db
      .selectFrom('regions')
      .select(['code', 'kind', 'name', 'parent_code'])
      .where('code', '=', code)
      .executeTakeFirst();
    return r && { code: r.code, kind: r.kind, name: r.name, parentCode: r.parent_code };
  }

  async listWithGeometry(
    kind: RegionsTable['kind'],
    parentCode?: string,
  ): Promise<(RegionRecord & { geometry: string | null })[]> {
    let q = this.db
      .selectFrom('regions')
      .select(['code', 'kind', 'name', 'parent_code', 'geometry'])
      .where('kind', '=', kind)
      .orderBy('code');
    if (parentCode) q = q.where('parent_code', '=', parentCode);
    const rows = await q.execute();
    return rows.map((r) => ({
      code: r.code,
      kind: r.kind,
      name: r.name,
      parentCode: r.parent_code,
      geometry: r.geometry,
    }));
  }

  /** Inserts new regions and replaces the name and geometry of existing ones. */
  async upsertMany(regions: NewRegion[], now: number): Promise<void> {
    for (let i = 0; i < regions.length; i += 200) {
      await this.db
        .insertInto('regions')
        .values(
          regions.slice(i, i + 200).map((r) => ({
            code: r.code,
            kind: r.kind,
            name: r.name,
            parent_code: r.parentCode,
            geometry: r.geometry,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            geometry: eb.ref('excluded.geometry'),
            updated_at: now,
          })),
        )
        .execute();
    }
  }
}
