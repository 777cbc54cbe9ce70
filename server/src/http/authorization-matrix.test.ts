/**
 * Every route × role, in scope and out of scope, against the real server on both engines.
 * A route added without a row here fails the "covers every route" test.
 */
import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../test/api-client.ts';
import { seedDemo } from '../test/seed.ts';
import { pngBytes } from '../test/images.ts';
import { describeEachEngineWithDemo } from '../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../test/http-harness.ts';

const ACTORS = [
  'anon',
  'admin',
  'center',
  'leader',
  'auditor',
  'sub001',
  'sub002',
  'sup001-01',
  'off001-01',
  'hbj01',
] as const;
type ActorName = (typeof ACTORS)[number];

interface Fixtures {
  g1: string; // a grid of street 001
  g1Community: string;
  g1Name: string;
  g1Geometry: unknown;
  g1Point: { lng: number; lat: number };
  sup2Id: string; // sup001-02
  officerId: string; // off001-01
  victimId: string; // sup003-01: disabled and enabled by the rows
  deptId: string;
  attachmentId: string; // uploaded by admin, used by no case
  caseId: string; // reported by sup001-01 in street 001, not dispatched
  caseVersion: number;
  sourceId: string; // registered by the center in g1, no responsible department
  sourceVersion: number;
  consultationId: string; // asked by sup001-01 in g1
  patrolId: string; // sup001-01's running patrol
  auditRunId: string; // a 督查 run by the auditor
  assessmentRunId: string; // the leader's assessment of March 2026
  weights: unknown; // the current weights and grade bands, as PUT takes them
  taxonomy: unknown;
  limits: unknown;
  calendarCsv: string;
  tokenOf: Partial<Record<ActorName, string>>;
}

interface Row {
  route: string; // "METHOD /registered/:pattern"
  path: (f: Fixtures) => string;
  body?: (f: Fixtures, actor: ActorName) => unknown;
  /** Expected status per actor; `others` for every signed-in actor not named. */
  expect: Partial<Record<ActorName | 'others', number>>;
  /** Runs (as admin) before each actor's request, to restore what the previous one changed. */
  before?: (f: Fixtures, admin: ApiClient, as: (a: ActorName) => Promise<ApiClient>) => Promise<void>;
  /** Logs the actor in afresh for this row (the row ends the session). */
  fresh?: boolean;
  /** A stream: compare the status, then hang up. */
  stream?: boolean;
}

const photo = () => {
  const form = new FormData();
  form.append('file', new Blob([pngBytes([10, 20, 30])], { type: 'image/png' }), 'photo.png');
  return form;
};

const adminOnly = { admin: 200, anon: 401, others: 403 };
const everyone = { anon: 401, others: 200 };
const publicRoute = { anon: 200, others: 200 };
const CASE_SEERS = { sub002: 404, hbj01: 404, anon: 401, others: 200 };
/** 督查 and 稽查: leaders and auditors. */
const AUDITORS = { leader: 200, auditor: 200, anon: 401, others: 403 };
/** An assessment run: assessors, and the sub-centers and departments it was published to. */
const ASSESSED = { leader: 200, auditor: 200, sub001: 200, sub002: 200, hbj01: 200, anon: 401, others: 403 };
const assignMatrix = { admin: 200, sub001: 200, sub002: 404, anon: 401, others: 403 };

