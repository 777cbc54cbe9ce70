import crypto from 'node:crypto';
import {
  AppError,
  batchProblems,
  canSeePatrol,
  canSeeSource,
  decidePatrolAction,
  evaluateTrack,
  mergeFixes,
  overseesPatrols,
  patrolAbilities,
  patrolKindFor,
  readsPatrols,
  type Actor,
  type Clock,
  type InspectionResult,
  type PatrolAction,
  type TrackFix,
} from '@envgrid/core';
import type { DataAccess, Repos } from '../../db/repos.ts';
import type { AttachmentService } from '../attachments/attachment.service.ts';
import { encodeCursor } from '../../http/page-cursor.ts';
import type { GridService } from '../grids/grid.service.ts';
import type { InspectionRecord, PatrolRecord, PointRecord } from './patrol.record.ts';

export interface PatrolDetails {
  patrol: PatrolRecord;
  gridsVisited: string[];
  inspections: InspectionRecord[];
  abilities: PatrolAction[];
  /** Only on the detail read. */
  track?: PointRecord[];
}

export interface InspectionInput {
  sourceId: string;
  result: InspectionResult;
  note?: string;
  attachmentIds?: string[];
  caseId?: string;
}

export interface PatrolListInput {
  user?: string;
  from?: number;
  to?: number;
  cursor?: { key: number; id: string };
  limit: number;
}

const REFUSAL = {
  NOT_VISIBLE: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
} as const;

