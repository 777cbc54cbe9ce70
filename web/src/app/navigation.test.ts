// Rule: each role sees exactly the menu entries its core permissions allow; locations highlight the right entry.
import { describe, expect, it } from 'vitest';
import {
  allowed,
  groupOf,
  matchNav,
  navLeaves,
  NAVIGATION,
  visibleNavigation,
  type NavEntry,
  type NavLeaf,
} from './navigation.ts';

/** The menu as keys: a leaf is its key, a group is [key, child keys]. */
function menu(entries: readonly NavEntry[]): (string | [string, string[]])[] {
  return entries.map((e) => ('children' in e ? [e.key, e.children.map((c) => c.key)] : e.key));
}

const ADMIN_PAGES = [
  'admin-users',
  'admin-departments',
  'admin-grids',
  'admin-taxonomy',
  'admin-time-limits',
  'admin-calendar',
  'admin-audit-log',
  'admin-lockouts',
];

describe('visibleNavigation', () => {
  it('shows an admin home, the map, sources, coverage, the assessment weights and the whole admin group, but no case workspace', () => {
    expect(menu(visibleNavigation(['admin']))).toEqual([
      'home',
      'map',
      'sources',
      'coverage',
      'assessment',
      ['admin', ADMIN_PAGES],
    ]);
  });

  it('shows a street sub-center its cases, the map, its dashboard and assessment, and grid staffing only', () => {
    expect(menu(visibleNavigation(['subcenter']))).toEqual([
      'home',
      'cases',
      'map',
      'dashboard',
      'sources',
      'coverage',
      'assessment',
      ['admin', ['admin-grids']],
    ]);
  });

  it.each([
    ['supervisor', ['sources', 'patrols', 'coverage', 'consultations']],
    ['auditor', ['dashboard', 'sources', 'patrols', 'coverage', 'consultations', 'audits', 'assessment']],
    ['intake', ['dashboard', 'sources', 'coverage']],
    ['dispatcher', ['dashboard', 'sources', 'coverage']],
    ['leader', ['dashboard', 'sources', 'coverage', 'audits', 'assessment']],
    ['handler', ['dashboard', 'sources', 'assessment']],
    ['officer', ['sources', 'consultations']],
  ])('shows a %s home, cases, the map and %j, with no admin group', (role, more) => {
    expect(menu(visibleNavigation([role]))).toEqual(['home', 'cases', 'map', ...more]);
  });

  it('shows someone without roles, or with an unknown role, only the pages for everyone', () => {
    expect(menu(visibleNavigation([]))).toEqual(['home', 'map']);
    expect(menu(visibleNavigation(['guest']))).toEqual(['home', 'map']);
  });

  it('unites what several roles allow', () => {
    expect(menu(visibleNavigation(['supervisor', 'admin']))).toEqual([
      'home',
      'cases',
      'map',
      'sources',
      'patrols',
      'coverage',
      'consultations',
      'assessment',
      ['admin', ADMIN_PAGES],
    ]);
  });

  it('keeps the group title and leaves the full config untouched when it reduces a group', () => {
    const group = visibleNavigation(['subcenter']).at(-1);
    expect(group).toMatchObject({ key: 'admin', label: 'nav.admin' });
    expect(menu(NAVIGATION)).toEqual([
      'home',
      'cases',
      'map',
      'dashboard',
      'sources',
      'patrols',
      'coverage',
      'consultations',
      'audits',
      'assessment',
      ['admin', ADMIN_PAGES],
    ]);
  });
});

