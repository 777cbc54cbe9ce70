import crypto from 'node:crypto';
import {
  AppError,
  attributeProblems,
  can,
  caseAbilities,
  canSeeSource,
  decideSourceAction,
  DEFAULT_INSPECTION_EVERY_DAYS,
  distanceM,
  isRepeatOffender,
  mayManageSourcesIn,
  REPEAT_OFFENDER_CASES,
  REPEAT_OFFENDER_DAYS,
  SOURCE_DUPLICATE_RADIUS_M,
  sourceAbilities,
  type Actor,
  type CaseRecord,
  type DepartmentRecord,
  type RiskLevel,
  type SourceAction,
  type SourceRecord,
  type SourceStatus,
  type SourceType,
} from '@envgrid/core';
import type { DataAccess, Repos } from '../../db/repos.ts';
import type { CaseService } from '../cases/case.service.ts';
import { caseViewOf } from '../cases/case-view.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import type { GridService } from '../grids/grid.service.ts';
import { encodeCursor } from '../../http/page-cursor.ts';
import { syncRectifying } from './source-case-sync.ts';
import { scopedQuery } from './source-scope.ts';
import { checkActionFields, editPatch, requireDepartment } from './source-action-input.ts';
import type { SourceListQuery, SourcePatch } from './source.record.ts';

const DAY_MS = 86_400_000;

export interface SourceInput {
  type: SourceType;
  name: string;
  address?: string;
  location: { lng: number; lat: number };
  departmentId?: string | null;
  riskLevel: RiskLevel;
  inspectionEveryDays?: number;
  attributes?: Record<string, string | boolean>;
}

export type SourceEdit = Partial<Omit<SourceInput, 'type'>>;

/** A source with what the presenter needs. */
export interface SourceDetails {
  s: SourceRecord;
  abilities: SourceAction[];
  /**
   * Confirming would also close the report that proposed it (`register_source`): the report still
   * awaits filing and this actor may register it. A street sub-center may confirm a source whose
   * report is the district center's to close; its confirm leaves the report open.
   */
  closesReport: boolean;
  recentCaseCount: number;
  repeatOffender: boolean;
  lastInspectedAt: number | null;
}

export interface NearbySource {
  id: string;
  name: string;
  type: SourceType;
  status: SourceStatus;
  distanceM: number;
}