const bad = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${path} ${message}`, [{ path, message }]);

/** 巡查 and 稽查: a patrol with its GPS track, the grids it visited and the sources inspected. */
export class PatrolService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly grids: GridService,
    private readonly attachments: AttachmentService,
  ) {}

  /** Starts a patrol; 409 CONFLICT naming the one already running (a user walks one at a time). */
  async start(actor: Actor): Promise<PatrolDetails> {
    const kind = patrolKindFor(actor);
    if (!kind) throw new AppError('FORBIDDEN', 'Only supervisors and auditors patrol');
    const patrol = await this.data.transaction(async (repos) => {
      await repos.patrols.lockUser(actor.id);
      const active = await repos.patrols.activeOf(actor.id);
      if (active)
        throw new AppError('CONFLICT', 'You already have a patrol running: end it first', {
          activePatrolId: active.id,
        });
      const p: PatrolRecord = {
        id: crypto.randomUUID(),
        userId: actor.id,
        kind,
        streetCode: actor.scope.kind === 'street' ? actor.scope.code : null,
        status: 'active',
        startedAt: this.clock.now(),
        endedAt: null,
        pointCount: 0,
        flaggedCount: 0,
        distanceM: 0,
        version: 1,
      };
      await repos.patrols.insertMany([p]);
      return p;
    });
    return this.details(this.data.repos, actor, patrol);
  }

  /**
   * Adds a batch of fixes and re-judges the whole track in time order: repeats are ignored, late
   * points take their place, jumps are flagged. A batch with one bad fix writes nothing.
   */
  async addPoints(actor: Actor, id: string, batch: readonly TrackFix[]): Promise<PatrolDetails> {
    // Read before the transaction: SQLite has one connection, which the transaction holds.
    const index = await this.grids.spatialIndex();
    const patrol = await this.data.transaction(async (repos) => {
      const p = await this.acting(repos, actor, id, 'addPoints');
      const problems = batchProblems(batch, p.startedAt, this.clock.now());
      if (problems.length)
        throw new AppError(
          'VALIDATION_FAILED',
          `Point ${problems[0]!.index}: at ${problems[0]!.message}`,
          problems.map((x) => ({ path: `body/points/${x.index}/${x.field}`, message: x.message })),
        );
      const stored = await repos.patrols.points(id);
      const known = new Map(stored.map((s) => [s.at, s]));
      const summary = evaluateTrack(mergeFixes(stored, batch), (lng, lat) => index.locate(lng, lat));
      const fresh = summary.fixes.filter((f) => !known.has(f.at));
      const changed = summary.fixes.filter((f) => {
        const before = known.get(f.at);
        return before !== undefined && before.flagged !== f.flagged;
      });
      await repos.patrols.insertPoints(fresh.map((f) => ({ ...f, patrolId: id })));
      await repos.patrols.setFlags(id, changed);
      await repos.patrols.replaceGrids(id, summary.grids);
      const next = {
        ...p,
        pointCount: summary.fixes.length,
        flaggedCount: summary.flaggedCount,
        distanceM: summary.distanceM,
        version: p.version + 1,
      };
      await repos.patrols.update(next);
      return next;
    });
    return this.details(this.data.repos, actor, patrol);
  }

  /** Records an inspection of a source on this patrol. */
  async inspect(actor: Actor, id: string, input: InspectionInput): Promise<InspectionRecord> {
    await this.attachments.requireOwn(actor, input.attachmentIds ?? []);
    return this.data.transaction(async (repos) => {
      const p = await this.acting(repos, actor, id, 'inspect');
      const source = await repos.sources.find(input.sourceId);
      // Patrolling roles are street- or district-scoped: a department scope sees no source here.
      if (
        !source ||
        !canSeeSource(actor, { status: source.status, streetCode: source.streetCode, departmentCode: null })
      )
        throw bad('body/sourceId', 'is not a source you can see');
      if (input.caseId && !(await repos.patrols.caseBy(input.caseId, actor.id, source.id)))
        throw bad('body/caseId', 'is not a case you reported about this source');
      const inspection: InspectionRecord = {
        id: crypto.randomUUID(),
        sourceId: source.id,
        patrolId: p.id,
        userId: actor.id,
        result: input.result,
        note: input.note ?? null,
        attachmentIds: [...new Set(input.attachmentIds ?? [])],
        caseId: input.caseId ?? null,
        at: this.clock.now(),
      };
      await repos.patrols.insertInspections([inspection]);
      return inspection;
    });
  }

  /** Ends the patrol; ending it again is 409 INVALID_TRANSITION. */
  async end(actor: Actor, id: string): Promise<PatrolDetails> {
    const patrol = await this.data.transaction(async (repos) => {
      const p = await this.acting(repos, actor, id, 'end');
      const next: PatrolRecord = { ...p, status: 'ended', endedAt: this.clock.now(), version: p.version + 1 };
      await repos.patrols.update(next);
      return next;
    });
    return this.details(this.data.repos, actor, patrol);
  }

  async get(actor: Actor, id: string): Promise<PatrolDetails> {
    if (!readsPatrols(actor)) throw new AppError('FORBIDDEN', 'Your roles do not read patrols');
    const p = await this.data.repos.patrols.find(id);
    if (!p || !canSeePatrol(actor, p)) throw new AppError('NOT_FOUND', 'Patrol not found');
    const d = await this.details(this.data.repos, actor, p);
    return { ...d, track: await this.data.repos.patrols.points(id) };
  }

  /**
   * Patrols newest first: a supervisor's own; a street's staff those of their street; district
   * staff everyone's. `user` narrows to one person within that.
   */
  async list(
    actor: Actor,
    q: PatrolListInput,
  ): Promise<{ items: PatrolDetails[]; nextCursor: string | null }> {
    if (!readsPatrols(actor)) throw new AppError('FORBIDDEN', 'Your roles do not read patrols');
    let userId = q.user;
    let streetCode: string | undefined;
    if (!overseesPatrols(actor) || actor.scope.kind === 'department') {
      if (userId && userId !== actor.id) return { items: [], nextCursor: null };
      userId = actor.id;
    } else if (actor.scope.kind === 'street') streetCode = actor.scope.code;
    const rows = await this.data.repos.patrols.list({
      userId,
      streetCode,
      from: q.from,
      to: q.to,
      cursor: q.cursor,
      limit: q.limit,
    });
    const [grids, inspections] = await Promise.all([
      this.data.repos.patrols.gridsOf(rows.map((r) => r.id)),
      this.data.repos.patrols.inspectionsOf(rows.map((r) => r.id)),
    ]);
    const items = rows.map((p) => ({
      patrol: p,
      gridsVisited: grids.get(p.id) ?? [],
      inspections: inspections.get(p.id) ?? [],
      abilities: patrolAbilities(actor, p),
    }));
    const last = rows[rows.length - 1];
    const nextCursor = last && rows.length === q.limit ? encodeCursor(last.startedAt, last.id) : null;
    return { items, nextCursor };
  }

  /** The patrol, locked for this transaction, if `actor` may take `action` on it now. */
  private async acting(repos: Repos, actor: Actor, id: string, action: PatrolAction): Promise<PatrolRecord> {
    // As on reads: roles that neither patrol nor oversee patrols are refused before any lookup.
    if (!readsPatrols(actor)) throw new AppError('FORBIDDEN', 'Your roles do not patrol');
    const p = await repos.patrols.lock(id);
    if (!p) throw new AppError('NOT_FOUND', 'Patrol not found');
    const d = decidePatrolAction(actor, p, action);
    if (!d.allowed) throw new AppError(REFUSAL[d.reason], d.message);
    return p;
  }

  private async details(repos: Repos, actor: Actor, p: PatrolRecord): Promise<PatrolDetails> {
    const [grids, inspections] = await Promise.all([
      repos.patrols.gridsOf([p.id]),
      repos.patrols.inspectionsOf([p.id]),
    ]);
    return {
      patrol: p,
      gridsVisited: grids.get(p.id) ?? [],
      inspections: inspections.get(p.id) ?? [],
      abilities: patrolAbilities(actor, p),
    };
  }
}
