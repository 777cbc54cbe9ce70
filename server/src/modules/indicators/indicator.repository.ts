import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The indicator engine's SQL aggregates over case events (docs/indicators.md). */
export class IndicatorRepository {
  constructor(private readonly db: Kysely<Database>) {}
}