const ROWS: Row[] = [
  { route: 'GET /', path: () => '/', expect: publicRoute },
  { route: 'GET /healthz', path: () => '/healthz', expect: publicRoute },
  { route: 'GET /readyz', path: () => '/readyz', expect: publicRoute },
  { route: 'GET /metrics', path: () => '/metrics', expect: publicRoute },
  { route: 'GET /api/v1/meta', path: () => '/api/v1/meta', expect: publicRoute },
  {
    route: 'POST /api/v1/auth/login',
    path: () => '/api/v1/auth/login',
    body: (_f, a) => ({ username: `nobody-${a}`, password: 'not-the-password-1' }),
    expect: { anon: 401, others: 401 },
  },
  {
    route: 'POST /api/v1/auth/logout',
    path: () => '/api/v1/auth/logout',
    body: () => ({}),
    expect: { anon: 401, others: 204 },
    fresh: true,
  },
  { route: 'GET /api/v1/me', path: () => '/api/v1/me', expect: everyone },
  {
    route: 'POST /api/v1/auth/tokens',
    path: () => '/api/v1/auth/tokens',
    body: () => ({ name: 'matrix' }),
    expect: { anon: 401, others: 201 },
  },
  { route: 'GET /api/v1/auth/tokens', path: () => '/api/v1/auth/tokens', expect: everyone },
  {
    // A fresh token of the leader's each time: the leader and administrators may revoke it; to
    // anyone else it does not exist.
    route: 'DELETE /api/v1/auth/tokens/:id',
    path: (f) => `/api/v1/auth/tokens/${f.tokenOf.leader}`,
    before: async (f, _admin, as) => {
      const leader = await as('leader');
      f.tokenOf.leader = (
        await leader.post<{ id: string }>('/api/v1/auth/tokens', { name: 'matrix' })
      ).body.id;
    },
    expect: { leader: 204, admin: 204, anon: 401, others: 404 },
  },
  {
    // A wrong current password: every signed-in user reaches the check, nobody's password changes.
    route: 'POST /api/v1/me/password',
    path: () => '/api/v1/me/password',
    body: () => ({ currentPassword: 'not-my-password-1', newPassword: 'matrix-new-pass-1' }),
    expect: { anon: 401, others: 400 },
  },
  { route: 'GET /api/v1/auth/sessions', path: () => '/api/v1/auth/sessions', expect: everyone },
  {
    route: 'POST /api/v1/auth/sessions/end-others',
    path: () => '/api/v1/auth/sessions/end-others',
    body: () => ({}),
    expect: { anon: 401, others: 200 },
  },
  { route: 'GET /api/v1/auth/lockouts', path: () => '/api/v1/auth/lockouts', expect: adminOnly },
  {
    route: 'DELETE /api/v1/auth/lockouts',
    path: () => '/api/v1/auth/lockouts?username=nobody',
    expect: adminOnly,
  },
  { route: 'GET /api/v1/users', path: () => '/api/v1/users', expect: adminOnly },
  {
    route: 'POST /api/v1/users',
    path: () => '/api/v1/users',
    body: (_f, a) => ({
      username: `m-${a}`,
      displayName: 'Matrix',
      password: 'matrix-pass-1',
      roles: ['supervisor'],
      scope: { kind: 'street', code: '110101001' },
    }),
    expect: { admin: 201, anon: 401, others: 403 },
  },
  { route: 'GET /api/v1/users/:id', path: (f) => `/api/v1/users/${f.victimId}`, expect: adminOnly },
  {
    route: 'PATCH /api/v1/users/:id',
    path: (f) => `/api/v1/users/${f.victimId}`,
    body: () => ({ phone: '13800000000' }),
    expect: adminOnly,
  },
  {
    route: 'POST /api/v1/users/:id/disable',
    path: (f) => `/api/v1/users/${f.victimId}/disable`,
    body: () => ({}),
    expect: adminOnly,
  },
  {
    route: 'POST /api/v1/users/:id/enable',
    path: (f) => `/api/v1/users/${f.victimId}/enable`,
    body: () => ({}),
    expect: adminOnly,
  },
  {
    route: 'POST /api/v1/users/:id/password',
    path: (f) => `/api/v1/users/${f.victimId}/password`,
    body: () => ({ password: 'reset-pass-1' }),
    expect: { admin: 204, anon: 401, others: 403 },
  },
  { route: 'GET /api/v1/departments', path: () => '/api/v1/departments', expect: everyone },
  {
    route: 'POST /api/v1/departments',
    path: () => '/api/v1/departments',
    body: (_f, a) => ({
      code: `m_${a.replace(/\W/g, '_')}`,
      name: '测试部门',
      nameEn: 'Matrix dept',
      level: 'district',
    }),
    expect: { admin: 201, anon: 401, others: 403 },
  },
  {
    route: 'PATCH /api/v1/departments/:id',
    path: (f) => `/api/v1/departments/${f.deptId}`,
    body: () => ({ nameEn: 'Renamed' }),
    expect: adminOnly,
  },
  { route: 'GET /api/v1/audit-log', path: () => '/api/v1/audit-log', expect: adminOnly },
  { route: 'GET /api/v1/regions', path: () => '/api/v1/regions', expect: everyone },
  {
    route: 'GET /api/v1/grids',
    path: () => '/api/v1/grids?street=110101001',
    expect: { sub002: 404, anon: 401, others: 200 },
  },
  {
    route: 'GET /api/v1/grids/locate',
    path: (f) => `/api/v1/grids/locate?lng=${f.g1Point.lng}&lat=${f.g1Point.lat}`,
    expect: everyone,
  },
  { route: 'GET /api/v1/grids/export', path: () => '/api/v1/grids/export?kind=community', expect: everyone },
  {
    route: 'POST /api/v1/grids/import',
    path: () => '/api/v1/grids/import?kind=grid',
    body: (f) => ({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: f.g1, name: f.g1Name, communityCode: f.g1Community },
          geometry: f.g1Geometry,
        },
      ],
    }),
    expect: adminOnly,
  },
  {
    route: 'GET /api/v1/grids/:code',
    path: (f) => `/api/v1/grids/${f.g1}`,
    expect: { sub002: 404, anon: 401, others: 200 },
  },
  {
    route: 'PUT /api/v1/grids/:code/supervisor',
    path: (f) => `/api/v1/grids/${f.g1}/supervisor`,
    body: (f) => ({ userId: f.sup2Id }),
    expect: assignMatrix,
  },
  {
    route: 'POST /api/v1/grids/:code/officers',
    path: (f) => `/api/v1/grids/${f.g1}/officers`,
    body: (f) => ({ userId: f.officerId }),
    expect: assignMatrix,
  },
  {
    route: 'DELETE /api/v1/grids/:code/officers/:userId',
    path: (f) => `/api/v1/grids/${f.g1}/officers/${f.officerId}`,
    expect: assignMatrix,
    before: async (f, admin) => {
      await admin.post(`/api/v1/grids/${f.g1}/officers`, { userId: f.officerId });
    },
  },
  {
    route: 'POST /api/v1/attachments',
    path: () => '/api/v1/attachments',
    body: () => photo(),
    expect: { anon: 401, others: 201 },
  },
  {
    route: 'GET /api/v1/attachments/:id',
    path: (f) => `/api/v1/attachments/${f.attachmentId}`,
    expect: { admin: 200, anon: 401, others: 404 },
  },
  { route: 'GET /api/v1/stream', path: () => '/api/v1/stream', expect: everyone, stream: true },
  {
    route: 'POST /api/v1/cases',
    path: () => '/api/v1/cases',
    body: (f) => ({ itemCode: 'air.chimney_black_smoke', description: '矩阵', location: f.g1Point }),
    // Reporters: supervisors, intake, sub-centers (own street only) and auditors.
    expect: { 'sup001-01': 201, center: 201, sub001: 201, auditor: 201, sub002: 422, anon: 401, others: 403 },
  },
  { route: 'GET /api/v1/cases', path: () => '/api/v1/cases?limit=5', expect: everyone },
  { route: 'GET /api/v1/cases/:id', path: (f) => `/api/v1/cases/${f.caseId}`, expect: CASE_SEERS },
  {
    route: 'GET /api/v1/cases/:id/events',
    path: (f) => `/api/v1/cases/${f.caseId}/events`,
    expect: CASE_SEERS,
  },
  {
    route: 'POST /api/v1/cases/:id/actions/:action',
    path: (f) => `/api/v1/cases/${f.caseId}/actions/comment`,
    body: (f) => ({ version: f.caseVersion, note: '矩阵备注' }),
    expect: CASE_SEERS,
    before: async (f, admin) => {
      f.caseVersion = (await admin.get<{ version: number }>(`/api/v1/cases/${f.caseId}`)).body.version;
    },
  },
  { route: 'GET /api/v1/notifications', path: () => '/api/v1/notifications', expect: everyone },
  {
    route: 'POST /api/v1/notifications/read',
    path: () => '/api/v1/notifications/read',
    body: () => ({}),
    expect: everyone,
  },
  { route: 'GET /api/v1/taxonomy', path: () => '/api/v1/taxonomy', expect: everyone },
  {
    route: 'PUT /api/v1/taxonomy',
    path: () => '/api/v1/taxonomy',
    body: (f) => f.taxonomy,
    expect: adminOnly,
  },
  { route: 'GET /api/v1/time-limits', path: () => '/api/v1/time-limits', expect: everyone },
  {
    route: 'PUT /api/v1/time-limits',
    path: () => '/api/v1/time-limits',
    body: (f) => f.limits,
    expect: adminOnly,
  },
  { route: 'GET /api/v1/calendar', path: () => '/api/v1/calendar?year=2026', expect: everyone },
  {
    route: 'POST /api/v1/calendar/import',
    path: () => '/api/v1/calendar/import?year=2026',
    body: (f) => ({ content: f.calendarCsv }),
    expect: adminOnly,
  },
  { route: 'GET /api/v1/sources', path: () => '/api/v1/sources?limit=5', expect: everyone },
  { route: 'GET /api/v1/sources/export.csv', path: () => '/api/v1/sources/export.csv', expect: everyone },
  {
    route: 'POST /api/v1/sources/import',
    path: () => '/api/v1/sources/import',
    body: (f) => ({
      content: `type,name,lng,lat,riskLevel\ncatering,矩阵导入,${f.g1Point.lng},${f.g1Point.lat},general`,
    }),
    // Registrars: intake, sub-centers (a row outside their street is a row problem), admins.
    expect: { center: 200, sub001: 200, admin: 200, sub002: 400, anon: 401, others: 403 },
  },
  {
    route: 'POST /api/v1/sources',
    path: () => '/api/v1/sources',
    body: (f) => ({ type: 'catering', name: '矩阵登记', location: f.g1Point, riskLevel: 'general' }),
    expect: { center: 201, sub001: 201, admin: 201, sub002: 422, anon: 401, others: 403 },
  },
  {
    route: 'GET /api/v1/sources/:id',
    path: (f) => `/api/v1/sources/${f.sourceId}`,
    // Street 001's source without a department: the district, street 001, not street 002 or hbj.
    expect: { sub002: 404, hbj01: 404, anon: 401, others: 200 },
  },
  {
    route: 'POST /api/v1/sources/:id/actions/:action',
    path: (f) => `/api/v1/sources/${f.sourceId}/actions/edit`,
    body: (f, actor) => ({ version: f.sourceVersion, name: `矩阵污染源 ${actor}` }),
    expect: { center: 200, sub001: 200, admin: 200, sub002: 404, hbj01: 404, anon: 401, others: 403 },
    before: async (f, admin) => {
      f.sourceVersion = (await admin.get<{ version: number }>(`/api/v1/sources/${f.sourceId}`)).body.version;
    },
  },
  {
    route: 'POST /api/v1/consultations',
    path: () => '/api/v1/consultations',
    body: (f) => ({ question: '矩阵提问', location: f.g1Point }),
    // Askers: supervisors (their street) and auditors.
    expect: { 'sup001-01': 201, auditor: 201, anon: 401, others: 403 },
  },
  { route: 'GET /api/v1/consultations', path: () => '/api/v1/consultations', expect: everyone },
  {
    route: 'GET /api/v1/consultations/:id',
    path: (f) => `/api/v1/consultations/${f.consultationId}`,
    expect: { sub002: 404, hbj01: 404, anon: 401, others: 200 },
  },
  {
    route: 'POST /api/v1/consultations/:id/replies',
    path: (f) => `/api/v1/consultations/${f.consultationId}/replies`,
    body: () => ({ text: '矩阵回复' }),
    // The grid's officers and the street's sub-center answer; the asker follows up.
    expect: {
      sub001: 201,
      'sup001-01': 201,
      'off001-01': 201,
      sub002: 404,
      hbj01: 404,
      anon: 401,
      others: 403,
    },
  },
  {
    route: 'POST /api/v1/patrols',
    path: () => '/api/v1/patrols',
    body: () => ({}),
    // Patrollers: supervisors (sup001-01 already has one running) and auditors (稽查).
    expect: { auditor: 201, 'sup001-01': 409, anon: 401, others: 403 },
  },
  {
    route: 'GET /api/v1/patrols',
    path: () => '/api/v1/patrols',
    expect: { 'off001-01': 403, hbj01: 403, anon: 401, others: 200 },
  },
  {
    route: 'GET /api/v1/patrols/:id',
    path: (f) => `/api/v1/patrols/${f.patrolId}`,
    expect: { sub002: 404, 'off001-01': 403, hbj01: 403, anon: 401, others: 200 },
  },
  {
    route: 'POST /api/v1/patrols/:id/points',
    path: (f) => `/api/v1/patrols/${f.patrolId}/points`,
    body: (f) => ({ points: [{ ...f.g1Point, at: TEST_EPOCH }] }),
    expect: { 'sup001-01': 200, sub002: 404, anon: 401, others: 403 },
  },
  {
    route: 'POST /api/v1/patrols/:id/inspections',
    path: (f) => `/api/v1/patrols/${f.patrolId}/inspections`,
    body: (f) => ({ sourceId: f.sourceId, result: 'normal' }),
    expect: { 'sup001-01': 201, sub002: 404, anon: 401, others: 403 },
  },
  {
    route: 'POST /api/v1/patrols/:id/end',
    path: (f) => `/api/v1/patrols/${f.patrolId}/end`,
    body: () => ({}),
    expect: { 'sup001-01': 200, sub002: 404, anon: 401, others: 403 },
    before: async (f, _admin, as) => {
      const sup = await as('sup001-01');
      const r = await sup.post<{ id: string; error?: { details?: { activePatrolId?: string } } }>(
        '/api/v1/patrols',
        {},
      );
      f.patrolId = r.status === 201 ? r.body.id : (r.body.error?.details?.activePatrolId ?? f.patrolId);
    },
  },
  {
    route: 'GET /api/v1/coverage',
    path: () => '/api/v1/coverage?from=2026-03-01&to=2026-03-07&street=110101001',
    expect: { sub002: 403, 'off001-01': 403, hbj01: 403, anon: 401, others: 200 },
  },
  {
    route: 'POST /api/v1/audits',
    path: () => '/api/v1/audits',
    body: () => ({ from: '2026-03-01', to: '2026-03-02', rate: 0.5, seed: 1 }),
    expect: { leader: 201, auditor: 201, anon: 401, others: 403 },
  },
  { route: 'GET /api/v1/audits', path: () => '/api/v1/audits', expect: AUDITORS },
  {
    route: 'GET /api/v1/audits/findings',
    path: () => '/api/v1/audits/findings?from=2026-03-01&to=2026-03-02',
    expect: AUDITORS,
  },
  { route: 'GET /api/v1/audits/:id', path: (f) => `/api/v1/audits/${f.auditRunId}`, expect: AUDITORS },
  {
    route: 'POST /api/v1/audits/:id/samples/:sampleId/recheck',
    path: (f) => `/api/v1/audits/${f.auditRunId}/samples/no-such-sample/recheck`,
    body: () => ({ version: 1, result: 'passed' }),
    // Only the auditor re-checks (here a sample that does not exist: 404).
    expect: { auditor: 404, anon: 401, others: 403 },
  },
  ...['', '/export.xlsx', '/export.csv'].map((tail) => ({
    route: `GET /api/v1/indicators${tail}`,
    path: () => `/api/v1/indicators${tail}?subject=street&from=2026-03-01&to=2026-03-31`,
    // Assessors see all; a sub-center its street; others nothing.
    expect: { leader: 200, auditor: 200, sub001: 200, sub002: 200, anon: 401, others: 403 },
  })),
  {
    route: 'GET /api/v1/indicators/grassroots',
    path: () => '/api/v1/indicators/grassroots?from=2026-03-01&to=2026-03-31',
    expect: { leader: 200, auditor: 200, sub001: 200, sub002: 200, anon: 401, others: 403 },
  },
  {
    route: 'POST /api/v1/assessments',
    path: () => '/api/v1/assessments',
    // Another month than the fixture's: a run of the same period would supersede it.
    body: () => ({ periodKind: 'month', from: '2026-04-01', to: '2026-04-30' }),
    expect: { leader: 201, anon: 401, others: 403 },
  },
  { route: 'GET /api/v1/assessments', path: () => '/api/v1/assessments', expect: ASSESSED },
  ...['', '/export.xlsx', '/export.csv'].map((tail) => ({
    route: `GET /api/v1/assessments/:id${tail}`,
    path: (f: Fixtures) => `/api/v1/assessments/${f.assessmentRunId}${tail}`,
    expect: ASSESSED,
  })),
  {
    route: 'POST /api/v1/assessments/:id/ack',
    path: (f) => `/api/v1/assessments/${f.assessmentRunId}/ack`,
    body: () => ({}),
    // Those it was published to acknowledge their own row.
    expect: { sub001: 200, sub002: 200, hbj01: 200, anon: 401, others: 403 },
  },
  { route: 'GET /api/v1/assessment-weights', path: () => '/api/v1/assessment-weights', expect: everyone },
  {
    route: 'PUT /api/v1/assessment-weights',
    path: () => '/api/v1/assessment-weights',
    body: (f) => f.weights,
    expect: adminOnly,
  },
  {
    route: 'GET /api/v1/dashboard',
    path: () => '/api/v1/dashboard?from=2026-03-01&to=2026-03-07&street=110101001',
    // The center, assessors, sub-centers (their street) and departments (their own cases).
    expect: { admin: 403, 'sup001-01': 403, 'off001-01': 403, sub002: 403, anon: 401, others: 200 },
  },
  { route: 'GET /api/v1/map/cases', path: () => '/api/v1/map/cases', expect: everyone },
  { route: 'GET /api/v1/map/grid-heat', path: () => '/api/v1/map/grid-heat', expect: everyone },
  { route: 'GET /api/v1/cases/export.xlsx', path: () => '/api/v1/cases/export.xlsx', expect: everyone },
  { route: 'GET /api/v1/cases/export.csv', path: () => '/api/v1/cases/export.csv', expect: everyone },
  {
    route: 'GET /api/v1/cases/:id/sheet',
    path: (f) => `/api/v1/cases/${f.caseId}/sheet`,
    expect: CASE_SEERS,
  },
];

