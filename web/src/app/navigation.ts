/**
 * The one navigation config: what the menu shows, which roles see each entry, and
 * (through routes.tsx) which roles may open each page. Add a page here first.
 */
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BorderInnerOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HomeOutlined,
  LockOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TagsOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { Role } from '@envgrid/core';
import type { ComponentType, CSSProperties } from 'react';
import type { MessageKey } from '../i18n/zh-CN.ts';

/** An @ant-design/icons component (or anything drawn the same way). */
export type NavIcon = ComponentType<{ style?: CSSProperties; className?: string }>;

/** Who sees an entry: every signed-in user, or the listed roles. */
export type Audience = 'all' | readonly Role[];

export interface NavLeaf {
  key: string;
  path: string;
  label: MessageKey;
  /** A one-line description for the workbench shortcuts. */
  description?: MessageKey;
  icon: NavIcon;
  roles: Audience;
}

export interface NavGroup {
  key: string;
  label: MessageKey;
  description?: MessageKey;
  icon: NavIcon;
  roles: Audience;
  children: readonly NavLeaf[];
}

export type NavEntry = NavLeaf | NavGroup;

const ALL: Audience = 'all';
/** Everyone who works with cases (officers answer consultations, admins configure). */
const CASE_ROLES: readonly Role[] = [
  'intake',
  'dispatcher',
  'subcenter',
  'handler',
  'leader',
  'auditor',
  'supervisor',
];

export const NAVIGATION: readonly NavEntry[] = [
  { key: 'home', path: '/', label: 'nav.home', icon: HomeOutlined, roles: ALL },
  {
    key: 'cases',
    path: '/cases',
    label: 'nav.cases',
    description: 'navDesc.cases',
    icon: FileSearchOutlined,
    roles: CASE_ROLES,
  },
  {
    key: 'map',
    path: '/map',
    label: 'nav.map',
    description: 'navDesc.map',
    icon: EnvironmentOutlined,
    roles: ALL,
  },
  {
    key: 'sources',
    path: '/sources',
    label: 'nav.sources',
    description: 'navDesc.sources',
    icon: WarningOutlined,
    roles: [...CASE_ROLES, 'officer', 'admin'],
  },
  {
    key: 'patrols',
    path: '/patrols',
    label: 'nav.patrols',
    description: 'navDesc.patrols',
    icon: AimOutlined,
    roles: ['supervisor', 'auditor'],
  },
  {
    key: 'consultations',
    path: '/consultations',
    label: 'nav.consultations',
    description: 'navDesc.consultations',
    icon: MessageOutlined,
    roles: ['supervisor', 'officer'],
  },
  {
    key: 'audits',
    path: '/audits',
    label: 'nav.audits',
    description: 'navDesc.audits',
    icon: AuditOutlined,
    roles: ['auditor', 'leader'],
  },
  {
    key: 'assessment',
    path: '/assessment',
    label: 'nav.assessment',
    description: 'navDesc.assessment',
    icon: BarChartOutlined,
    roles: ['leader'],
  },
  {
    key: 'admin',
    label: 'nav.admin',
    description: 'navDesc.admin',
    icon: SettingOutlined,
    // Sub-centers manage their street's grid staff (the grids page only).
    roles: ['admin', 'subcenter'],
    children: [
      {
        key: 'admin-users',
        path: '/admin/users',
        label: 'nav.admin.users',
        icon: TeamOutlined,
        roles: ['admin'],
      },
      {
        key: 'admin-departments',
        path: '/admin/departments',
        label: 'nav.admin.departments',
        icon: ApartmentOutlined,
        roles: ['admin'],
      },
      {
        key: 'admin-grids',
        path: '/admin/grids',
        label: 'nav.admin.grids',
        icon: BorderInnerOutlined,
        roles: ['admin', 'subcenter'],
      },
      {
        key: 'admin-taxonomy',
        path: '/admin/taxonomy',
        label: 'nav.admin.taxonomy',
        icon: TagsOutlined,
        roles: ['admin'],
      },
      {
        key: 'admin-time-limits',
        path: '/admin/time-limits',
        label: 'nav.admin.timeLimits',
        icon: ClockCircleOutlined,
        roles: ['admin'],
      },
      {
        key: 'admin-calendar',
        path: '/admin/calendar',
        label: 'nav.admin.calendar',
        icon: CalendarOutlined,
        roles: ['admin'],
      },
      {
        key: 'admin-audit-log',
        path: '/admin/audit-log',
        label: 'nav.admin.auditLog',
        icon: FileProtectOutlined,
        roles: ['admin'],
      },
      {
        key: 'admin-lockouts',
        path: '/admin/lockouts',
        label: 'nav.admin.lockouts',
        icon: LockOutlined,
        roles: ['admin'],
      },
    ],
  },
];

/**
 * Pages opened from the header's user menu instead of the side menu: routed like the entries
 * above (routes.tsx), but not listed in the menu or on the workbench.
 */
export const USER_MENU_PAGES: readonly NavLeaf[] = [
  { key: 'account', path: '/account', label: 'nav.account', icon: SafetyCertificateOutlined, roles: ALL },
];

export function isGroup(entry: NavEntry): entry is NavGroup {
  return 'children' in entry;
}

export function allowed(audience: Audience, roles: readonly string[]): boolean {
  return audience === 'all' || audience.some((r) => roles.includes(r));
}

/** The entries these roles see, groups reduced to their visible children (empty groups dropped). */
export function visibleNavigation(roles: readonly string[]): NavEntry[] {
  const out: NavEntry[] = [];
  for (const entry of NAVIGATION) {
    if (!allowed(entry.roles, roles)) continue;
    if (!isGroup(entry)) {
      out.push(entry);
      continue;
    }
    const children = entry.children.filter((c) => allowed(c.roles, roles));
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
