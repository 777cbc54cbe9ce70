import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Patrols, their track points, the grids they visited and the inspections made on them. */
export class PatrolRepository {
  constructor(private readonly db: Kysely<Database>) {}
}