describeEachEngineWithDemo('authorization matrix', (ctx) => {
  let server: TestServer;
  let fixtures: Fixtures;
  const clients = new Map<ActorName, ApiClient>();
  const client = async (a: ActorName, fresh = false) => {
    if (a === 'anon') return new ApiClient(server);
    if (fresh) return ApiClient.login(server, a); // a throwaway session the row may end
    if (!clients.has(a)) clients.set(a, await ApiClient.login(server, a));
    return clients.get(a)!;
  };

  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    const admin = await client('admin');
    const grids = await admin.get<{
      features: {
        properties: { code: string; name: string; communityCode: string };
        geometry: { coordinates: number[][][] };
      }[];
    }>('/api/v1/grids?street=110101001');
    const g = grids.body.features[0]!;
    const ring = g.geometry.coordinates[0]!;
    const users = (await admin.get<{ items: { id: string; username: string }[] }>('/api/v1/users?limit=200'))
      .body.items;
    const id = (u: string) => users.find((x) => x.username === u)!.id;
    const depts = (await admin.get<{ id: string; code: string }[]>('/api/v1/departments')).body;
    const leaderToken = await (
      await client('leader')
    ).post<{ id: string }>('/api/v1/auth/tokens', { name: 'leader-own' });
    fixtures = {
      g1: g.properties.code,
      g1Community: g.properties.communityCode,
      g1Name: g.properties.name,
      g1Geometry: g.geometry,
      // The mean of a convex cell's corners lies inside it.
      g1Point: {
        lng: ring.slice(0, -1).reduce((s, p) => s + p[0]!, 0) / (ring.length - 1),
        lat: ring.slice(0, -1).reduce((s, p) => s + p[1]!, 0) / (ring.length - 1),
      },
      sup2Id: id('sup001-02'),
      officerId: id('off001-01'),
      victimId: id('sup003-01'),
      deptId: depts.find((d) => d.code === 'swj')!.id,
      attachmentId: (
        await admin.request<{ id: string }>(
          'POST',
          '/api/v1/attachments',
          (() => {
            const form = new FormData();
            form.append('file', new Blob([pngBytes([1, 2, 3])], { type: 'image/png' }), 'admin.png');
            return form;
          })(),
        )
      ).body.id,
      tokenOf: { leader: leaderToken.body.id },
      caseId: '',
      caseVersion: 0,
      sourceId: '',
      sourceVersion: 0,
      consultationId: '',
      patrolId: '',
      auditRunId: '',
      assessmentRunId: '',
      weights: (({ weights, gradeBands }) => ({ weights, gradeBands }))(
        (await admin.get<{ weights: unknown; gradeBands: unknown }>('/api/v1/assessment-weights')).body,
      ),
      taxonomy: { categories: (await admin.get('/api/v1/taxonomy?all=true')).body },
      limits: (({ workingMinutesPerDay: _w, ...t }) => t)(
        (await admin.get<{ workingMinutesPerDay: number }>('/api/v1/time-limits')).body,
      ),
      calendarCsv: [
        'date,kind,name',
        ...(
          await admin.get<{ days: { date: string; kind: string; name: string | null }[] }>(
            '/api/v1/calendar?year=2026',
          )
        ).body.days.map((d) => `${d.date},${d.kind},${d.name ?? ''}`),
      ].join('\n'),
    };
  });
  beforeAll(async () => {
    const sup = await client('sup001-01');
    const r = await sup.post<{ id: string; version: number }>('/api/v1/cases', {
      itemCode: 'air.chimney_black_smoke',
      description: '矩阵案件',
      location: fixtures.g1Point,
    });
    fixtures.caseId = r.body.id;
    fixtures.caseVersion = r.body.version;
    const s = await (
      await client('center')
    ).post<{ id: string; version: number }>('/api/v1/sources', {
      type: 'catering',
      name: '矩阵污染源',
      location: fixtures.g1Point,
      riskLevel: 'general',
    });
    fixtures.sourceId = s.body.id;
    fixtures.sourceVersion = s.body.version;
    const q = await sup.post<{ id: string }>('/api/v1/consultations', {
      question: '矩阵咨询：这算不算露天焚烧？',
      location: fixtures.g1Point,
    });
    fixtures.consultationId = q.body.id;
    fixtures.patrolId = (await sup.post<{ id: string }>('/api/v1/patrols', {})).body.id;
    fixtures.auditRunId = (
      await (
        await client('auditor')
      ).post<{ id: string }>('/api/v1/audits', { from: '2026-03-01', to: '2026-03-02', rate: 0.5, seed: 1 })
    ).body.id;
    fixtures.assessmentRunId = (
      await (
        await client('leader')
      ).post<{ id: string }>('/api/v1/assessments', {
        periodKind: 'month',
        from: '2026-03-01',
        to: '2026-03-31',
      })
    ).body.id;
  });
  afterAll(() => server.close());

  it('has a row for every registered route', () => {
    const covered = new Set(ROWS.map((r) => r.route));
    const missing = server.app.routeTable
      // API routes and the shell; the built web app's asset files are public by nature.
      .filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'))
      .filter(
        (r) => /^\/(api|open311)\//.test(r.url) || ['/', '/healthz', '/readyz', '/metrics'].includes(r.url),
      )
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !covered.has(r));
    expect(missing).toEqual([]);
  });

  for (const row of ROWS) {
    it(`${row.route}`, async () => {
      const admin = await client('admin');
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const actor of ACTORS) {
        const expected = row.expect[actor] ?? row.expect.others;
        if (expected === undefined) throw new Error(`row ${row.route} has no expectation for ${actor}`);
        await row.before?.(fixtures, admin, (a) => client(a));
        const c = await client(actor, row.fresh);
        const [method, _pattern] = row.route.split(' ');
        const res = await c.request(
          method!,
          row.path(fixtures),
          row.body?.(fixtures, actor),
          {},
          { headersOnly: row.stream },
        );
        got[actor] = res.status;
        want[actor] = expected;
      }
      expect(got).toEqual(want);
    });
  }

  it('answers out-of-scope records with 404 and writes nothing', async () => {
    const sub002 = await client('sub002');
    const before = (
      await (await client('admin')).get<{ assignments: unknown[] }>(`/api/v1/grids/${fixtures.g1}`)
    ).body.assignments.length;
    const r = await sub002.put<{ error: { code: string } }>(`/api/v1/grids/${fixtures.g1}/supervisor`, {
      userId: fixtures.sup2Id,
    });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('NOT_FOUND');
    const after = (
      await (await client('admin')).get<{ assignments: unknown[] }>(`/api/v1/grids/${fixtures.g1}`)
    ).body.assignments.length;
    expect(after).toBe(before);
  });
});
