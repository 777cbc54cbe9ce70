/**
 * The case list returns exactly the cases the caller may see, by the rule of docs/domain.md and
 * docs/workflow.md: district scope sees every case; a street scope its street's cases; a
 * department scope the cases where it is lead or assisting; the reporter and the grid's
 * responsible supervisor always see a case. The expected sets are computed here from that rule
 * and from what each case was made of, never from the server's own code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, type ApiResponse } from '../../test/api-client.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { caseIn, CaseWorld, type CaseBody, type CaseRecipe, type Situation } from '../../test/case-world.ts';

const S001 = '110101001';
const S002 = '110101002';
const S003 = '110101003';

type Scope = { kind: 'district' } | { kind: 'street'; code: string } | { kind: 'department'; code: string };

/** What the test knows about each case it made. */
interface Entry {
  key: string;
  id: string;
  street: string;
  status: string;
  description: string;
  lead: string | null;
  assists: string[];
  reporter: string;
  gridSupervisor: string;
}

/** The users under test and their scope, as seeded (or created below). */
const USERS: Record<string, Scope> = {
  center: { kind: 'district' },
  sub001: { kind: 'street', code: S001 },
  sub002: { kind: 'street', code: S002 },
  hbj01: { kind: 'department', code: 'hbj' },
  cgzf01: { kind: 'department', code: 'cgzf' },
  'sup001-01': { kind: 'street', code: S001 },
  'off001-01': { kind: 'street', code: S001 },
  // intake + dispatcher roles, but a street scope
  mixed001: { kind: 'street', code: S001 },
  // a supervisor moved to street 003 who is still responsible for a grid of street 002
  supmoved: { kind: 'street', code: S003 },
};

/** The rule, written out. */
function maySee(user: string, e: Entry): boolean {
  if (e.reporter === user || e.gridSupervisor === user) return true;
  const scope = USERS[user]!;
  if (scope.kind === 'district') return true;
  if (scope.kind === 'street') return scope.code === e.street;
  return e.lead === scope.code || e.assists.includes(scope.code);
}

const FILTERS: { query: string; keep: (e: Entry) => boolean }[] = [
  { query: '', keep: () => true },
  { query: 'status=dispatched', keep: (e) => e.status === 'dispatched' },
  { query: 'status=reported,filed', keep: (e) => e.status === 'reported' || e.status === 'filed' },
  { query: `street=${S001}`, keep: (e) => e.street === S001 },
  { query: `street=${S002}`, keep: (e) => e.street === S002 },
  { query: `q=${encodeURIComponent('标记甲')}`, keep: (e) => e.description.includes('标记甲') },
  {
    query: `street=${S002}&status=reported,pending_verification`,
    keep: (e) => e.street === S002 && (e.status === 'reported' || e.status === 'pending_verification'),
  },
];

