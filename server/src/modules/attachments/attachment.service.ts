import crypto from 'node:crypto';
import { AppError, type Actor, type Clock } from '@envgrid/core';
import exifr from 'exifr';
import { fileTypeFromBuffer } from 'file-type';
import type { DataAccess } from '../../db/repos.ts';
import type { CaseAccess } from '../cases/case-access.ts';
import type { AttachmentStore } from './attachment-store.ts';
import type { AttachmentRecord } from './attachment.record.ts';
import { ACCEPTED_TYPES, ATTACHMENT_MAX_BYTES, checkImageDimensions, fileTooLarge } from './upload-limits.ts';

/** A kind of record that shows attachments: whether `actor` may see one that uses `attachmentId`. */
export interface AttachmentReader {
  mayRead(actor: Actor, attachmentId: string): Promise<boolean>;
}

export class AttachmentService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly store: AttachmentStore,
    /** Who may see a case, and so its photos. */
    private readonly cases: Pick<CaseAccess, 'canSeeCase'>,
    /** Other records that show photos (consultations, inspections): each says who may see them. */
    private readonly others: readonly AttachmentReader[] = [],
  ) {}

  /** Stores an image once per content; the type comes from its bytes, never from the client's word. */
  async upload(
    actor: Actor,
    bytes: Buffer,
  ): Promise<AttachmentRecord & { locationHint: { lng: number; lat: number } | null }> {
    if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', 'The file is empty');
    if (bytes.length > ATTACHMENT_MAX_BYTES) throw fileTooLarge();
    // A sniffer tripping over hostile bytes means "not an image we know", never a 500.
    const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
    if (!type || !ACCEPTED_TYPES.has(type.mime))
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Only JPEG, PNG or WebP images are accepted');
    checkImageDimensions(bytes, type.mime);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const existing = await this.data.repos.attachments.findBySha(sha256);
    if (existing) {
      // The same photo again: stored once, but this user may now use it too.
      await this.data.repos.attachments.addUploader(existing.id, actor.id, this.clock.now());
      return { ...existing, locationHint: existing.exif };
    }
    const exif = await readGps(bytes);
    await this.store.put(sha256, bytes);
    const record: AttachmentRecord = {
      id: crypto.randomUUID(),
      sha256,
      mime: type.mime,
      size: bytes.length,
      exif,
      uploadedBy: actor.id,
      createdAt: this.clock.now(),
    };
    await this.data.repos.attachments.insert(record);
    // Two uploads of the same bytes at once: the unique sha256 keeps one row; answer with that one.
    const stored = (await this.data.repos.attachments.findBySha(sha256))!;
    await this.data.repos.attachments.addUploader(stored.id, actor.id, this.clock.now());
    return { ...stored, locationHint: stored.exif };
  }

  /**
   * The bytes, for the uploader or anyone who can see a case, a consultation or a source
   * inspection that uses the file; others get 404.
   */
  async read(actor: Actor, id: string): Promise<{ record: AttachmentRecord; bytes: Buffer }> {
    const record = await this.data.repos.attachments.find(id);
    if (!record) throw new AppError('NOT_FOUND', 'Attachment not found');
    if ((await this.data.repos.attachments.uploadedBy(actor.id, [id])).size === 0) {
      const cases = await this.data.repos.attachments.casesUsing(id);
      let visible = false;
      for (const caseId of cases)
        if (!visible && (await this.cases.canSeeCase(actor, caseId))) visible = true;
      for (const other of this.others) if (!visible && (await other.mayRead(actor, id))) visible = true;
      if (!visible) throw new AppError('NOT_FOUND', 'Attachment not found');
    }
    return { record, bytes: await this.store.read(record.sha256) };
  }

  /** Checks that attachments exist and that this actor uploaded them (one cannot attach photos one never had). */
  async requireOwn(actor: Actor, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const usable = await this.data.repos.attachments.uploadedBy(actor.id, [...new Set(ids)]);
    const bad = ids.filter((id) => !usable.has(id));
    if (bad.length)
      throw new AppError('VALIDATION_FAILED', 'Unknown attachment(s): upload them first', {
        attachmentIds: bad,
      });
  }
}

async function readGps(bytes: Buffer): Promise<{ lng: number; lat: number } | null> {
  try {
    const gps = (await exifr.gps(bytes)) as { longitude?: number; latitude?: number } | undefined;
    if (gps && Number.isFinite(gps.longitude) && Number.isFinite(gps.latitude))
      return { lng: gps.longitude!, lat: gps.latitude! };
  } catch {
    /* no EXIF, or unreadable: no hint */
  }
  return null;
}
