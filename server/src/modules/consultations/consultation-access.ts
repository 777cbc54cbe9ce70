import { canSeeConsultation, type Actor, type ConsultationView } from '@envgrid/core';
import type { DataAccess, Repos } from '../../db/repos.ts';
import type { AttachmentReader } from '../attachments/attachment.service.ts';
import type { ConsultationRecord } from './consultation.record.ts';

/** What the rules need of a consultation: its asker, street and the grid's officers now. */
export async function consultationViewOf(repos: Repos, c: ConsultationRecord): Promise<ConsultationView> {
  const officers = await repos.consultations.currentOfficers([c.gridCode]);
  return { askerId: c.askerId, streetCode: c.streetCode, gridOfficerIds: officers.get(c.gridCode) ?? [] };
}

/** A consultation's photos are seen by whoever may see the consultation (its officers above all). */
export class ConsultationAccess implements AttachmentReader {
  constructor(private readonly data: DataAccess) {}

  async mayRead(actor: Actor, attachmentId: string): Promise<boolean> {
    const repos = this.data.repos;
    for (const c of await repos.consultations.usingAttachment(attachmentId))
      if (canSeeConsultation(actor, await consultationViewOf(repos, c))) return true;
    return false;
  }
}
