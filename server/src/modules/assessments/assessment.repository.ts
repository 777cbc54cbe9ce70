import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Versioned weights, frozen assessment runs and their acknowledgements. */
export class AssessmentRepository {
  constructor(private readonly db: Kysely<Database>) {}
}
