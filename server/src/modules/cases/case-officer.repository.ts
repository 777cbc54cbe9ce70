import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Grid officers brought into cases by the lead department (migration 0010). */
export class CaseOfficerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async ofCase(caseId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('case_officers')
      .select('user_id')
      .where('case_id', '=', caseId)
      .orderBy('invited_at')
      .execute();
    return rows.map((r) => r.user_id);
  }

  async add(caseId: string, userId: string, invitedBy: string, at: number): Promise<void> {
    await this.db
      .insertInto('case_officers')
      .values({ case_id: caseId, user_id: userId, invited_by: invitedBy, invited_at: at })
      .execute();
  }
}
