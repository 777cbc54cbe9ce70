import { Menu, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../auth/auth-context.tsx';
import { useT } from '../i18n/i18n-context.tsx';
import { groupOf, isGroup, matchNav, visibleNavigation, type NavLeaf } from './navigation.ts';

type MenuItem = Required<MenuProps>['items'][number];

interface NavMenuProps {
  theme: 'light' | 'dark';
  /** Called after a click on an entry (the phone drawer closes itself). */
  onNavigate?: () => void;
}

/** The role-filtered menu, used by the desktop sider and the phone drawer. */
export function NavMenu({ theme, onNavigate }: NavMenuProps) {
  const t = useT();
  const { user } = useMe();
  const { pathname } = useLocation();

  const entries = useMemo(() => visibleNavigation(user.roles), [user.roles]);
  const selected = matchNav(pathname, entries);
  const openGroup = selected ? groupOf(selected.key) : undefined;

  const items = useMemo<MenuItem[]>(() => {
    const leaf = (l: NavLeaf): MenuItem => ({
      key: l.key,
      icon: <l.icon />,
      label: (
        <Link to={l.path} data-testid={`nav-${l.key}`} onClick={onNavigate}>
          {t(l.label)}
        </Link>
      ),
    });
    return entries.map((e) =>
      isGroup(e)
        ? {
            key: e.key,
            icon: <e.icon />,
            label: <span data-testid={`nav-${e.key}`}>{t(e.label)}</span>,
            children: e.children.map(leaf),
          }
        : leaf(e),
    );
  }, [entries, t, onNavigate]);

  return (
    <Menu
      // Remounted when the current page moves to another group, so that group opens.
      key={openGroup?.key ?? '-'}
      theme={theme}
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected.key] : []}
      defaultOpenKeys={openGroup ? [openGroup.key] : []}
      style={{ borderInlineEnd: 0 }}
      data-testid="app-menu"
    />
  );
}
