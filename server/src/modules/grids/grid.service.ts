import crypto from 'node:crypto';
import { AppError, can, seesStreet, type Actor, type Clock, type GridIndex } from '@envgrid/core';
import type { DataAccess, Repos } from '../../db/repos.ts';
import type { AssignmentRow, GridRow } from './grid.record.ts';
import type { GridLocator } from './grid-locator.ts';

export interface GridDetails {
  grid: GridRow;
  officers: AssignmentRow['user'][];
  assignments: AssignmentRow[];
}

export class GridService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly locator: GridLocator,
  ) {}

  /** Grids visible to the actor: a street-scoped user sees their street only. */
  async list(actor: Actor, q: { street?: string; community?: string }): Promise<GridRow[]> {
    let street = q.street;
    if (actor.scope.kind === 'street') {
      if (street && street !== actor.scope.code) throw new AppError('NOT_FOUND', 'Street not found');
      street = actor.scope.code;
    }
    return this.data.repos.grids.list({ streetCode: street, communityCode: q.community });
  }

  async get(actor: Actor, code: string): Promise<GridDetails> {
    const grid = await this.visibleGrid(this.data.repos, actor, code);
    const assignments = await this.data.repos.grids.assignments(code);
    return {
      grid,
      officers: assignments.filter((a) => a.role === 'officer' && a.endsAt === null).map((a) => a.user),
      assignments,
    };
  }

  /**
   * Places a point in its grid; 422 OUTSIDE_JURISDICTION when no grid holds it. Any caller learns
   * the grid's codes (reports are placed anywhere in the district), but its supervisor only when
   * the grid is theirs to see, as in `list` and `get`: district and department scopes, or the
   * street's own scope.
   */
  async locate(actor: Actor, lng: number, lat: number): Promise<GridRow> {
    const grid = await this.gridAt(lng, lat);
    return seesStreet(actor, grid.streetCode) ? grid : { ...grid, supervisor: null };
  }

  /**
   * The grid holding a point, with its supervisor whoever asks: for services that place a case
   * and then need the grid's supervisor themselves (who acts next, who may see it). Not for
   * answering a caller: that is `locate`.
   */
  async gridAt(lng: number, lat: number, index?: GridIndex): Promise<GridRow> {
    const code = index ? index.locate(lng, lat) : await this.locator.locate(lng, lat);
    const grid = code ? await this.data.repos.grids.find(code) : undefined;
    if (!grid)
      throw new AppError(
        'OUTSIDE_JURISDICTION',
        `The point ${lng}, ${lat} lies outside every grid of the district`,
        { lng, lat },
      );
    return grid;
  }

  /**
   * The spatial index of the current grids, for a caller that asks several questions of it in one
   * request (where a point lies, which grids meet a box) with one check that it is current.
   */
  spatialIndex(): Promise<GridIndex> {
    return this.locator.current();
  }

  /** Makes `userId` the one responsible supervisor of a grid (责任到人); the previous one's term ends now. */
  async assignSupervisor(actor: Actor, code: string, userId: string): Promise<GridDetails> {
    await this.data.transaction(async (repos) => {
      const grid = await this.assignableGrid(repos, actor, code);
      const user = await this.eligibleUser(repos, userId, 'supervisor', grid.streetCode);
      if (grid.supervisor?.id === user.id) return;
      const now = this.clock.now();
      await repos.grids.endAssignments(code, 'supervisor', now);
      await repos.grids.insertAssignments([
        {
          id: crypto.randomUUID(),
          gridCode: code,
          userId,
          role: 'supervisor',
          startsAt: now,
          createdBy: actor.id,
        },
      ]);
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'grid.assign_supervisor',
          targetKind: 'grid',
          targetId: code,
          details: { userId, previous: grid.supervisor?.id ?? null },
        },
        now,
      );
    });
    return this.get(actor, code);
  }

  async addOfficer(actor: Actor, code: string, userId: string): Promise<GridDetails> {
    await this.data.transaction(async (repos) => {
      const grid = await this.assignableGrid(repos, actor, code);
      await this.eligibleUser(repos, userId, 'officer', grid.streetCode);
      const current = await repos.grids.assignments(code);
      if (current.some((a) => a.role === 'officer' && a.endsAt === null && a.user.id === userId)) return;
      const now = this.clock.now();
      await repos.grids.insertAssignments([
        {
          id: crypto.randomUUID(),
          gridCode: code,
          userId,
          role: 'officer',
          startsAt: now,
          createdBy: actor.id,
        },
      ]);
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'grid.add_officer',
          targetKind: 'grid',
          targetId: code,
          details: { userId },
        },
        now,
      );
    });
    return this.get(actor, code);
  }

  async removeOfficer(actor: Actor, code: string, userId: string): Promise<GridDetails> {
    await this.data.transaction(async (repos) => {
      await this.assignableGrid(repos, actor, code);
      const now = this.clock.now();
      if ((await repos.grids.endAssignments(code, 'officer', now, userId)) === 0) {
        throw new AppError('NOT_FOUND', 'That officer is not attached to this grid');
      }
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'grid.remove_officer',
          targetKind: 'grid',
          targetId: code,
          details: { userId },
        },
        now,
      );
    });
    return this.get(actor, code);
  }

  private async visibleGrid(repos: Repos, actor: Actor, code: string): Promise<GridRow> {
    const grid = await repos.grids.find(code);
    // Out of scope answers like absent, so another street's grids do not leak.
    if (!grid || !seesStreet(actor, grid.streetCode)) throw new AppError('NOT_FOUND', 'Grid not found');
    return grid;
  }

  private async assignableGrid(repos: Repos, actor: Actor, code: string): Promise<GridRow> {
    const grid = await this.visibleGrid(repos, actor, code);
    if (!can(actor, 'grids.assign'))
      throw new AppError('FORBIDDEN', 'Only administrators and street sub-centers assign grid staff');
    return grid;
  }

  /**
   * A grid's staff must be active, hold the role and work in the grid's street (or district-wide).
   * Every refusal reads the same and names nobody: a sub-center must not learn another street's
   * usernames or roles by trying ids.
   */
  private async eligibleUser(
    repos: Repos,
    userId: string,
    role: 'supervisor' | 'officer',
    streetCode: string,
  ) {
    const user = await repos.users.findById(userId);
    const inStreet =
      user !== undefined &&
      (user.scope.kind === 'district' || (user.scope.kind === 'street' && user.scope.code === streetCode));
    if (!user || user.disabled || !inStreet || !user.roles.includes(role))
      throw new AppError(
        'VALIDATION_FAILED',
        `Choose an active ${role} who works in street ${streetCode} or district-wide`,
        [{ path: 'body/userId', message: `is not an active ${role} of street ${streetCode}` }],
      );
    return user;
  }
}
