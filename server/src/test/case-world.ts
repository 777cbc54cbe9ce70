/**
 * A seeded demo district behind a real HTTP server, with logins made on demand, and a factory that
 * brings a case into any workflow state through the API (never through the database), so tests
 * about scope, transitions and deadlines share one way of building their cases.
 */
import { ManualClock } from '@envgrid/core';
import { ApiClient } from './api-client.ts';
import { act, departmentId, pointInGridOf, type CaseDto } from './case-fixtures.ts';
import type { Db } from '../db/database.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from './http-harness.ts';
import { seedDemo } from './seed.ts';

export interface Spot {
  lng: number;
  lat: number;
  grid: string;
  /** Username of the grid's responsible supervisor. */
  supervisor: string;
}

/** The case fields these tests read besides {@link CaseDto}'s. */
export type CaseBody = CaseDto & {
  description: string;
  reporterId: string | null;
  createdAt: number;
  urgency: string;
  itemCode: string;
};

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

/** Username of a department's demo handler: `hbj` → `hbj01`, `jd001` → `jd001-01`. */
export const handlerOf = (deptCode: string): string =>
  deptCode.startsWith('jd') ? `${deptCode}-01` : `${deptCode}01`;

export class CaseWorld {
  private readonly sessions = new Map<string, Promise<ApiClient>>();
  private readonly departments = new Map<string, Promise<string>>();
  private readonly spots = new Map<string, Promise<Spot>>();
  private readonly userIds = new Map<string, Promise<string>>();

  private constructor(
    readonly server: TestServer,
    readonly clock: ManualClock,
  ) {}

