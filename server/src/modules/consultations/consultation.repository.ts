import type { ConsultationReach, ConsultationStatus } from '@envgrid/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ConsultationsTable, Database } from '../../db/schema.ts';
import type {
  ConsultationCursor,
  ConsultationRecord,
  ConsultationReplyRecord,
  ConsultationReplyRow,
} from './consultation.record.ts';

export interface ConsultationListQuery {
  reach: ConsultationReach;
  status?: ConsultationStatus;
  /** Only those this user asked. */
  askedBy?: string;
  cursor?: ConsultationCursor;
  limit: number;
}

function toRecord(r: Selectable<ConsultationsTable>): ConsultationRecord {
  return {
    id: r.id,
    askerId: r.asker_id,
    question: r.question,
    location: r.lng === null || r.lat === null ? null : { lng: r.lng, lat: r.lat },
    gridCode: r.grid_code,
    streetCode: r.street_code,
    caseId: r.case_id,
    sourceId: r.source_id,
    attachmentIds: JSON.parse(r.attachment_ids) as string[],
    status: r.status as ConsultationStatus,
    replyDeadlineAt: r.reply_deadline_at,
    firstReplyAt: r.first_reply_at,
    remindedAt: r.reminded_at,
    escalatedAt: r.escalated_at,
    createdAt: r.created_at,
  };
}

