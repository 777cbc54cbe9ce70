/**
 * The one navigation config: what the menu shows and (through routes.tsx) who may open each
 * page. Who sees an entry is a permission of core (`can`), never a role list of the web's own.
 * Add a page here first.
 */
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BorderInnerOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  CommentOutlined,
  CompassOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HomeOutlined,
  FireOutlined,
  LockOutlined,
  RadarChartOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TagsOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { can, type Permission } from '@envgrid/core';
import type { ComponentType, CSSProperties } from 'react';
import type { MessageKey } from '../i18n/zh-CN.ts';

/** An @ant-design/icons component (or anything drawn the same way). */
export type NavIcon = ComponentType<{ style?: CSSProperties; className?: string }>;

/** Who sees an entry: every signed-in user, those holding a permission, or any of several. */
export type Audience = 'all' | Permission | readonly Permission[];

export interface NavLeaf {
  key: string;
  path: string;
  label: MessageKey;
  /** A one-line description for the workbench shortcuts. */
  description?: MessageKey;
  icon: NavIcon;
  audience: Audience;
}

/** A group is shown when one of its children is. */
export interface NavGroup {
  key: string;
  label: MessageKey;
  description?: MessageKey;
  icon: NavIcon;
  children: readonly NavLeaf[];
}

export type NavEntry = NavLeaf | NavGroup;

const ALL: Audience = 'all';

export const NAVIGATION: readonly NavEntry[] = [
  { key: 'home', path: '/', label: 'nav.home', icon: HomeOutlined, audience: ALL },
  {
    key: 'cases',
    path: '/cases',
    label: 'nav.cases',
    description: 'navDesc.cases',
    icon: FileSearchOutlined,
    audience: 'cases.work',
  },
  {
    key: 'map',
    path: '/map',
    label: 'nav.map',
    description: 'navDesc.map',
    icon: EnvironmentOutlined,
    audience: ALL,
  },
  {
    key: 'dashboard',
    path: '/dashboard',
    label: 'nav.dashboard',
    description: 'navDesc.dashboard',
    icon: BarChartOutlined,
    audience: 'dashboard.read',
  },
  {
    key: 'sources',
    path: '/sources',
    label: 'nav.sources',
    description: 'navDesc.sources',
    icon: FireOutlined,
    audience: 'sources.read',
  },
  {
    key: 'patrols',
    path: '/patrols',
    label: 'nav.patrols',
    description: 'navDesc.patrols',
    icon: CompassOutlined,
    audience: 'patrols.run',
  },
  {
    key: 'coverage',
    path: '/coverage',
    label: 'nav.coverage',
    description: 'navDesc.coverage',
    icon: RadarChartOutlined,
    audience: 'coverage.read',
  },
  {
    key: 'consultations',
    path: '/consultations',
    label: 'nav.consultations',
    description: 'navDesc.consultations',
    icon: CommentOutlined,
    audience: ['consultations.ask', 'consultations.answer'],
  },
  {
    key: 'audits',
    path: '/audits',
    label: 'nav.audits',
    description: 'navDesc.audits',
    icon: AuditOutlined,
    audience: 'audits.run',
  },
  {
    key: 'assessment',
    path: '/assessment',
    label: 'nav.assessment',
    description: 'navDesc.assessment',
    icon: TrophyOutlined,
    audience: ['assessment.read', 'assessment.readOwn', 'assessment.weights'],
  },
  {
    key: 'admin',
    label: 'nav.admin',
    description: 'navDesc.admin',
    icon: SettingOutlined,
    children: [
      {
        key: 'admin-users',
        path: '/admin/users',
        label: 'nav.admin.users',
        icon: TeamOutlined,
        audience: 'users.manage',
      },
      {
        key: 'admin-departments',
        path: '/admin/departments',
        label: 'nav.admin.departments',
        icon: ApartmentOutlined,
        audience: 'departments.manage',
      },
      {
        key: 'admin-grids',
        path: '/admin/grids',
        label: 'nav.admin.grids',
        icon: BorderInnerOutlined,
        audience: 'grids.assign',
      },
      {
        key: 'admin-taxonomy',
        path: '/admin/taxonomy',
        label: 'nav.admin.taxonomy',
        icon: TagsOutlined,
        audience: 'settings.manage',
      },
      {
        key: 'admin-time-limits',
        path: '/admin/time-limits',
        label: 'nav.admin.timeLimits',
        icon: ClockCircleOutlined,
        audience: 'settings.manage',
      },
      {
        key: 'admin-calendar',
        path: '/admin/calendar',
        label: 'nav.admin.calendar',
        icon: CalendarOutlined,
        audience: 'settings.manage',
      },
      {
        key: 'admin-audit-log',
        path: '/admin/audit-log',
        label: 'nav.admin.auditLog',
        icon: FileProtectOutlined,
        audience: 'audit.read',
      },
      {
        key: 'admin-lockouts',
        path: '/admin/lockouts',
        label: 'nav.admin.lockouts',
        icon: LockOutlined,
        audience: 'users.manage',
      },
    ],
  },
];

/**
 * Pages opened from the header's user menu instead of the side menu: routed like the entries
 * above (routes.tsx), but not listed in the menu or on the workbench.
 */
export const USER_MENU_PAGES: readonly NavLeaf[] = [
  { key: 'account', path: '/account', label: 'nav.account', icon: SafetyCertificateOutlined, audience: ALL },
];

export function isGroup(entry: NavEntry): entry is NavGroup {
  return 'children' in entry;
}

export function allowed(audience: Audience, roles: readonly string[]): boolean {
  if (audience === 'all') return true;
  const any: readonly Permission[] = typeof audience === 'string' ? [audience] : audience;
  return any.some((p) => can({ roles }, p));
}

/** The entries these roles see, groups reduced to their visible children (empty groups dropped). */
export function visibleNavigation(roles: readonly string[]): NavEntry[] {
  const out: NavEntry[] = [];
  for (const entry of NAVIGATION) {
    if (!isGroup(entry)) {
      if (allowed(entry.audience, roles)) out.push(entry);
      continue;
    }
    const children = entry.children.filter((c) => allowed(c.audience, roles));
    if (children.length > 0) out.push({ ...entry, children });
  }
  return out;
}

/** Every page of the config, flattened (the router builds its routes from this). */
export function navLeaves(entries: readonly NavEntry[] = NAVIGATION): NavLeaf[] {
  return entries.flatMap((e) => (isGroup(e) ? [...e.children] : [e]));
}

/** The leaf whose path best matches a location (longest prefix), for menu highlighting. */
export function matchNav(pathname: string, entries: readonly NavEntry[] = NAVIGATION): NavLeaf | undefined {
  let best: NavLeaf | undefined;
  for (const leaf of navLeaves(entries)) {
    const hit =
      leaf.path === '/' ? pathname === '/' : pathname === leaf.path || pathname.startsWith(`${leaf.path}/`);
    if (hit && (!best || leaf.path.length > best.path.length)) best = leaf;
  }
  return best;
}

/** The group that holds a leaf, if any (to open the submenu). */
export function groupOf(leafKey: string): NavGroup | undefined {
  return NAVIGATION.find((e): e is NavGroup => isGroup(e) && e.children.some((c) => c.key === leafKey));
}
