// Rule: the account, admin, department, settings, system, notification and attachment modules send
// each call to its one URL, with its options, path parameters encoded and the body as given.
import { DEFAULT_TIME_LIMITS } from '@envgrid/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountApi } from './account-api.ts';
import { adminApi } from './admin-api.ts';
import { attachmentsApi } from './attachments-api.ts';
import { setUnauthorizedHandler } from './client.ts';
import { departmentsApi } from './departments-api.ts';
import { notificationsApi } from './notifications-api.ts';
import { settingsApi } from './settings-api.ts';
import { systemApi } from './system-api.ts';

const sent: { method: string; url: string; body: BodyInit | null | undefined }[] = [];
let status = 200;

beforeEach(() => {
  status = 200;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ method: String(init.method), url, body: init.body });
    return new Response('{}', { status, headers: { 'content-type': 'application/json' } });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
  setUnauthorizedHandler(null);
});

const lines = () =>
  sent.map((s) => `${s.method} ${s.url}${s.body === undefined ? '' : ` ${String(s.body)}`}`);

describe('accountApi', () => {
  it('signs in and out and asks who is signed in', async () => {
    await accountApi.login('li.wei', 'secret');
    await accountApi.me();
    await accountApi.logout();
    expect(lines()).toEqual([
      'POST /api/v1/auth/login {"username":"li.wei","password":"secret"}',
      'GET /api/v1/me',
      'POST /api/v1/auth/logout',
    ]);
  });

  it('does not take a 401 of login, logout or /me for an ended session', async () => {
    const ended: string[] = [];
    setUnauthorizedHandler((e) => ended.push(e.code));
    status = 401;
    await expect(accountApi.login('a', 'b')).rejects.toMatchObject({ status: 401 });
    await expect(accountApi.me()).rejects.toMatchObject({ status: 401 });
    await expect(accountApi.logout()).rejects.toMatchObject({ status: 401 });
    expect(ended).toEqual([]);
    await expect(accountApi.sessions()).rejects.toMatchObject({ status: 401 });
    expect(ended).toEqual(['UNAUTHENTICATED']);
  });

  it('manages the own password, sessions, tokens and the lockouts', async () => {
    await accountApi.changePassword({ currentPassword: 'old', newPassword: 'new' });
    await accountApi.sessions();
    await accountApi.endOtherSessions();
    await accountApi.tokens();
    await accountApi.tokens({ userId: 'u/1' });
    await accountApi.createToken({ name: 'ci', expiresInDays: 30 });
    await accountApi.revokeToken('t/1#x');
    await accountApi.lockouts();
    await accountApi.clearLockout({ username: 'li.wei' });
    await accountApi.clearLockout({ address: '10.0.0.1' });
    expect(lines()).toEqual([
      'POST /api/v1/me/password {"currentPassword":"old","newPassword":"new"}',
      'GET /api/v1/auth/sessions',
      'POST /api/v1/auth/sessions/end-others',
      'GET /api/v1/auth/tokens',
      'GET /api/v1/auth/tokens?userId=u%2F1',
      'POST /api/v1/auth/tokens {"name":"ci","expiresInDays":30}',
      'DELETE /api/v1/auth/tokens/t%2F1%23x',
      'GET /api/v1/auth/lockouts',
      'DELETE /api/v1/auth/lockouts?username=li.wei',
      'DELETE /api/v1/auth/lockouts?address=10.0.0.1',
    ]);
  });
});

describe('adminApi', () => {
  it('lists, creates, changes, disables and enables users, and resets a password', async () => {
    await adminApi.users({
      q: 'li',
      role: 'officer',
      street: '110101001',
      disabled: false,
      offset: 20,
      limit: 20,
    });
    await adminApi.createUser({
      username: 'wang',
      displayName: 'Wang',
      password: 'pw',
      roles: ['handler'],
      scope: { kind: 'department', code: 'D01' },
    });
    await adminApi.updateUser('u/1', { displayName: 'Wang Fang' });
    await adminApi.disableUser('u/1');
    await adminApi.enableUser('u/1');
    await adminApi.resetPassword('u#1', 'pw2');
    expect(lines()).toEqual([
      'GET /api/v1/users?q=li&role=officer&street=110101001&disabled=false&offset=20&limit=20',
      'POST /api/v1/users {"username":"wang","displayName":"Wang","password":"pw","roles":["handler"],"scope":{"kind":"department","code":"D01"}}',
      'PATCH /api/v1/users/u%2F1 {"displayName":"Wang Fang"}',
      'POST /api/v1/users/u%2F1/disable',
      'POST /api/v1/users/u%2F1/enable',
      'POST /api/v1/users/u%231/password {"password":"pw2"}',
    ]);
  });

  it('reads the audit log page by page', async () => {
    await adminApi.auditLog({ targetKind: 'user', targetId: undefined, limit: 50, before: 120 });
    expect(lines()).toEqual(['GET /api/v1/audit-log?targetKind=user&limit=50&before=120']);
  });
});

