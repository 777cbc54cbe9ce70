import crypto from 'node:crypto';
import {
  AppError,
  can,
  canSee,
  canSeeConsultation,
  canSeeSource,
  consultationAbilities,
  consultationReach,
  consultationRecipients,
  consultationReplier,
  consultationReplyDeadline,
  isConsultationOverdue,
  mayAskInStreet,
  replyAnswers,
  type Actor,
  type Clock,
  type ConsultationAbility,
  type ConsultationStatus,
  type ConsultationView,
} from '@envgrid/core';
import type { DataAccess, Repos } from '../../db/repos.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import type { AttachmentService } from '../attachments/attachment.service.ts';
import { caseViewOf } from '../cases/case-view.ts';
import type { GridService } from '../grids/grid.service.ts';
import type { WorkSettingsService } from '../settings/work-settings.service.ts';
import { publishConsultationNotices, writeConsultationNotices } from './consultation-notices.ts';
import type { ConsultationCursor, ConsultationRecord, ConsultationReplyRow } from './consultation.record.ts';
import { consultationViewOf } from './consultation-access.ts';
import { encodeCursor, parseCursor } from '../../http/page-cursor.ts';

export interface AskInput {
  question: string;
  location?: { lng: number; lat: number };
  caseId?: string;
  sourceId?: string;
  attachmentIds?: string[];
}

export interface ConsultationListInput {
  status?: ConsultationStatus;
  mine?: boolean;
  cursor?: string;
  limit: number;
}

/** A consultation with what the presenter needs for this actor. */
export interface ConsultationDetails {
  c: ConsultationRecord;
  askerName: string;
  overdue: boolean;
  abilities: ConsultationAbility[];
}

