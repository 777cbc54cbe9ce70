/** 登录锁定: the logins the failure limits hold back now, with unlock (admin). */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { accountApi } from '../../api/account-api.ts';
import type { Lockout, LockoutTarget } from '../../api/account-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert, errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useIsMobile } from '../../components/use-media-query.ts';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { CompactLines } from '../account/compact-lines.tsx';

const KIND_COLOR = { 'account-source': 'orange', address: 'red', account: 'gold' } as const;

/** What unlocking a row clears: the username for the account kinds, the address for the address kind. */
function unlockTarget(l: Lockout): LockoutTarget | null {
  if (l.kind === 'address') return l.address ? { address: l.address } : null;
  return l.username ? { username: l.username } : null;
}

function rowKey(l: Lockout): string {
  return `${l.kind}|${l.username ?? ''}|${l.address ?? ''}|${l.trustedBrowser ? 'dev' : ''}`;
}

export function LockoutsPage() {
  const t = useT();
  const describe = useDescribeError();
  const { dateTimeSeconds } = useBusinessTime();
  const { message } = App.useApp();
  useDocumentTitle(t('lockouts.title'));
  const mobile = useIsMobile();
  const [busy, setBusy] = useState<string | null>(null);
  const list = useApi('auth-lockouts', (signal) => accountApi.lockouts(signal));

  const unlock = async (l: Lockout) => {
    const target = unlockTarget(l);
    if (!target) return;
    setBusy(rowKey(l));
    try {
      await accountApi.clearLockout(target);
      void message.success(
        t('lockouts.unlocked', { target: 'username' in target ? target.username : target.address }),
      );
    } catch (err) {
      void message.error(errorContent(describe(err)));
    } finally {
      setBusy(null);
      list.reload();
    }
  };

  const kind = (l: Lockout) => <Tag color={KIND_COLOR[l.kind]}>{t(`lockouts.kind.${l.kind}`)}</Tag>;
  const address = (l: Lockout) =>
    l.address ?? (l.trustedBrowser ? <Tag>{t('lockouts.trustedBrowser')}</Tag> : '—');
  const actions = (l: Lockout) => {
    const target = unlockTarget(l);
    if (!target) return null;
    return (
      <Popconfirm
        title={
          'username' in target
            ? t('lockouts.unlockUserConfirm', { name: target.username })
            : t('lockouts.unlockAddressConfirm', { address: target.address })
        }
        onConfirm={() => unlock(l)}
        okText={t('lockouts.unlock')}
        okButtonProps={{ 'data-testid': 'lockout-unlock-confirm' }}
      >
        <Button type="link" size="small" loading={busy === rowKey(l)} data-testid="lockout-unlock">
          {t('lockouts.unlock')}
        </Button>
      </Popconfirm>
    );
  };

  return (
    <Card
      title={t('lockouts.title')}
      data-testid="page-admin-lockouts"
      extra={
        <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="lockouts-refresh">
          {t('common.refresh')}
        </Button>
      }
    >
      <Alert type="info" showIcon title={t('lockouts.hint')} style={{ marginBottom: 16 }} />
      <ApiErrorAlert error={list.error} onRetry={list.reload} />
      <Table<Lockout>
        rowKey={rowKey}
        size="middle"
        data-testid="lockouts-table"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={mobile ? undefined : { x: 820 }}
        locale={{ emptyText: t('lockouts.empty') }}
        onRow={(l) =>
          ({
            'data-testid': `lockout-row-${l.kind}-${l.username ?? l.address ?? ''}`,
          }) as HTMLAttributes<HTMLElement>
        }
        showHeader={!mobile}
        columns={
          mobile
            ? [
                {
                  key: 'summary',
                  render: (_v, l) => (
                    <>
                      <Space size={4} wrap>
                        {kind(l)}
                        {l.username ? <Typography.Text strong>{l.username}</Typography.Text> : address(l)}
                      </Space>
                      <CompactLines
                        items={[
                          ...(l.username ? [[t('lockouts.address'), address(l)] as const] : []),
                          [t('lockouts.attempts'), l.attempts],
                          [
                            t('lockouts.until'),
                            <>
                              {dateTimeSeconds(l.until)}
                              <ZoneHint />
                            </>,
                          ],
                        ]}
                      />
                    </>
                  ),
                },
                { key: 'actions', width: 64, align: 'right', render: (_v, l) => actions(l) },
              ]
            : [
                { key: 'kind', title: t('lockouts.kind'), width: 120, render: (_v, l) => kind(l) },
                {
                  key: 'username',
                  title: t('lockouts.username'),
                  width: 160,
                  render: (_v, l) =>
                    l.username ? <Typography.Text strong>{l.username}</Typography.Text> : '—',
                },
                { key: 'address', title: t('lockouts.address'), width: 180, render: (_v, l) => address(l) },
                {
                  key: 'attempts',
                  title: t('lockouts.attempts'),
                  width: 100,
                  align: 'right',
                  dataIndex: 'attempts',
                },
                {
                  key: 'until',
                  title: (
                    <>
                      {t('lockouts.until')}
                      <ZoneHint />
                    </>
                  ),
                  width: 180,
                  render: (_v, l) => dateTimeSeconds(l.until),
                },
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 90,
                  fixed: 'right',
                  render: (_v, l) => actions(l),
                },
              ]
        }
      />
    </Card>
  );
}
