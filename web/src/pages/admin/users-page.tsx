/** 用户管理: find users, create and edit them, disable or enable, reset passwords, see their history. */
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '@envgrid/core';
import {
  App,
  Button,
  Card,
  Dropdown,
  Flex,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { adminApi } from '../../api/admin-api.ts';
import type { AdminUser } from '../../api/admin-types.ts';
import { useRegions } from '../../api/reference-data.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert, errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { RoleTags } from '../../components/role-tags.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AuditLogTable } from './audit-log-table.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { useScopeText } from './scope-fields.tsx';
import { UserFormDrawer } from './user-form-drawer.tsx';
import { UserTokensModal } from './user-tokens-modal.tsx';

interface Filters {
  q?: string;
  role?: Role;
  street?: string;
  disabled?: 'true' | 'false';
  page: number;
  pageSize: number;
}

export function UsersPage() {
  const { t, roleName } = useI18n();
  const describe = useDescribeError();
  const { dateTime } = useBusinessTime();
  const { message } = App.useApp();
  const { user: me } = useMe();
  useDocumentTitle(t('nav.admin.users'));
  const { index } = useRegions();
  const scopeText = useScopeText();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<{ user?: AdminUser } | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [history, setHistory] = useState<AdminUser | null>(null);
  const [tokensOf, setTokensOf] = useState<AdminUser | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const list = useApi(`users:${JSON.stringify(filters)}`, (signal) =>
    adminApi.users(
      {
        q: filters.q,
        role: filters.role,
        street: filters.street,
        disabled: filters.disabled === undefined ? undefined : filters.disabled === 'true',
        offset: (filters.page - 1) * filters.pageSize,
        limit: filters.pageSize,
      },
      signal,
    ),
  );
  const setFilter = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch, page: 1 }));

  const toggle = async (u: AdminUser) => {
    setBusy(u.id);
    try {
      await (u.disabled ? adminApi.enableUser(u.id) : adminApi.disableUser(u.id));
      void message.success(t(u.disabled ? 'users.enabledDone' : 'users.disabledDone', { name: u.username }));
      list.reload();
    } catch (err) {
      void message.error(errorContent(describe(err)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={t('nav.admin.users')}
      data-testid="page-admin-users"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({})}
          data-testid="user-create"
        >
          {t('users.create')}
        </Button>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          data-testid="users-search"
          style={{ width: 240 }}
          allowClear
          placeholder={t('users.search')}
          onSearch={(v) => setFilter({ q: v.trim() || undefined })}
        />
        <Select
          data-testid="users-role-filter"
          style={{ width: 200 }}
          allowClear
          placeholder={t('users.anyRole')}
          value={filters.role}
          onChange={(v: Role | undefined) => setFilter({ role: v })}
          options={ROLES.map((r) => ({ value: r, label: roleName(r) }))}
        />
        <Select
          data-testid="users-street-filter"
          style={{ width: 180 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('users.anyStreet')}
          value={filters.street}
          onChange={(v: string | undefined) => setFilter({ street: v })}
          options={(index?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
        />
        <Select
          data-testid="users-status-filter"
          style={{ width: 140 }}
          allowClear
          placeholder={t('users.anyStatus')}
          value={filters.disabled}
          onChange={(v: 'true' | 'false' | undefined) => setFilter({ disabled: v })}
          options={[
            { value: 'false', label: t('users.statusActive') },
            { value: 'true', label: t('users.statusDisabled') },
          ]}
        />
      </Flex>
      <ApiErrorAlert error={list.error} onRetry={list.reload} />
      <Table<AdminUser>
        rowKey="id"
        size="middle"
        data-testid="users-table"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1100 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
        onRow={(u) => ({ 'data-testid': `user-row-${u.username}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'username',
            title: t('users.username'),
            width: 140,
            render: (_v, u) => <Typography.Text strong>{u.username}</Typography.Text>,
          },
          { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName', width: 160 },
          {
            key: 'roles',
            title: t('users.roles'),
            width: 200,
            render: (_v, u) => <RoleTags roles={u.roles} />,
          },
          { key: 'scope', title: t('users.scope'), width: 200, render: (_v, u) => scopeText(u.scope) },
          { key: 'phone', title: t('users.phone'), width: 120, render: (_v, u) => u.phone ?? '—' },
          {
            key: 'status',
            title: t('users.status'),
            width: 90,
            render: (_v, u) =>
              u.disabled ? (
                <Tag color="red">{t('users.statusDisabled')}</Tag>
              ) : (
                <Tag color="green">{t('users.statusActive')}</Tag>
              ),
          },
          {
            key: 'updatedAt',
            title: (
              <>
                {t('users.updatedAt')}
                <ZoneHint />
              </>
            ),
            width: 150,
            responsive: ['xxl'],
            render: (_v, u) => dateTime(u.updatedAt),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            width: 190,
            render: (_v, u) => (
              <Space size={0} wrap>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setEditing({ user: u })}
                  data-testid="user-edit"
                >
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t(u.disabled ? 'users.enableConfirm' : 'users.disableConfirm', { name: u.username })}
                  onConfirm={() => toggle(u)}
                  okButtonProps={{ 'data-testid': 'user-toggle-confirm' }}
                >
                  <Button
                    type="link"
                    size="small"
                    danger={!u.disabled}
                    disabled={u.id === me.id}
                    loading={busy === u.id}
                    data-testid="user-toggle"
                  >
                    {t(u.disabled ? 'users.enable' : 'users.disable')}
                  </Button>
                </Popconfirm>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      {
                        key: 'password',
                        label: <span data-testid="user-reset-password">{t('users.resetPassword')}</span>,
                        onClick: () => setResetting(u),
                      },
                      {
                        key: 'history',
                        label: <span data-testid="user-history">{t('users.history')}</span>,
                        onClick: () => setHistory(u),
                      },
                      {
                        key: 'tokens',
                        label: <span data-testid="user-tokens">{t('users.tokens')}</span>,
                        onClick: () => setTokensOf(u),
                      },
                    ],
                  }}
                >
                  <Button type="link" size="small" data-testid="user-more">
                    {t('users.more')} <DownOutlined />
                  </Button>
                </Dropdown>
              </Space>
            ),
          },
        ]}
      />
      <UserFormDrawer
        open={!!editing}
        user={editing?.user}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <UserTokensModal user={tokensOf} onClose={() => setTokensOf(null)} />
      <Modal
        open={!!history}
        title={history ? t('users.historyTitle', { name: history.username }) : ''}
        footer={null}
        width={880}
        onCancel={() => setHistory(null)}
        destroyOnHidden
      >
        {history && <AuditLogTable targetKind="user" targetId={history.id} compact />}
      </Modal>
    </Card>
  );
}