/** The pollution-source registry (污染源动态更新与管理, docs/sources.md). */
export class SourceService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: { now(): number },
    private readonly grids: GridService,
    private readonly departments: DepartmentDirectory,
    private readonly cases: CaseService,
  ) {}

  async list(
    actor: Actor,
    q: Omit<SourceListQuery, 'ids' | 'departmentId'> & { repeat?: boolean },
  ): Promise<{ items: SourceDetails[]; nextCursor: string | null }> {
    this.requireRead(actor);
    const departments = await this.departments.list();
    const query = scopedQuery(actor, { ...q, limit: q.limit + 1 }, departments);
    if (!query) return { items: [], nextCursor: null };
    if (q.repeat)
      query.ids = await this.data.repos.sources.repeatOffenders(
        this.windowStart(),
        REPEAT_OFFENDER_CASES,
        query.streetCode,
      );
    const rows = await this.data.repos.sources.list(query);
    const page = rows.slice(0, q.limit);
    const items = await this.details(actor, page, departments);
    const last = page[page.length - 1];
    return {
      items,
      nextCursor: rows.length > q.limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  async get(actor: Actor, id: string) {
    this.requireRead(actor);
    const departments = await this.departments.list();
    const s = await this.visible(this.data.repos, actor, id, departments);
    const repos = this.data.repos;
    const [[d], history, cases, inspections, nearby] = await Promise.all([
      this.details(actor, [s], departments),
      repos.sources.events(s.id),
      repos.sources.cases(s.id, 100),
      repos.sources.inspections(s.id, 100),
      this.nearby(s),
    ]);
    const people = await repos.users.findManyByIds([
      ...new Set(
        [...history.map((e) => e.actorId), ...inspections.map((i) => i.user_id)].filter(
          (x): x is string => x !== null,
        ),
      ),
    ]);
    const names = new Map(people.map((u) => [u.id, u.displayName]));
    return { ...d!, history, cases, inspections, names, possibleDuplicates: nearby };
  }

  /** Registers a source directly (intake, a sub-center in its street, an admin): active at once. */
  async create(actor: Actor, input: SourceInput): Promise<SourceDetails> {
    if (!can(actor, 'sources.manage')) throw new AppError('FORBIDDEN', 'You may not register sources');
    const departments = await this.departments.list();
    const s = await this.build(actor, input, departments, crypto.randomUUID());
    await this.data.transaction(async (repos) => {
      await repos.sources.insertMany([s]);
      await repos.sources.appendFirstEvents([
        { sourceId: s.id, action: 'register', actorId: actor.id, toStatus: s.status, at: s.createdAt },
      ]);
    });
    return (await this.details(actor, [s], departments))[0]!;
  }

  /** A validated, located record for `input` (create and import), or the field's 400. */
  async build(
    actor: Actor,
    input: SourceInput,
    departments: readonly DepartmentRecord[],
    id: string,
    path = 'body',
  ): Promise<SourceRecord> {
    const problems = attributeProblems(input.type, input.attributes ?? {});
    if (problems.length)
      throw new AppError(
        'VALIDATION_FAILED',
        `Attributes of a ${input.type} source: ${problems.map((p) => `${p.key} ${p.message}`).join('; ')}`,
        problems.map((p) => ({ path: `${path}/attributes/${p.key}`, message: p.message })),
      );
    requireDepartment(input.departmentId, departments, path);
    const grid = await this.grids.gridAt(input.location.lng, input.location.lat);
    if (!mayManageSourcesIn(actor, grid.streetCode))
      throw new AppError('OUTSIDE_JURISDICTION', 'The location is outside your street');
    const now = this.clock.now();
    return {
      id,
      type: input.type,
      name: input.name.trim(),
      address: input.address?.trim() || null,
      location: input.location,
      gridCode: grid.code,
      communityCode: grid.communityCode,
      streetCode: grid.streetCode,
      departmentId: input.departmentId ?? null,
      riskLevel: input.riskLevel,
      inspectionEveryDays: input.inspectionEveryDays ?? DEFAULT_INSPECTION_EVERY_DAYS[input.riskLevel],
      status: 'active',
      attributes: input.attributes ?? {},
      proposedByCaseId: null,
      mergedIntoId: null,
      createdBy: actor.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** confirm, merge, dismiss, close, reopen, edit: one transaction each, with its event. */
  async act(
    actor: Actor,
    id: string,
    action: SourceAction,
    p: { version: number; reason?: string; intoId?: string; closeReport?: boolean } & SourceEdit,
  ): Promise<SourceDetails> {
    checkActionFields(action, p);
    const departments = await this.departments.list();
    const s = await this.decide(this.data.repos, actor, id, action, p.version, departments);
    // Registering from the report is the case's own workflow action: it closes the report and
    // confirms this source in one transaction (source-case-sync.ts).
    if (action === 'confirm' && p.closeReport !== false && s.proposedByCaseId) {
      const report = await this.data.repos.cases.find(s.proposedByCaseId);
      // Unasked, close the report when this actor may; asked to (`closeReport: true`) and not
      // allowed, the case action refuses with its own 403.
      const close =
        report?.status === 'reported' &&
        (p.closeReport === true || (await this.mayRegister(actor, report, departments)));
      if (report && close) {
        await this.cases.act(actor, report.id, 'register_source', {
          version: report.version,
          note: p.reason ?? '确认为新增污染源，登记结案',
        });
        return (await this.details(actor, [(await this.data.repos.sources.find(id))!], departments))[0]!;
      }
    }
    const edit = action === 'edit' ? await editPatch(this.grids, actor, s, p, departments) : undefined;
    if (action === 'merge') await this.mergeTarget(actor, s, p.intoId, departments);
    const now = this.clock.now();
    const after = await this.data.transaction(async (repos) => {
      const cur = await this.decide(repos, actor, id, action, p.version, departments);
      const to = decideSourceAction(actor, this.view(cur, departments), action);
      const status = to.allowed ? to.to : cur.status;
      const patch: SourcePatch = { ...edit?.patch, status };
      if (action === 'merge') patch.mergedIntoId = p.intoId!;
      if (!(await repos.sources.update(cur.id, cur.version, patch, now)))
        throw new AppError('VERSION_CONFLICT', 'Someone else changed this source at the same moment; reload');
      await repos.sources.appendEvent({
        sourceId: cur.id,
        action,
        actorId: actor.id,
        fromStatus: cur.status,
        toStatus: status,
        reason: p.reason?.trim() || null,
        payload: {
          ...(edit ? { changes: edit.changes } : {}),
          ...(action === 'merge' ? { intoId: p.intoId } : {}),
          ...(action === 'confirm' ? { closeReport: false } : {}),
        },
        at: now,
      });
      let next: SourceRecord = { ...cur, ...patch, version: cur.version + 1, updatedAt: now } as SourceRecord;
      if (action === 'merge') {
        const into = (await repos.sources.find(p.intoId!))!;
        await repos.sources.repointCases(cur.id, into.id);
        await repos.sources.appendEvent({
          sourceId: into.id,
          action: 'merged_from',
          actorId: actor.id,
          fromStatus: into.status,
          toStatus: into.status,
          reason: p.reason?.trim() || null,
          payload: { fromId: cur.id, fromName: cur.name },
          at: now,
        });
        await syncRectifying(repos, into, actor.id, now, { mergedFrom: cur.id });
      }
      if (action === 'confirm' || action === 'reopen')
        next = await syncRectifying(repos, next, actor.id, now);
      return next;
    });
    return (await this.details(actor, [after], departments))[0]!;
  }

  // --- helpers --------------------------------------------------------------------------------

  private requireRead(actor: Actor): void {
    if (!can(actor, 'sources.read')) throw new AppError('FORBIDDEN', 'You may not read sources');
  }

  private windowStart(): number {
    return this.clock.now() - REPEAT_OFFENDER_DAYS * DAY_MS;
  }

  view(s: SourceRecord, departments: readonly DepartmentRecord[]) {
    return {
      status: s.status,
      streetCode: s.streetCode,
      departmentCode: departments.find((d) => d.id === s.departmentId)?.code ?? null,
    };
  }

  private async visible(
    repos: Repos,
    actor: Actor,
    id: string,
    departments: readonly DepartmentRecord[],
  ): Promise<SourceRecord> {
    const s = await repos.sources.find(id);
    if (!s || !canSeeSource(actor, this.view(s, departments)))
      throw new AppError('NOT_FOUND', 'Source not found');
    return s;
  }

  private async decide(
    repos: Repos,
    actor: Actor,
    id: string,
    action: SourceAction,
    version: number,
    departments: readonly DepartmentRecord[],
  ): Promise<SourceRecord> {
    const s = await this.visible(repos, actor, id, departments);
    const d = decideSourceAction(actor, this.view(s, departments), action);
    if (!d.allowed && d.reason === 'FORBIDDEN') throw new AppError('FORBIDDEN', d.message);
    if (version !== s.version)
      throw new AppError(
        'VERSION_CONFLICT',
        `The source changed since you loaded it (version ${s.version}, you sent ${version}); reload and try again`,
        { version: s.version },
      );
    if (!d.allowed) throw new AppError(d.reason === 'NOT_VISIBLE' ? 'NOT_FOUND' : d.reason, d.message);
    return s;
  }

  private async mergeTarget(
    actor: Actor,
    s: SourceRecord,
    intoId: string | undefined,
    departments: readonly DepartmentRecord[],
  ): Promise<void> {
    const into = intoId ? await this.data.repos.sources.find(intoId) : undefined;
    const bad = (message: string) =>
      new AppError('VALIDATION_FAILED', `intoId ${message}`, [{ path: 'body/intoId', message }]);
    if (!into || !canSeeSource(actor, this.view(into, departments))) throw bad('names no source you can see');
    if (into.id === s.id) throw bad('is the source itself');
    if (into.status === 'pending' || into.status === 'closed')
      throw bad('must name a registered (active or rectifying) source');
  }

  /** Sources of the same type within 50 m, nearest first (possible duplicates). */
  async nearby(s: Pick<SourceRecord, 'id' | 'type' | 'location'>): Promise<NearbySource[]> {
    const dLat = SOURCE_DUPLICATE_RADIUS_M / 111_000;
    const dLng = dLat / Math.cos((s.location.lat * Math.PI) / 180);
    const near = await this.data.repos.sources.near(s.type, {
      minLng: s.location.lng - dLng,
      maxLng: s.location.lng + dLng,
      minLat: s.location.lat - dLat,
      maxLat: s.location.lat + dLat,
    });
    return near
      .filter((o) => o.id !== s.id)
      .map((o) => ({
        id: o.id,
        name: o.name,
        type: o.type,
        status: o.status,
        distanceM: Math.round(distanceM(s.location, o.location)),
      }))
      .filter((o) => o.distanceM <= SOURCE_DUPLICATE_RADIUS_M)
      .sort((a, b) => a.distanceM - b.distanceM);
  }

  /** The actor may close this report as a registration of the source it proposed. */
  private async mayRegister(
    actor: Actor,
    report: CaseRecord,
    departments: readonly DepartmentRecord[],
  ): Promise<boolean> {
    const view = await caseViewOf(this.data.repos, report, [...departments]);
    return caseAbilities(actor, view).includes('register_source');
  }

  private async details(
    actor: Actor,
    list: readonly SourceRecord[],
    departments: readonly DepartmentRecord[],
  ): Promise<SourceDetails[]> {
    const ids = list.map((s) => s.id);
    const [counts, inspected] = await Promise.all([
      this.data.repos.sources.caseCounts(ids, this.windowStart()),
      this.data.repos.sources.lastInspections(ids),
    ]);
    const closes = new Set<string>();
    for (const s of list) {
      // Only a pending source still has a report to close: one read for each of those.
      if (s.status !== 'pending' || !s.proposedByCaseId) continue;
      const report = await this.data.repos.cases.find(s.proposedByCaseId);
      if (report?.status === 'reported' && (await this.mayRegister(actor, report, departments)))
        closes.add(s.id);
    }
    return list.map((s) => ({
      s,
      abilities: sourceAbilities(actor, this.view(s, departments)),
      closesReport: closes.has(s.id),
      recentCaseCount: counts.get(s.id) ?? 0,
      repeatOffender: isRepeatOffender(counts.get(s.id) ?? 0),
      lastInspectedAt: inspected.get(s.id) ?? null,
    }));
  }
}