/** Consultations (咨询) and their replies. */
export class ConsultationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(c: ConsultationRecord): Promise<void> {
    await this.db
      .insertInto('consultations')
      .values({
        id: c.id,
        asker_id: c.askerId,
        question: c.question,
        lng: c.location?.lng ?? null,
        lat: c.location?.lat ?? null,
        grid_code: c.gridCode,
        street_code: c.streetCode,
        case_id: c.caseId,
        source_id: c.sourceId,
        attachment_ids: JSON.stringify(c.attachmentIds),
        status: c.status,
        reply_deadline_at: c.replyDeadlineAt,
        first_reply_at: c.firstReplyAt,
        reminded_at: c.remindedAt,
        escalated_at: c.escalatedAt,
        created_at: c.createdAt,
      })
      .execute();
  }

  /** Consultations whose photos include `attachmentId` (ids are stored as a JSON list). */
  async usingAttachment(attachmentId: string): Promise<ConsultationRecord[]> {
    const like = `%${JSON.stringify(attachmentId).replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const rows = await this.db
      .selectFrom('consultations')
      .selectAll()
      .where(sql<boolean>`attachment_ids like ${like} escape '\\'`)
      .limit(20)
      .execute();
    return rows.map(toRecord);
  }

  async find(id: string): Promise<ConsultationRecord | undefined> {
    const r = await this.db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRecord(r);
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('consultations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /**
   * A page of the consultations within `reach`, newest first. Consultations are few (a handful a
   * day per street), so the scopes are one OR rather than the case list's union of index ranges.
   */
  async list(q: ConsultationListQuery): Promise<ConsultationRecord[]> {
    const { reach } = q;
    let query = this.db.selectFrom('consultations').selectAll();
    if (!reach.all)
      query = query.where((eb) =>
        eb.or([
          eb('asker_id', '=', reach.askerId),
          ...(reach.officerId
            ? [
                eb(
                  'grid_code',
                  'in',
                  eb
                    .selectFrom('grid_assignments')
                    .select('grid_assignments.grid_code')
                    .where('grid_assignments.user_id', '=', reach.officerId)
                    .where('grid_assignments.role', '=', 'officer')
                    .where('grid_assignments.ends_at', 'is', null),
                ),
              ]
            : []),
          ...(reach.streetCode ? [eb('street_code', '=', reach.streetCode)] : []),
        ]),
      );
    if (q.askedBy) query = query.where('asker_id', '=', q.askedBy);
    if (q.status) query = query.where('status', '=', q.status);
    const cursor = q.cursor;
    if (cursor)
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', cursor.createdAt),
          eb.and([eb('created_at', '=', cursor.createdAt), eb('id', '<', cursor.id)]),
        ]),
      );
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
    return rows.map(toRecord);
  }

  /** The officers attached to each grid now (enabled users only): who answers it. */
  async currentOfficers(gridCodes: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(gridCodes.map((g) => [g, []]));
    if (gridCodes.length === 0) return out;
    const rows = await this.db
      .selectFrom('grid_assignments as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.grid_code', 'a.user_id'])
      .where('a.grid_code', 'in', [...new Set(gridCodes)])
      .where('a.role', '=', 'officer')
      .where('a.ends_at', 'is', null)
      .where('u.disabled', '=', 0)
      .orderBy('a.user_id')
      .execute();
    for (const r of rows) out.get(r.grid_code)?.push(r.user_id);
    return out;
  }

  async insertReply(r: ConsultationReplyRecord): Promise<void> {
    await this.db
      .insertInto('consultation_replies')
      .values({ id: r.id, consultation_id: r.consultationId, author_id: r.authorId, text: r.text, at: r.at })
      .execute();
  }

  /** The thread in order, each reply with its author's name. */
  async replies(consultationId: string): Promise<ConsultationReplyRow[]> {
    const rows = await this.db
      .selectFrom('consultation_replies as r')
      .leftJoin('users as u', 'u.id', 'r.author_id')
      .select(['r.id', 'r.consultation_id', 'r.author_id', 'r.text', 'r.at', 'u.display_name'])
      .where('r.consultation_id', '=', consultationId)
      .orderBy('r.at')
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      consultationId: r.consultation_id,
      authorId: r.author_id,
      text: r.text,
      at: r.at,
      authorName: r.display_name ?? r.author_id,
    }));
  }

  /** The first answer: false when another reply got there first (then nothing changes). */
  async markAnswered(id: string, at: number): Promise<boolean> {
    const r = await this.db
      .updateTable('consultations')
      .set({ status: 'answered', first_reply_at: at })
      .where('id', '=', id)
      .where('first_reply_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Claims up to `limit` unanswered consultations past their deadline that were not reminded yet,
   * marking them reminded, in one statement: a row another process claimed first no longer
   * matches `reminded_at is null` (PostgreSQL re-checks it after the row lock; SQLite writes one
   * at a time), so each is claimed once.
   */
  async claimReminders(now: number, limit: number): Promise<ConsultationRecord[]> {
    const due = this.db
      .selectFrom('consultations')
      .select('id')
      .where('first_reply_at', 'is', null)
      .where('reminded_at', 'is', null)
      .where('reply_deadline_at', '<', now)
      .orderBy('reply_deadline_at')
      .limit(limit);
    const rows = await this.db
      .updateTable('consultations')
      .set({ reminded_at: now })
      .where('id', 'in', due)
      .where('first_reply_at', 'is', null)
      .where('reminded_at', 'is', null)
      .returningAll()
      .execute();
    return rows.map(toRecord);
  }

  /**
   * Unanswered, unescalated consultations whose deadline is at or before `deadlineBefore`, by
   * deadline then id, after `after`: the candidates for escalation (the exact time is core's).
   */
  async escalationCandidates(
    deadlineBefore: number,
    limit: number,
    after?: { deadline: number; id: string },
  ): Promise<ConsultationRecord[]> {
    let q = this.db
      .selectFrom('consultations')
      .selectAll()
      .where('first_reply_at', 'is', null)
      .where('escalated_at', 'is', null)
      .where('reply_deadline_at', '<=', deadlineBefore);
    if (after)
      q = q.where((eb) =>
        eb.or([
          eb('reply_deadline_at', '>', after.deadline),
          eb.and([eb('reply_deadline_at', '=', after.deadline), eb('id', '>', after.id)]),
        ]),
      );
    const rows = await q.orderBy('reply_deadline_at').orderBy('id').limit(limit).execute();
    return rows.map(toRecord);
  }

  /** Marks these escalated, in one statement; returns those this call claimed (see claimReminders). */
  async claimEscalations(ids: readonly string[], now: number): Promise<ConsultationRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .updateTable('consultations')
      .set({ escalated_at: now })
      .where('id', 'in', [...ids])
      .where('first_reply_at', 'is', null)
      .where('escalated_at', 'is', null)
      .returningAll()
      .execute();
    return rows.map(toRecord);
  }
}
