/** A user's API tokens with their status and a revoke button: on the account page and in user admin. */
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { accountApi } from '../../api/account-api.ts';
import type { ApiToken } from '../../api/account-types.ts';
import type { ApiQuery } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert, errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { useIsMobile } from '../../components/use-media-query.ts';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { CompactLines } from './compact-lines.tsx';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: ApiToken, now: number): TokenStatus {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'expired';
  return 'active';
}

const STATUS_TAG = {
  active: { color: 'green', key: 'account.tokens.statusActive' },
  expired: { color: 'orange', key: 'account.tokens.statusExpired' },
  revoked: { color: 'default', key: 'account.tokens.statusRevoked' },
} as const;

/**
 * The token list of `tokens` (loaded by the caller, so it can reload after creating one).
 * Revoking asks first, then reloads the list.
 */
export function TokenTable({
  tokens,
  testId = 'token-table',
}: {
  tokens: ApiQuery<{ items: ApiToken[] }>;
  testId?: string;
}) {
  const t = useT();
  const describe = useDescribeError();
  const { dateTime } = useBusinessTime();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [busy, setBusy] = useState<string | null>(null);
  const now = Date.now();

  const revoke = async (token: ApiToken) => {
    setBusy(token.id);
    try {
      await accountApi.revokeToken(token.id);
      void message.success(t('account.tokens.revoked', { name: token.name }));
    } catch (err) {
      void message.error(errorContent(describe(err)));
    } finally {
      setBusy(null);
      tokens.reload();
    }
  };

  const timeTitle = (key: MessageKey) => (
    <>
      {t(key)}
      <ZoneHint />
    </>
  );

  const name = (tk: ApiToken) => <Typography.Text strong>{tk.name}</Typography.Text>;
  const status = (tk: ApiToken) => {
    const s = STATUS_TAG[tokenStatus(tk, now)];
    return (
      <Tag color={s.color} data-testid="token-status">
        {t(s.key)}
      </Tag>
    );
  };
  const lastUsed = (tk: ApiToken) =>
    tk.lastUsedAt === null ? t('account.tokens.neverUsed') : dateTime(tk.lastUsedAt);
  const actions = (tk: ApiToken) =>
    tokenStatus(tk, now) === 'active' ? (
      <Popconfirm
        title={t('account.tokens.revokeConfirm', { name: tk.name })}
        onConfirm={() => revoke(tk)}
        okButtonProps={{ danger: true, 'data-testid': 'token-revoke-confirm' }}
        okText={t('account.tokens.revoke')}
      >
        <Button type="link" size="small" danger loading={busy === tk.id} data-testid="token-revoke">
          {t('account.tokens.revoke')}
        </Button>
      </Popconfirm>
    ) : null;

  return (
    <>
      <ApiErrorAlert error={tokens.error} onRetry={tokens.reload} />
      <Table<ApiToken>
        rowKey="id"
        size="small"
        data-testid={testId}
        loading={tokens.loading}
        dataSource={tokens.data?.items ?? []}
        pagination={false}
        scroll={mobile ? undefined : { x: 720 }}
        locale={{ emptyText: t('account.tokens.empty') }}
        onRow={(tk) =>
          ({ 'data-testid': `token-row-${tk.name}`, 'data-token-id': tk.id }) as HTMLAttributes<HTMLElement>
        }
        showHeader={!mobile}
        columns={
          mobile
            ? [
                {
                  key: 'summary',
                  render: (_v, tk) => (
                    <>
                      <Space size={4} wrap>
                        {name(tk)}
                        {status(tk)}
                      </Space>
                      <CompactLines
                        items={[
                          [
                            t('account.tokens.expiresAt'),
                            <>
                              {dateTime(tk.expiresAt)}
                              <ZoneHint />
                            </>,
                          ],
                          [t('account.tokens.lastUsedAt'), lastUsed(tk)],
                          [t('account.tokens.createdAt'), dateTime(tk.createdAt)],
                        ]}
                      />
                    </>
                  ),
                },
                { key: 'actions', width: 64, align: 'right', render: (_v, tk) => actions(tk) },
              ]
            : [
                { key: 'name', title: t('account.tokens.name'), render: (_v, tk) => name(tk) },
                {
                  key: 'status',
                  title: t('account.tokens.status'),
                  width: 90,
                  render: (_v, tk) => status(tk),
                },
                {
                  key: 'createdAt',
                  title: timeTitle('account.tokens.createdAt'),
                  width: 150,
                  render: (_v, tk) => dateTime(tk.createdAt),
                },
                {
                  key: 'expiresAt',
                  title: timeTitle('account.tokens.expiresAt'),
                  width: 150,
                  render: (_v, tk) => dateTime(tk.expiresAt),
                },
                {
                  key: 'lastUsedAt',
                  title: timeTitle('account.tokens.lastUsedAt'),
                  width: 150,
                  render: (_v, tk) => lastUsed(tk),
                },
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 80,
                  fixed: 'right',
                  render: (_v, tk) => actions(tk),
                },
              ]
        }
      />
    </>
  );
}