describe('departmentsApi', () => {
  it('lists, creates and changes departments', async () => {
    await departmentsApi.list();
    await departmentsApi.create({
      code: 'S01',
      name: '城管',
      nameEn: 'Urban',
      level: 'street',
      streetCode: '110101001',
    });
    await departmentsApi.update('d/1', { active: false });
    expect(lines()).toEqual([
      'GET /api/v1/departments',
      'POST /api/v1/departments {"code":"S01","name":"城管","nameEn":"Urban","level":"street","streetCode":"110101001"}',
      'PATCH /api/v1/departments/d%2F1 {"active":false}',
    ]);
  });
});

describe('settingsApi', () => {
  it('reads and replaces the taxonomy and the time limits', async () => {
    await settingsApi.taxonomy();
    await settingsApi.taxonomyAll();
    await settingsApi.saveTaxonomy([]);
    await settingsApi.timeLimits();
    await settingsApi.saveTimeLimits(DEFAULT_TIME_LIMITS);
    expect(lines().slice(0, 4)).toEqual([
      'GET /api/v1/taxonomy',
      'GET /api/v1/taxonomy?all=true',
      'PUT /api/v1/taxonomy {"categories":[]}',
      'GET /api/v1/time-limits',
    ]);
    expect([sent[4]!.method, sent[4]!.url]).toEqual(['PUT', '/api/v1/time-limits']);
    expect(JSON.parse(String(sent[4]!.body))).toEqual(DEFAULT_TIME_LIMITS);
  });

  it('reads a year of the calendar and imports one', async () => {
    await settingsApi.calendar({});
    await settingsApi.calendar({ year: 2026 });
    await settingsApi.importCalendar('2026-01-01,holiday', 2026);
    await settingsApi.importCalendar('2026-01-01,holiday', null);
    expect(lines()).toEqual([
      'GET /api/v1/calendar',
      'GET /api/v1/calendar?year=2026',
      'POST /api/v1/calendar/import?year=2026 {"content":"2026-01-01,holiday"}',
      'POST /api/v1/calendar/import {"content":"2026-01-01,holiday"}',
    ]);
  });
});

describe('systemApi', () => {
  it('reads meta, and readiness whose 503 is an answer', async () => {
    await systemApi.meta();
    status = 503;
    await expect(systemApi.readiness()).resolves.toEqual({});
    expect(lines()).toEqual(['GET /api/v1/meta', 'GET /readyz']);
  });

  it('leaves a 401 of meta to the caller only when asked', async () => {
    const ended: string[] = [];
    setUnauthorizedHandler((e) => ended.push(e.code));
    status = 401;
    await expect(systemApi.meta(undefined, { skipAuthRedirect: true })).rejects.toMatchObject({
      status: 401,
    });
    expect(ended).toEqual([]);
    await expect(systemApi.meta()).rejects.toMatchObject({ status: 401 });
    expect(ended).toEqual(['UNAUTHENTICATED']);
  });
});

describe('notificationsApi', () => {
  it('reads the inbox and marks some or all read', async () => {
    await notificationsApi.inbox({ unread: true });
    await notificationsApi.markRead([4, 5]);
    await notificationsApi.markRead();
    expect(lines()).toEqual([
      'GET /api/v1/notifications?unread=true',
      'POST /api/v1/notifications/read {"ids":[4,5]}',
      'POST /api/v1/notifications/read {}',
    ]);
  });
});

describe('attachmentsApi', () => {
  it('uploads a photo as the multipart field "file"', async () => {
    const photo = new Blob(['jpeg'], { type: 'image/jpeg' });
    await attachmentsApi.upload(photo);
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /api/v1/attachments']);
    const form = sent[0]!.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect([...form.keys()]).toEqual(['file']);
    expect(await (form.get('file') as Blob).text()).toBe('jpeg');
  });
});
