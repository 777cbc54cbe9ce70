import crypto from 'node:crypto';
import {
  AppError,
  assertActionPayload,
  actionHintsFromPayload,
  canSee,
  CASE_ACTION_INFO,
  decideCaseAction,
  findItem,
  caseNumber,
  caseNumberCounter,
  localDateOf,
  mayResolveOnSite,
  reportChannelOf,
  reportStart,
  staysInOwnStreet,
  takesCallerContact,
  openStep,
  reportedCase,
  type CaseRecord,
  type DuplicateCandidate,
  type Actor,
  type CaseAction,
  type Clock,
  type DepartmentRecord,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import type { AttachmentService } from '../attachments/attachment.service.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import type { GridService } from '../grids/grid.service.ts';
import type { WorkSettings, WorkSettingsService } from '../settings/work-settings.service.ts';
import {
  afterUpdate,
  caseDetails,
  caseViewOf,
  checkActionTargets,
  gridSupervisors,
  type CaseDetails,
  type GridSupervisors,
} from './case-view.ts';
import { actionEffect, needsEvents } from './case-action-effect.ts';
import { bringIn, nextActors, publishCaseChange, writeInbox } from './case-notifier.ts';
import { caseVisibility, type CaseListQuery } from './case-list-query.ts';
import { encodeCursor } from '../../http/page-cursor.ts';
import { findDuplicates } from './duplicates.ts';
import { caseExtras, type CaseExtras } from './case-details.ts';
import {
  insertProposedSource,
  proposedSource,
  requireVisibleSource,
  syncSourceAfterCaseAction,
} from '../sources/source-case-sync.ts';

export interface ReportInput {
  itemCode: string;
  description: string;
  location: { lng: number; lat: number };
  address?: string;
  urgency?: 'normal' | 'urgent' | 'critical';
  sourceId?: string;
  attachmentIds?: string[];
  resolvedOnSite?: boolean;
  afterAttachmentIds?: string[];
  reporterContact?: { name?: string; phone?: string };
}

export type { CaseDetails };

const REFUSAL = {
  NOT_VISIBLE: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
} as const;

export class CaseService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly bus: EventBus,
    private readonly settings: WorkSettingsService,
    private readonly grids: GridService,
    private readonly attachments: AttachmentService,
    private readonly departments: DepartmentDirectory,
  ) {}

  /** 信息采集: a supervisor's patrol report, or a hotline call taken by intake. */
  async report(
    actor: Actor,
    input: ReportInput,
  ): Promise<CaseDetails & { duplicates: DuplicateCandidate[] }> {
    const channel = reportChannelOf(actor);
    if (!channel) throw new AppError('FORBIDDEN', 'Your roles do not report cases');
    // One settings snapshot for the whole intake: the item, the step clock and the answer.
    const settings = await this.settings.current();
    const item = findItem(settings.taxonomy, input.itemCode);
    if (!item || item.retired)
      throw new AppError('VALIDATION_FAILED', `Unknown item ${input.itemCode}`, [
        { path: 'body/itemCode', message: 'unknown item' },
      ]);
    const onSite = input.resolvedOnSite === true;
    if (onSite && !mayResolveOnSite(channel))
      throw new AppError('VALIDATION_FAILED', 'Only a supervisor on patrol resolves a problem on the spot');
    if (onSite && (!input.attachmentIds?.length || !input.afterAttachmentIds?.length)) {
      throw new AppError(
        'VALIDATION_FAILED',
        'An on-site resolution needs before (attachmentIds) and after (afterAttachmentIds) photos',
      );
    }
    await this.attachments.requireOwn(actor, [
      ...(input.attachmentIds ?? []),
      ...(input.afterAttachmentIds ?? []),
    ]);
    const proposes = item.proposesSource === true && item.sourceType !== null;
    if (proposes && input.sourceId)
      throw new AppError(
        'VALIDATION_FAILED',
        'A new-source report proposes its own source: leave sourceId out',
        [{ path: 'body/sourceId', message: 'not allowed with an item that proposes a new source' }],
      );
    const departments = await this.departments.list();
    if (input.sourceId) await requireVisibleSource(this.data.repos, actor, input.sourceId, departments);
    const grids = await this.grids.spatialIndex();
    const grid = await this.grids.gridAt(input.location.lng, input.location.lat, grids);
    if (staysInOwnStreet(actor, channel) && grid.streetCode !== actor.scope.code) {
      throw new AppError('OUTSIDE_JURISDICTION', 'The location is outside your street');
    }
    const now = this.clock.now();
    const { status, level } = reportStart(channel, onSite, item.defaultLevel);
    const urgency = input.urgency ?? item.defaultUrgency;
    const clock = openStep(settings, status, { itemCode: item.code, urgency }, now);
    const day = localDateOf(settings.calendar.timeZone, now);
    // Numbered last, inside the transaction (the counter row is held from then to the commit).
    const caseId = crypto.randomUUID();
    const proposedId = proposes ? crypto.randomUUID() : null;
    const draft = reportedCase({
      caseNo: '',
      id: caseId,
      status,
      channel,
      itemCode: item.code,
      urgency,
      level,
      description: input.description.trim(),
      location: input.location,
      address: input.address?.trim() || null,
      gridCode: grid.code,
      communityCode: grid.communityCode,
      streetCode: grid.streetCode,
      reporterId: actor.id,
      // Only a hotline call has a caller to record.
      reporterContact: takesCallerContact(channel) ? (input.reporterContact ?? null) : null,
      sourceId: proposedId ?? input.sourceId ?? null,
      resolvedOnSite: onSite,
      step: clock.step,
      stepStartedAt: clock.stepStartedAt,
      stepDeadlineAt: clock.stepDeadlineAt,
      stepBasis: clock.stepBasis,
      createdAt: now,
    });
    // The grid as located stands for the case's grid from here on (who acts next, who may see).
    const supervisors: GridSupervisors = new Map([[grid.code, grid.supervisor?.id ?? null]]);
    // Who acts next needs no case number: asked before the transaction, which then stays short.
    const notified = await nextActors(this.data.repos, draft, departments, supervisors);

    const c = await this.data.transaction(async (repos) => {
      // PostgreSQL locks the day's counter row until commit, and every intake of the day needs
      // it: it is taken last, right before the insert that needs the number.
      const seq = await repos.cases.nextCounter(caseNumberCounter(day));
      const c: CaseRecord = { ...draft, caseNo: caseNumber(day, seq) };
      await repos.cases.insert(c);
      const ev = await repos.caseEvents.append(
        {
          caseId: c.id,
          action: 'report',
          actorId: actor.id,
          fromStatus: null,
          toStatus: status,
          payload: {
            channel,
            itemCode: c.itemCode,
            urgency,
            level,
            resolvedOnSite: onSite,
            ...(clock.stepDeadlineAt !== null ? { deadlineMs: clock.stepDeadlineAt } : {}),
          },
          at: now,
        },
        { first: true },
      );
      if (proposedId)
        await insertProposedSource(repos, proposedSource(c, item, departments, proposedId), c.caseNo);
      await repos.attachments.link(c.id, input.attachmentIds ?? [], ev.seq, onSite ? 'before' : 'report');
      await repos.attachments.link(c.id, input.afterAttachmentIds ?? [], ev.seq, 'after');
      await writeInbox(
        repos,
        this.clock.now(),
        notified,
        c.id,
        'case.report',
        `新案件 ${c.caseNo}: ${item.name}`,
      );
      return c;
    });
    await publishCaseChange(this.bus, this.clock.now(), c, 'report', notified);
    const duplicates = await findDuplicates(
      this.data.repos,
      actor,
      c,
      now,
      departments,
      (bbox) => grids.searchBBox(...bbox),
      supervisors,
    );
    return { ...(await this.answer(actor, c, departments, settings, supervisors)), duplicates };
  }

  /** Runs one workflow action as one transaction: checks, update, event, notifications. */
  async act(
    actor: Actor,
    caseId: string,
    action: CaseAction,
    payload: Record<string, unknown> & { version: number },
  ): Promise<CaseDetails> {
    // One snapshot of each for the whole action, the answer included.
    const [settings, departments] = await Promise.all([this.settings.current(), this.departments.list()]);
    assertActionPayload(action, payload, {
      caseId,
      knownItemCodes: settings.taxonomy.categories.flatMap((cat) =>
        cat.items.filter((it) => !it.retired).map((it) => it.code),
      ),
      knownDepartmentIds: departments.filter((d) => d.active).map((d) => d.id),
    });
    // Before the transaction: the check needs no lock, and SQLite has one writer the transaction holds.
    await this.attachments.requireOwn(actor, (payload.attachmentIds as string[] | undefined) ?? []);
    const now = this.clock.now();
    const updated = await this.data.transaction(async (repos) => {
      const c = await repos.cases.find(caseId);
      if (!c) throw new AppError('NOT_FOUND', 'Case not found');
      // The grid's supervisor, read once: for the rules, who acts next and the answer.
      const supervisors = await gridSupervisors(repos, [c.gridCode]);
      const view = await caseViewOf(repos, c, departments, supervisors, true);
      if (!canSee(actor, view)) throw new AppError('NOT_FOUND', 'Case not found');
      const decision = decideCaseAction(actor, view, action, actionHintsFromPayload(action, payload));
      if (!decision.allowed && decision.reason === 'FORBIDDEN')
        throw new AppError('FORBIDDEN', decision.message);
      if (payload.version !== c.version) {
        throw new AppError(
          'VERSION_CONFLICT',
          `The case changed since you loaded it (version ${c.version}, you sent ${payload.version}); reload and try again`,
          { version: c.version },
        );
      }
      if (!decision.allowed) throw new AppError(REFUSAL[decision.reason], decision.message);
      await checkActionTargets(repos, actor, c, action, payload, departments, supervisors);
      const t = actionEffect({
        actor,
        action,
        decision,
        payload,
        c,
        departments,
        settings,
        now,
        events: needsEvents(action) ? await repos.caseEvents.listForCase(c.id) : [],
      });
      if (!(await repos.cases.update(c.id, c.version, t.patch))) {
        throw new AppError(
          'VERSION_CONFLICT',
          'Someone else acted on this case at the same moment; reload and try again',
        );
      }
      const ev = await repos.caseEvents.append({
        caseId: c.id,
        action,
        actorId: actor.id,
        fromStatus: c.status,
        toStatus: decision.to,
        payload: t.event,
        at: now,
      });
      await repos.attachments.link(c.id, t.attachments.ids, ev.seq, t.attachments.kind);
      // The update wrote exactly this: no need to read the row back.
      const after = afterUpdate(c, t.patch);
      await syncSourceAfterCaseAction(repos, c, after, action, actor.id, now);
      const brought = await bringIn(repos, action, payload, after, actor.id, now, departments);
      let notified: string[] = [];
      if (after.status !== c.status || action === 'urge' || t.patch.pendingRequest !== undefined) {
        notified = await nextActors(repos, after, departments, supervisors);
        const title = `${after.caseNo} ${CASE_ACTION_INFO[action].zh}`;
        await writeInbox(repos, this.clock.now(), notified, after.id, `case.${action}`, title);
      }
      if (action === 'supervise') {
        const leaders = await repos.users.idsWith('leader');
        await repos.notifications.insertMany(
          leaders.map((userId) => ({
            userId,
            kind: 'case.supervise',
            caseId: after.id,
            title: `督办 ${after.caseNo}`,
          })),
          now,
        );
        notified = [...notified, ...leaders];
      }
      notified = [...notified, ...brought];
      return { after, notified, supervisors };
    });
    await publishCaseChange(this.bus, this.clock.now(), updated.after, action, updated.notified);
    return this.answer(actor, updated.after, departments, settings, updated.supervisors);
  }

  /** One case, with what its page adds for whoever acts next (case-details.ts). */
  async get(actor: Actor, id: string): Promise<CaseDetails & CaseExtras> {
    const d = await this.visible(actor, id);
    return { ...d, ...(await caseExtras(this.data.repos, this.grids, actor, d)) };
  }

  private async visible(actor: Actor, id: string): Promise<CaseDetails> {
    const c = await this.data.repos.cases.find(id);
    if (!c) throw new AppError('NOT_FOUND', 'Case not found');
    const [departments, settings] = await Promise.all([this.departments.list(), this.settings.current()]);
    const d = await this.answer(actor, c, departments, settings);
    if (!canSee(actor, d.view)) throw new AppError('NOT_FOUND', 'Case not found');
    return d;
  }

  /** The timeline, with the photos of each event and who acted. */
  async timeline(actor: Actor, id: string) {
    await this.visible(actor, id);
    const [events, photos] = await Promise.all([
      this.data.repos.caseEvents.listForCase(id),
      this.data.repos.attachments.forCase(id),
    ]);
    const people = await this.data.repos.users.findManyByIds([
      ...new Set(events.map((e) => e.actorId).filter((x): x is string => x !== null)),
    ]);
    return { events, photos, actors: new Map(people.map((u) => [u.id, u])) };
  }

  /** Cases the actor may see, newest first, with keyset paging. */
  async list(
    actor: Actor,
    q: Omit<CaseListQuery, 'overdueAt' | 'reporterId' | 'visibleTo'> & {
      overdue?: boolean;
      mine?: boolean;
      reportedByMe?: boolean;
    },
  ): Promise<{ items: CaseDetails[]; nextCursor: string | null }> {
    const query: CaseListQuery = { ...q, limit: q.limit + 1 };
    if (q.reportedByMe) query.reporterId = actor.id;
    const [supervised, departments] = await Promise.all([
      q.mine || actor.scope.kind !== 'district' ? this.data.repos.grids.supervisedBy(actor.id) : [],
      this.departments.list(),
    ]);
    if (q.mine) query.gridCodes = supervised;
    // The same rule as canSee: the scope's cases, plus those the actor reported or supervises the grid of.
    const visibleTo = caseVisibility(actor, departments, supervised);
    if (visibleTo) query.visibleTo = visibleTo;
    if (q.overdue) query.overdueAt = this.clock.now();
    const rows = await this.data.repos.cases.list(query);
    const page = rows.slice(0, q.limit);
    // One query each for settings and the page's grid supervisors, not one per case.
    const codes = page.map((c) => c.gridCode);
    const [settings, supervisors] = await Promise.all([
      this.settings.current(),
      gridSupervisors(this.data.repos, codes),
    ]);
    const now = this.clock.now();
    const items = await Promise.all(
      page.map((c) => caseDetails(this.data.repos, actor, c, departments, settings, now, supervisors)),
    );
    const last = page[page.length - 1];
    return {
      items,
      nextCursor:
        rows.length > q.limit && last
          ? encodeCursor(q.sort === 'deadline' ? (last.stepDeadlineAt ?? 0) : last.createdAt, last.id)
          : null,
    };
  }

  /** The case with what the presenter needs, from the snapshots the request already holds. */
  private answer(
    actor: Actor,
    c: CaseRecord,
    departments: DepartmentRecord[],
    settings: WorkSettings,
    supervisors?: GridSupervisors,
  ): Promise<CaseDetails> {
    return caseDetails(this.data.repos, actor, c, departments, settings, this.clock.now(), supervisors);
  }
}
