import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Consultations (咨询) and their replies. */
export class ConsultationRepository {
  constructor(private readonly db: Kysely<Database>) {}
}
