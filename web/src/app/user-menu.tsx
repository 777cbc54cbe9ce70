import { UserOutlined } from '@ant-design/icons';
import { Avatar, Descriptions, Popover, Typography } from 'antd';
import { useMe } from '../auth/auth-context.tsx';
import { useScopeLabel } from '../auth/use-scope-label.ts';
import { RoleTags } from '../components/role-tags.tsx';
import { useT } from '../i18n/i18n-context.tsx';

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

/** The header's "who am I": name and roles; details on click. */
export function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const { user } = useMe();
  return (
    <Popover trigger="click" placement="bottomRight" title={user.displayName} content={<UserDetails />}>
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
