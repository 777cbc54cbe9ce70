import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The dashboards' aggregates and the case map's points. */
export class DashboardRepository {
  constructor(private readonly db: Kysely<Database>) {}
}
