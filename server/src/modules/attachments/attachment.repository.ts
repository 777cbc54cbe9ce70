import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AttachmentRecord } from './attachment.record.ts';

export class AttachmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private map(r: {
    id: string;
    sha256: string;
    mime: string;
    size: number;
    exif_lng: number | null;
    exif_lat: number | null;
    uploaded_by: string;
    created_at: number;
  }): AttachmentRecord {
    return {
      id: r.id,
      sha256: r.sha256,
      mime: r.mime,
      size: r.size,
      exif: r.exif_lng !== null && r.exif_lat !== null ? { lng: r.exif_lng, lat: r.exif_lat } : null,
      uploadedBy: r.uploaded_by,
      createdAt: r.created_at,
    };
  }

  async findBySha(sha256: string): Promise<AttachmentRecord | undefined> {
    const r = await this.db
      .selectFrom('attachments')
      .selectAll()
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    return r && this.map(r);
  }

  async find(id: string): Promise<AttachmentRecord | undefined> {
    const r = await this.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
    return r && this.map(r);
  }

  async insert(a: AttachmentRecord): Promise<void> {
    await this.db
      .insertInto('attachments')
      .values({
        id: a.id,
        sha256: a.sha256,
        mime: a.mime,
        size: a.size,
        exif_lng: a.exif?.lng ?? null,
        exif_lat: a.exif?.lat ?? null,
        uploaded_by: a.uploadedBy,
        created_at: a.createdAt,
      })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }

  async addUploader(attachmentId: string, userId: string, at: number): Promise<void> {
    await this.db
      .insertInto('attachment_uploaders')
      .values({ attachment_id: attachmentId, user_id: userId, uploaded_at: at })
      .onConflict((oc) => oc.columns(['attachment_id', 'user_id']).doNothing())
      .execute();
  }

  /** Of `ids`, those this user uploaded (first or again). */
  async uploadedBy(userId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('attachment_uploaders')
      .select('attachment_id')
      .where('user_id', '=', userId)
      .where('attachment_id', 'in', ids)
      .execute();
    return new Set(rows.map((r) => r.attachment_id));
  }

  async link(caseId: string, attachmentIds: string[], eventSeq: number, kind: string): Promise<void> {
    if (attachmentIds.length === 0) return;
    await this.db
      .insertInto('case_attachments')
      .values(attachmentIds.map((id) => ({ case_id: caseId, attachment_id: id, event_seq: eventSeq, kind })))
      .execute();
  }

  async forCase(caseId: string): Promise<{ attachmentId: string; eventSeq: number; kind: string }[]> {
    const rows = await this.db
      .selectFrom('case_attachments')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('event_seq')
      .execute();
    return rows.map((r) => ({ attachmentId: r.attachment_id, eventSeq: r.event_seq, kind: r.kind }));
  }

  async casesUsing(attachmentId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('case_attachments')
      .select('case_id')
      .distinct()
      .where('attachment_id', '=', attachmentId)
      .execute();
    return rows.map((r) => r.case_id);
  }
}
