import crypto from 'node:crypto';
import type { DepartmentRecord } from '@envgrid/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, DepartmentsTable } from '../../db/schema.ts';

const toRecord = (r: Selectable<DepartmentsTable>): DepartmentRecord => ({
  id: r.id,
  code: r.code,
  name: r.name,
  nameEn: r.name_en,
  level: r.level,
  streetCode: r.street_code,
  active: r.active === 1,
});

/** The settings row that moves with every write to departments: processes reload their copy when it does. */
const GENERATION_KEY = 'departments.generation';

export class DepartmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The departments' generation; undefined until the first write that knew of it. */
  async generation(): Promise<string | undefined> {
    const r = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', GENERATION_KEY)
      .executeTakeFirst();
    return r?.value;
  }

  /**
   * Every write moves the generation here, so no write path (the service, the seeder) can forget
   * it. Writers run in a transaction: whoever reads the new generation then reads the new rows.
   */
  private async moved(now: number): Promise<void> {
    const value = `${now}-${crypto.randomUUID()}`;
    await this.db
      .insertInto('settings')
      .values({ key: GENERATION_KEY, value, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
      .execute();
  }

  async list(): Promise<DepartmentRecord[]> {
    const rows = await this.db
      .selectFrom('departments')
      .selectAll()
      .orderBy('level')
      .orderBy('code')
      .execute();
    return rows.map(toRecord);
  }

  async findByCode(code: string): Promise<DepartmentRecord | undefined> {
    const r = await this.db.selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst();
    return r && toRecord(r);
  }

  async findById(id: string): Promise<DepartmentRecord | undefined> {
    const r = await this.db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRecord(r);
  }

  async update(
    id: string,
    patch: { name?: string; nameEn?: string; active?: boolean },
    now: number,
  ): Promise<void> {
    await this.db
      .updateTable('departments')
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.nameEn !== undefined && { name_en: patch.nameEn }),
        ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await this.moved(now);
  }

  async insertMany(departments: DepartmentRecord[], now: number): Promise<void> {
    if (departments.length === 0) return;
    await this.db
      .insertInto('departments')
      .values(
        departments.map((d) => ({
          id: d.id,
          code: d.code,
          name: d.name,
          name_en: d.nameEn,
          level: d.level,
          street_code: d.streetCode,
          active: d.active ? 1 : 0,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await this.moved(now);
  }
}
