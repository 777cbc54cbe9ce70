import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CalendarDay } from './calendar.record.ts';

export class CalendarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async all(): Promise<CalendarDay[]> {
    return this.db.selectFrom('calendar_days').selectAll().orderBy('date').execute();
  }

  /** Replaces every override with `days` (the merged calendar), in the caller's transaction. */
  async replaceAll(days: CalendarDay[]): Promise<void> {
    await this.db.deleteFrom('calendar_days').execute();
    for (let i = 0; i < days.length; i += 300) {
      await this.db
        .insertInto('calendar_days')
        .values(days.slice(i, i + 300))
        .execute();
    }
  }
}
