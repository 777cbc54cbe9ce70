import { UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Descriptions, Divider, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../auth/auth-context.tsx';
import { useScopeLabel } from '../auth/use-scope-label.ts';
import { RoleTags } from '../components/role-tags.tsx';
import { useT } from '../i18n/i18n-context.tsx';
import { USER_MENU_PAGES } from './navigation.ts';

function UserDetails() {
  const t = useT();
  const { user, grids } = useMe();
  const scope = useScopeLabel(user.scope);
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ maxWidth: 320 }}
      data-testid="user-details"
      items={[
        { key: 'username', label: t('user.username'), children: user.username },
        { key: 'roles', label: t('user.roles'), children: <RoleTags roles={user.roles} /> },
        { key: 'scope', label: t('user.scope'), children: scope },
        ...(grids.length > 0
          ? [{ key: 'grids', label: t('user.grids'), children: t('home.gridCount', { count: grids.length }) }]
          : []),
      ]}
    />
  );
}

/** The user menu's own pages (账号安全), as full-width links under the details. */
function UserMenuLinks({ onNavigate }: { onNavigate: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <>
      <Divider style={{ margin: '8px 0' }} />
      {USER_MENU_PAGES.map((p) => (
        <Button
          key={p.key}
          type="text"
          block
          icon={<p.icon />}
          style={{ justifyContent: 'flex-start' }}
          data-testid={`user-menu-${p.key}`}
          onClick={() => {
            onNavigate();
            void navigate(p.path);
          }}
        >
          {t(p.label)}
        </Button>
      ))}
    </>
  );
}

/** The header's "who am I": name and roles; details and the account pages on click. */
export function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const { user } = useMe();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={user.displayName}
      content={
        <>
          <UserDetails />
          <UserMenuLinks onNavigate={() => setOpen(false)} />
        </>
      }
    >
      <button
        type="button"
        data-testid="user-menu"
        aria-label={t('user.menu')}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          background: 'none',
          border: 0,
          padding: 4,
          cursor: 'pointer',
          minWidth: 0,
        }}
      >
        <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#0f7b6c', flex: 'none' }} />
        <Typography.Text
          strong
          data-testid="user-display-name"
          style={{
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            maxWidth: compact ? 110 : 200,
          }}
        >
          {user.displayName}
        </Typography.Text>
        {!compact && <RoleTags roles={user.roles} max={2} />}
      </button>
    </Popover>
  );
}