describeEachEngineWithDemo('case list scope', (ctx) => {
  let w: CaseWorld;
  const ledger: Entry[] = [];

  /** Makes a case through the factory and writes down what it is made of. */
  async function make(
    key: string,
    situation: Situation,
    recipe: CaseRecipe & { street: string; mark?: boolean },
    after?: (c: CaseBody) => Promise<CaseBody>,
  ): Promise<void> {
    const description = `范围 ${key}${recipe.mark ? ' 标记甲' : ''}`;
    let c = await caseIn(w, situation, { ...recipe, description });
    if (after) c = await after(c);
    const spot = await w.spot(recipe.gridOf ?? 'sup001-01', recipe.gridIndex ?? 0);
    // Construction check: the grid code starts with the street code (docs/domain.md), and that is the street we meant.
    expect([key, c.streetCode, spot.grid.slice(0, 9)]).toEqual([key, recipe.street, recipe.street]);
    const dispatched = !['pending_verification', 'reported', 'filed', 'rejected', 'voided'].includes(
      c.status,
    );
    ledger.push({
      key,
      id: c.id,
      street: recipe.street,
      status: c.status,
      description,
      lead: dispatched ? (recipe.lead ?? 'hbj') : null,
      assists: dispatched ? (recipe.assists ?? ['cgzf']) : [],
      reporter: situation === 'pending_verification' ? 'center' : (recipe.reporter ?? spot.supervisor),
      gridSupervisor: spot.supervisor,
    });
    // Three cases to a minute: pages must also split cases created at the same instant.
    if (ledger.length % 3 === 0) w.clock.advance(60_000);
  }

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    const admin = await w.as('admin');
    // A user holding the center's roles with a street scope.
    const mixed = await admin.post('/api/v1/users', {
      username: 'mixed001',
      displayName: '街道受理派遣员',
      password: DEMO_PASSWORD,
      roles: ['intake', 'dispatcher'],
      scope: { kind: 'street', code: S001 },
    });
    expect(mixed.status).toBe(201);
    // A supervisor of street 002, made responsible for one of its grids, then moved to street 003.
    const moved = await admin.post<{ id: string }>('/api/v1/users', {
      username: 'supmoved',
      displayName: '调动的监督员',
      password: DEMO_PASSWORD,
      roles: ['supervisor'],
      scope: { kind: 'street', code: S002 },
    });
    expect(moved.status).toBe(201);
    const inherited = await w.spot('sup002-02');
    expect(
      (await admin.put(`/api/v1/grids/${inherited.grid}/supervisor`, { userId: moved.body.id })).status,
    ).toBe(200);

    const noAssist = { assists: [] as string[] };
    // Street 001.
    await make('A1', 'reported', { street: S001, mark: true });
    await make('A2', 'filed', { street: S001 });
    await make('A3', 'dispatched', { street: S001, lead: 'hbj', ...noAssist });
    await make('A4', 'dispatched', { street: S001, lead: 'cgzf', assists: ['hbj'] });
    await make('A5', 'pending_verification', { street: S001 });
    await make('A6', 'pending_check', { street: S001, gridIndex: 1, lead: 'cgzf', ...noAssist });
    // Street 002.
    await make('B1', 'reported', { street: S002, gridOf: 'sup002-01' });
    await make('B2', 'dispatched', {
      street: S002,
      gridOf: 'sup002-01',
      lead: 'hbj',
      ...noAssist,
      mark: true,
    });
    await make('B3', 'dispatched', { street: S002, gridOf: 'sup002-01', lead: 'cgzf', assists: ['gaj'] });
    // Dispatched to cgzf, then returned by it: cgzf no longer leads it.
    await make('B4', 'dispatched', { street: S002, gridOf: 'sup002-01', lead: 'cgzf', ...noAssist }, (c) =>
      w.act('cgzf01', c, 'return', { reason: '不属于本部门职责' }),
    );
    await make('B5', 'closed', { street: S002, gridOf: 'sup002-01', lead: 'gaj', ...noAssist });
    // sup001-01 on patrol across the street boundary: it reports in street 002.
    await make('X1', 'reported', { street: S002, gridOf: 'sup002-01', reporter: 'sup001-01', mark: true });
    await make('X2', 'dispatched', {
      street: S002,
      gridOf: 'sup002-01',
      reporter: 'sup001-01',
      lead: 'zjw',
      ...noAssist,
    });
    // In the grid supmoved is still responsible for.
    await make('M1', 'reported', { street: S002, gridOf: 'sup002-02', mark: true });
    ledger[ledger.length - 1]!.gridSupervisor = 'supmoved';
    // Street 003, a hotline report.
    await make('C1', 'pending_verification', { street: S003, gridOf: 'sup003-01' });

    // The move: new territory, same grid (the assignment is not ended by a scope change).
    const patched = await admin.patch(`/api/v1/users/${moved.body.id}`, {
      scope: { kind: 'street', code: S003 },
    });
    expect(patched.status).toBe(200);
    w.forgetSessions('supmoved');

    // The sets really differ: seven different ones (the street-001 users share one by the rule).
    const sets = Object.keys(USERS).map((u) =>
      ledger
        .filter((e) => maySee(u, e))
        .map((e) => e.key)
        .join(),
    );
    expect(new Set(sets).size).toBe(7);
  });
  afterAll(() => w.close());

  /** Every page of a list query, following nextCursor. */
  async function listAll(
    user: string,
    query: string,
    limit: number,
  ): Promise<{ ids: string[]; pages: number }> {
    const client = await w.as(user);
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let lastCreated = Infinity;
    do {
      const params: string = [query, `limit=${limit}`, cursor ? `cursor=${cursor}` : '']
        .filter(Boolean)
        .join('&');
      const r: ApiResponse<{ items: CaseBody[]; nextCursor: string | null }> = await client.get<{
        items: CaseBody[];
        nextCursor: string | null;
      }>(`/api/v1/cases?${params}`);
      expect([user, query, r.status]).toEqual([user, query, 200]);
      expect(r.body.items.length).toBeLessThanOrEqual(limit);
      for (const c of r.body.items) {
        // Newest first across pages.
        expect(c.createdAt).toBeLessThanOrEqual(lastCreated);
        lastCreated = c.createdAt;
        ids.push(c.id);
      }
      cursor = r.body.nextCursor;
      pages++;
      expect(pages).toBeLessThan(50);
    } while (cursor);
    return { ids, pages };
  }

  const keysOf = (ids: string[]) => ids.map((id) => ledger.find((e) => e.id === id)?.key ?? `?${id}`).sort();
  const expected = (user: string, keep: (e: Entry) => boolean) =>
    ledger
      .filter((e) => keep(e) && maySee(user, e))
      .map((e) => e.key)
      .sort();

  it('lists exactly the visible cases for every user, with and without filters', async () => {
    const mismatches: string[] = [];
    for (const user of Object.keys(USERS)) {
      for (const f of FILTERS) {
        const { ids } = await listAll(user, f.query, 100);
        const got = keysOf(ids);
        const want = expected(user, f.keep);
        if (JSON.stringify(got) !== JSON.stringify(want))
          mismatches.push(`${user} ?${decodeURIComponent(f.query)}: got [${got}] want [${want}]`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('pages through the same set with a small limit: no case lost, none repeated', async () => {
    const mismatches: string[] = [];
    for (const user of Object.keys(USERS)) {
      for (const f of [FILTERS[0]!, FILTERS[1]!, FILTERS[4]!]) {
        const { ids, pages } = await listAll(user, f.query, 2);
        const want = expected(user, f.keep);
        expect(new Set(ids).size).toBe(ids.length);
        expect(pages).toBeGreaterThanOrEqual(Math.ceil(want.length / 2));
        const got = keysOf(ids);
        if (JSON.stringify(got) !== JSON.stringify(want))
          mismatches.push(`${user} ?${decodeURIComponent(f.query)} limit=2: got [${got}] want [${want}]`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('agrees with the case page: every case a user may open is listed, and no other', async () => {
    for (const user of ['sup001-01', 'supmoved', 'cgzf01']) {
      const client = await w.as(user);
      const listed = new Set((await listAll(user, '', 100)).ids);
      for (const e of ledger) {
        const status = (await client.get(`/api/v1/cases/${e.id}`)).status;
        expect([user, e.key, status]).toEqual([user, e.key, maySee(user, e) ? 200 : 404]);
        expect([user, e.key, listed.has(e.id)]).toEqual([user, e.key, status === 200]);
      }
    }
  });
});