  /** Seeds the demo district (or the profile in `districtDir`) into `db` and starts a server on it. */
  static async start(db: Db, clock = new ManualClock(TEST_EPOCH), districtDir?: string): Promise<CaseWorld> {
    await seedDemo(db, clock, districtDir);
    return new CaseWorld(await startTestServer(db, { clock }), clock);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  /** A logged-in client of a demo (or test-made) user; one session per user, reused. */
  as(username: string): Promise<ApiClient> {
    let s = this.sessions.get(username);
    if (!s) {
      s = ApiClient.login(this.server, username);
      this.sessions.set(username, s);
      s.catch(() => this.sessions.delete(username));
    }
    return s;
  }

  /** Sessions end after 8 idle hours: call after moving the clock far, or after a user's scope changed. */
  forgetSessions(username?: string): void {
    if (username) this.sessions.delete(username);
    else this.sessions.clear();
  }

  /** Moves the clock to `ms` (sessions are renewed lazily). */
  at(ms: number): void {
    this.clock.set(ms);
    this.forgetSessions();
  }

  dept(code: string): Promise<string> {
    let d = this.departments.get(code);
    if (!d) {
      d = this.as('admin').then((admin) => departmentId(admin, code));
      this.departments.set(code, d);
    }
    return d;
  }

  userId(username: string): Promise<string> {
    let u = this.userIds.get(username);
    if (!u) {
      u = this.as(username).then(
        async (c) => (await c.get<{ user: { id: string } }>('/api/v1/me')).body.user.id,
      );
      this.userIds.set(username, u);
    }
    return u;
  }

  /** The centre of one of the square grids `supervisor` is responsible for (the `index`-th). */
  spot(supervisor: string, index = 0): Promise<Spot> {
    const key = `${supervisor}#${index}`;
    let s = this.spots.get(key);
    if (!s) {
      s = (async () => {
        const p = await pointInGridOf(await this.as(supervisor), await this.as('admin'), index);
        return { ...p, supervisor };
      })();
      this.spots.set(key, s);
    }
    return s;
  }

  /** Reports a problem at `spot` and expects 201. */
  async report(
    who: string,
    spot: Pick<Spot, 'lng' | 'lat'>,
    body: { itemCode?: string; description?: string } & Record<string, unknown> = {},
  ): Promise<CaseBody> {
    const r = await (
      await this.as(who)
    ).post<CaseBody>('/api/v1/cases', {
      itemCode: 'air.chimney_black_smoke',
      description: '烟囱冒黑烟',
      location: { lng: spot.lng, lat: spot.lat },
      ...body,
    });
    if (r.status !== 201) throw new Error(`report by ${who} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }

  /** Fires an action that must succeed. */
  async act(
    who: string,
    c: { id: string; version: number },
    action: string,
    body: Record<string, unknown> = {},
  ): Promise<CaseBody> {
    return (await act(await this.as(who), c, action, body)) as CaseBody;
  }

  /** Fires an action and returns whatever the server answered. */
  async try(
    who: string,
    c: { id: string; version: number },
    action: string,
    body: Record<string, unknown> = {},
  ) {
    return (await this.as(who)).post<CaseBody & ApiError>(`/api/v1/cases/${c.id}/actions/${action}`, {
      version: c.version,
      ...body,
    });
  }

  /** The case as the district center reads it. */
  async read(id: string): Promise<CaseBody> {
    const r = await (await this.as('center')).get<CaseBody>(`/api/v1/cases/${id}`);
    if (r.status !== 200) throw new Error(`reading case ${id} failed: ${r.status}`);
    return r.body;
  }

  /** The case's timeline as the district center reads it. */
  async events(id: string): Promise<{ seq: number; action: string; hash: string }[]> {
    const r = await (
      await this.as('center')
    ).get<{ items: { seq: number; action: string; hash: string }[] }>(`/api/v1/cases/${id}/events`);
    return r.body.items;
  }

  /** What a refused action must leave untouched: the row's version and update time, and the event chain. */
  async footprint(
    id: string,
  ): Promise<{ version: number; updatedAt: number; status: string; events: string[] }> {
    const c = await this.read(id);
    const events = await this.events(id);
    return {
      version: c.version,
      updatedAt: (c as CaseBody & { updatedAt: number }).updatedAt,
      status: c.status,
      events: events.map((e) => `${e.seq}:${e.action}:${e.hash}`),
    };
  }
}

/**
 * Workflow situations the factory can build: the ten states, plus a dispatched case with a
 * pending extension or suspension request.
 */
export const SITUATIONS = [
  'pending_verification',
  'reported',
  'filed',
  'dispatched',
  'dispatched+extension_requested',
  'dispatched+suspension_requested',
  'suspended',
  'pending_check',
  'pending_close',
  'closed',
  'rejected',
  'voided',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface CaseRecipe {
  /** Whose grid the case lies in (its responsible supervisor); default `sup001-01`. */
  gridOf?: string;
  /** Which of that supervisor's square grids; default 0. */
  gridIndex?: number;
  /** Who reports it on patrol (default: the grid's supervisor); hotline cases are the center's. */
  reporter?: string;
  itemCode?: string;
  description?: string;
  /** The pollution source the report is about. */
  sourceId?: string;
  /** Who files, dispatches, decides and closes; default the district center. */
  center?: string;
  /** Lead department code; default `hbj`. */
  lead?: string;
  /** Assisting department codes; default `cgzf`. */
  assists?: string[];
  /** A grid officer the lead department brings in once the case is dispatched. */
  officer?: string;
}

/** Builds a case in `situation` through the API, each step by the user the rules name. */
export async function caseIn(w: CaseWorld, situation: Situation, recipe: CaseRecipe = {}): Promise<CaseBody> {
  const spot = await w.spot(recipe.gridOf ?? 'sup001-01', recipe.gridIndex ?? 0);
  const center = recipe.center ?? 'center';
  const lead = recipe.lead ?? 'hbj';
  const assists = recipe.assists ?? ['cgzf'];
  const body = {
    itemCode: recipe.itemCode ?? 'air.chimney_black_smoke',
    description: recipe.description ?? `工厂 ${situation}`,
    ...(recipe.sourceId ? { sourceId: recipe.sourceId } : {}),
  };
  if (situation === 'pending_verification') return w.report('center', spot, body);
  let c = await w.report(recipe.reporter ?? spot.supervisor, spot, body);
  if (situation === 'reported') return c;
  if (situation === 'rejected') return w.act(center, c, 'reject', { reason: '不属于监管范围' });
  if (situation === 'voided') return w.act(center, c, 'void', { reason: '重复上报' });
  c = await w.act(center, c, 'file');
  if (situation === 'filed') return c;
  c = await w.act(center, c, 'dispatch', {
    leadDepartmentId: await w.dept(lead),
    assistDepartmentIds: await Promise.all(assists.map((a) => w.dept(a))),
  });
  if (recipe.officer)
    c = await w.act(handlerOf(lead), c, 'involve_officer', { officerId: await w.userId(recipe.officer) });
  if (situation === 'dispatched') return c;
  if (situation === 'dispatched+extension_requested')
    return w.act(handlerOf(lead), c, 'request_extension', {
      reason: '需要检测',
      extra: { amount: 1, unit: 'day' },
    });
  if (situation === 'dispatched+suspension_requested' || situation === 'suspended') {
    c = await w.act(handlerOf(lead), c, 'request_suspension', { reason: '企业停产' });
    return situation === 'suspended' ? w.act(center, c, 'approve_suspension') : c;
  }
  for (const a of assists) c = await w.act(handlerOf(a), c, 'assist_feedback', { result: '已配合' });
  c = await w.act(handlerOf(lead), c, 'feedback', { result: '已整改' });
  if (situation === 'pending_check') return c;
  c = await w.act(spot.supervisor, c, 'check', { passed: true });
  if (situation === 'pending_close') return c;
  return w.act(center, c, 'close');
}