describe('navLeaves', () => {
  it('lists every page of the config with its path, groups flattened', () => {
    expect(navLeaves().map((l) => [l.key, l.path])).toEqual([
      ['home', '/'],
      ['cases', '/cases'],
      ['map', '/map'],
      ['dashboard', '/dashboard'],
      ['sources', '/sources'],
      ['patrols', '/patrols'],
      ['coverage', '/coverage'],
      ['consultations', '/consultations'],
      ['audits', '/audits'],
      ['assessment', '/assessment'],
      ['admin-users', '/admin/users'],
      ['admin-departments', '/admin/departments'],
      ['admin-grids', '/admin/grids'],
      ['admin-taxonomy', '/admin/taxonomy'],
      ['admin-time-limits', '/admin/time-limits'],
      ['admin-calendar', '/admin/calendar'],
      ['admin-audit-log', '/admin/audit-log'],
      ['admin-lockouts', '/admin/lockouts'],
    ]);
  });

  it('flattens only the entries it is given', () => {
    expect(navLeaves(visibleNavigation(['subcenter'])).map((l) => l.key)).toEqual([
      'home',
      'cases',
      'map',
      'dashboard',
      'sources',
      'coverage',
      'assessment',
      'admin-grids',
    ]);
  });
});

describe('matchNav', () => {
  it.each([
    ['/', 'home'],
    ['/cases', 'cases'],
    ['/cases/c-123', 'cases'],
    ['/map', 'map'],
    ['/sources/s-1', 'sources'],
    ['/consultations/new', 'consultations'],
    ['/admin/users', 'admin-users'],
    ['/admin/users/42/tokens', 'admin-users'],
    ['/admin/time-limits', 'admin-time-limits'],
  ])('highlights %s as %s', (pathname, key) => {
    expect(matchNav(pathname)?.key).toBe(key);
  });

  it.each(['/casesX', '/admin', '/unknown', '/mapping'])('highlights nothing for %s', (pathname) => {
    expect(matchNav(pathname)).toBeUndefined();
  });

  it('matches the home page only on "/" itself, not as a prefix of every path', () => {
    expect(matchNav('/nowhere')).toBeUndefined();
  });

  it('prefers the longest matching path', () => {
    const leaf = (key: string, path: string): NavLeaf => ({
      key,
      path,
      label: 'nav.home',
      icon: () => null,
      audience: 'all',
    });
    const entries = [leaf('outer', '/admin'), leaf('inner', '/admin/users'), leaf('other', '/ad')];
    expect(matchNav('/admin/users/7', entries)?.key).toBe('inner');
    expect(matchNav('/admin/grids', entries)?.key).toBe('outer');
    expect(matchNav('/admin/users/7', [...entries].reverse())?.key).toBe('inner');
  });

  it('finds no admin page among the entries a supervisor sees', () => {
    expect(matchNav('/admin/users', visibleNavigation(['supervisor']))).toBeUndefined();
  });
});

describe('groupOf', () => {
  it('names the admin group for an admin page', () => {
    expect(groupOf('admin-grids')?.key).toBe('admin');
    expect(groupOf('admin-lockouts')?.key).toBe('admin');
  });

  it('names no group for a top-level page or an unknown key', () => {
    expect(groupOf('cases')).toBeUndefined();
    expect(groupOf('home')).toBeUndefined();
    expect(groupOf('admin')).toBeUndefined();
    expect(groupOf('nope')).toBeUndefined();
  });
});

describe('allowed', () => {
  it('lets everyone see an entry for all, even without roles', () => {
    expect(allowed('all', [])).toBe(true);
  });

  it('follows the permission behind an entry', () => {
    expect(allowed('users.manage', ['admin'])).toBe(true);
    expect(allowed('users.manage', ['subcenter'])).toBe(false);
    expect(allowed('grids.assign', ['subcenter'])).toBe(true);
    expect(allowed('cases.work', ['officer'])).toBe(true);
    expect(allowed('coverage.read', ['handler'])).toBe(false);
    expect(allowed('settings.manage', [])).toBe(false);
  });

  it('lets an entry with several permissions be seen by the holder of any of them', () => {
    const either = ['consultations.ask', 'consultations.answer'] as const;
    expect(allowed(either, ['supervisor'])).toBe(true);
    expect(allowed(either, ['officer'])).toBe(true);
    expect(allowed(either, ['handler'])).toBe(false);
  });
});
