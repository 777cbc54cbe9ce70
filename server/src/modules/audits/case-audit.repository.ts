import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** 督查 runs and their samples' re-checks. */
export class CaseAuditRepository {
  constructor(private readonly db: Kysely<Database>) {}
}