export interface ConsultationThread extends ConsultationDetails {
  replies: ConsultationReplyRow[];
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${path.replace('/', '.')} ${message}`, [{ path, message }]);

const encodeConsultationCursor = (c: ConsultationRecord) => encodeCursor(c.createdAt, c.id);
function decodeCursor(cursor: string | undefined): ConsultationCursor | undefined {
  const c = parseCursor(cursor);
  return c && { createdAt: c.key, id: c.id };
}

/** 咨询: a supervisor asks the grid's officers how to qualify a problem; replies are timed. */
export class ConsultationService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly grids: GridService,
    private readonly attachments: AttachmentService,
    private readonly settings: WorkSettingsService,
    private readonly bus: EventBus,
  ) {}

  /** Asks a question about a place, a case or a source: it goes to that grid's officers. */
  async ask(actor: Actor, input: AskInput): Promise<ConsultationDetails> {
    if (!can(actor, 'consultations.ask'))
      throw new AppError('FORBIDDEN', 'Only grid supervisors and auditors ask consultations');
    const question = input.question.trim();
    if (!question) throw invalid('body/question', 'must not be blank');
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    const place = await this.placeOf(actor, input);
    await this.attachments.requireOwn(actor, attachmentIds);
    const now = this.clock.now();
    const { calendar } = await this.settings.current();
    const c: ConsultationRecord = {
      id: crypto.randomUUID(),
      askerId: actor.id,
      question,
      location: input.location ? { lng: input.location.lng, lat: input.location.lat } : null,
      gridCode: place.gridCode,
      streetCode: place.streetCode,
      caseId: input.caseId ?? null,
      sourceId: input.sourceId ?? null,
      attachmentIds,
      status: 'open',
      replyDeadlineAt: consultationReplyDeadline(calendar, now).deadlineMs,
      firstReplyAt: null,
      remindedAt: null,
      escalatedAt: null,
      createdAt: now,
    };
    const notified = await this.data.transaction(async (repos) => {
      await repos.consultations.insert(c);
      const to = await this.responders(repos, c);
      await writeConsultationNotices(repos, now, to, c, 'consultation.ask');
      return to;
    });
    await publishConsultationNotices(this.bus, now, notified);
    return this.details(this.data.repos, actor, c);
  }

  /** The consultations this actor may see, newest first. */
  async list(
    actor: Actor,
    q: ConsultationListInput,
  ): Promise<{ items: ConsultationDetails[]; nextCursor: string | null }> {
    const rows = await this.data.repos.consultations.list({
      reach: consultationReach(actor),
      status: q.status,
      askedBy: q.mine ? actor.id : undefined,
      cursor: decodeCursor(q.cursor),
      limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    const repos = this.data.repos;
    const officers = await repos.consultations.currentOfficers(page.map((c) => c.gridCode));
    const names = await this.names(
      repos,
      page.map((c) => c.askerId),
    );
    const now = this.clock.now();
    return {
      items: page.map((c) => this.present(actor, c, officers.get(c.gridCode) ?? [], names, now)),
      nextCursor: rows.length > q.limit ? encodeConsultationCursor(page[page.length - 1]!) : null,
    };
  }

  /** One consultation with its thread; 404 when the actor may not see it. */
  async get(actor: Actor, id: string): Promise<ConsultationThread> {
    const repos = this.data.repos;
    const c = await repos.consultations.find(id);
    if (!c) throw new AppError('NOT_FOUND', 'Consultation not found');
    const d = await this.details(repos, actor, c);
    return { ...d, replies: await repos.consultations.replies(id) };
  }

  /**
   * A reply in the thread. The grid's officers (or the street's sub-center) answer: the first such
   * reply marks the consultation answered and stops its clock; the asker is told of each answer.
   * The asker's follow-up goes to the officers (the sub-center when the grid has none).
   */
  async reply(actor: Actor, id: string, text: string): Promise<ConsultationThread> {
    const body = text.trim();
    if (!body) throw invalid('body/text', 'must not be blank');
    const now = this.clock.now();
    const notified = await this.data.transaction(async (repos) => {
      const c = await repos.consultations.find(id);
      if (!c) throw new AppError('NOT_FOUND', 'Consultation not found');
      const view = await this.viewOf(repos, c);
      if (!canSeeConsultation(actor, view)) throw new AppError('NOT_FOUND', 'Consultation not found');
      const who = consultationReplier(actor, view);
      if (!who)
        throw new AppError(
          'FORBIDDEN',
          "Only the grid's officers, the street's sub-center or the asker write in a consultation",
        );
      await repos.consultations.insertReply({
        id: crypto.randomUUID(),
        consultationId: c.id,
        authorId: actor.id,
        text: body,
        at: now,
      });
      if (replyAnswers(who)) await repos.consultations.markAnswered(c.id, now);
      const to =
        who === 'asker'
          ? await this.responders(repos, c, view.gridOfficerIds)
          : actor.id === c.askerId
            ? []
            : [c.askerId];
      await writeConsultationNotices(repos, now, to, c, 'consultation.reply');
      return to;
    });
    await publishConsultationNotices(this.bus, now, notified);
    return this.get(actor, id);
  }

  /**
   * The grid and street of a question: from its location, else from the case, else from the
   * source it names. Named cases and sources must be ones the asker can see.
   */
  private async placeOf(actor: Actor, input: AskInput): Promise<{ gridCode: string; streetCode: string }> {
    const repos = this.data.repos;
    let fromRef: { gridCode: string; streetCode: string } | undefined;
    if (input.caseId !== undefined) {
      const found = await repos.cases.find(input.caseId);
      const visible = found && canSee(actor, await caseViewOf(repos, found, await repos.departments.list()));
      if (!found || !visible) throw invalid('body/caseId', 'names no case you can see');
      fromRef = found;
    }
    if (input.sourceId !== undefined) {
      const s = await repos.sources.find(input.sourceId);
      const departmentCode = s?.departmentId
        ? ((await repos.departments.list()).find((d) => d.id === s.departmentId)?.code ?? null)
        : null;
      if (!s || !canSeeSource(actor, { status: s.status, streetCode: s.streetCode, departmentCode }))
        throw invalid('body/sourceId', 'names no pollution source you can see');
      fromRef ??= s;
    }
    if (input.location) {
      const grid = await this.grids.gridAt(input.location.lng, input.location.lat);
      if (!mayAskInStreet(actor, grid.streetCode))
        throw new AppError('OUTSIDE_JURISDICTION', 'The location lies outside your street', {
          path: 'body/location',
          streetCode: grid.streetCode,
        });
      return { gridCode: grid.code, streetCode: grid.streetCode };
    }
    if (fromRef) return { gridCode: fromRef.gridCode, streetCode: fromRef.streetCode };
    throw invalid('body/location', 'is required unless caseId or sourceId names the place');
  }

  /** Who answers a consultation: its grid's officers now, or the street's sub-center when none. */
  private async responders(
    repos: Repos,
    c: Pick<ConsultationRecord, 'gridCode' | 'streetCode'>,
    known?: readonly string[],
  ): Promise<string[]> {
    const officers = known ?? (await repos.consultations.currentOfficers([c.gridCode])).get(c.gridCode) ?? [];
    const subcenters = officers.length
      ? []
      : await repos.users.idsWith('subcenter', { kind: 'street', code: c.streetCode });
    return consultationRecipients(officers, subcenters);
  }

  private viewOf(repos: Repos, c: ConsultationRecord): Promise<ConsultationView> {
    return consultationViewOf(repos, c);
  }

  /** The consultation for this actor; 404 when they may not see it. */
  private async details(repos: Repos, actor: Actor, c: ConsultationRecord): Promise<ConsultationDetails> {
    const view = await this.viewOf(repos, c);
    if (!canSeeConsultation(actor, view)) throw new AppError('NOT_FOUND', 'Consultation not found');
    const names = await this.names(repos, [c.askerId]);
    return this.present(actor, c, view.gridOfficerIds, names, this.clock.now());
  }

  private present(
    actor: Actor,
    c: ConsultationRecord,
    gridOfficerIds: readonly string[],
    names: ReadonlyMap<string, string>,
    now: number,
  ): ConsultationDetails {
    const view: ConsultationView = { askerId: c.askerId, streetCode: c.streetCode, gridOfficerIds };
    return {
      c,
      askerName: names.get(c.askerId) ?? c.askerId,
      overdue: isConsultationOverdue(c, now),
      abilities: consultationAbilities(actor, view),
    };
  }

  private async names(repos: Repos, ids: readonly string[]): Promise<Map<string, string>> {
    const users = await repos.users.findManyByIds([...new Set(ids)]);
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}
