/** 登录会话: the browsers signed in as me, this one marked, and "end all other sessions". */
import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { accountApi } from '../../api/account-api.ts';
import type { Items, SessionInfo } from '../../api/account-types.ts';
import type { ApiQuery } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert, errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { useIsMobile } from '../../components/use-media-query.ts';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { CompactLines } from './compact-lines.tsx';
import { summarizeUserAgent } from './user-agent.ts';

export function SessionsCard({ sessions }: { sessions: ApiQuery<Items<SessionInfo>> }) {
  const t = useT();
  const describe = useDescribeError();
  const { dateTime } = useBusinessTime();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [ending, setEnding] = useState(false);
  // This browser first, then the most recently active.
  const items = useMemo(
    () =>
      [...(sessions.data?.items ?? [])].sort(
        (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt - a.lastSeenAt,
      ),
    [sessions.data],
  );
  const others = items.filter((s) => !s.current).length;

  const endOthers = async () => {
    setEnding(true);
    try {
      const { ended } = await accountApi.endOtherSessions();
      void message.success(
        ended > 0 ? t('account.sessions.endedCount', { count: ended }) : t('account.sessions.noneEnded'),
      );
    } catch (err) {
      void message.error(errorContent(describe(err)));
    } finally {
      setEnding(false);
      sessions.reload();
    }
  };

  const device = (s: SessionInfo) => (
    <Space size={4} wrap>
      <Typography.Text title={s.userAgent ?? undefined}>
        {summarizeUserAgent(s.userAgent) ?? t('account.sessions.unknownAgent')}
      </Typography.Text>
      {s.current && (
        <Tag color="green" data-testid="session-current">
          {t('account.sessions.current')}
        </Tag>
      )}
    </Space>
  );

  const timeTitle = (key: MessageKey) => (
    <>
      {t(key)}
      <ZoneHint />
    </>
  );

  return (
    <Card
      title={t('account.sessions.title')}
      data-testid="account-sessions"
      extra={
        <Space wrap size={8}>
          <Button
            icon={<ReloadOutlined />}
            onClick={sessions.reload}
            aria-label={t('account.refresh')}
            data-testid="sessions-refresh"
          />
          <Popconfirm
            title={t('account.sessions.endOthersConfirm')}
            onConfirm={endOthers}
            okButtonProps={{ danger: true, 'data-testid': 'sessions-end-others-confirm' }}
            okText={t('account.sessions.endOthers')}
            disabled={others === 0}
          >
            <Button danger loading={ending} disabled={others === 0} data-testid="sessions-end-others">
              {t('account.sessions.endOthers')}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('account.sessions.hint')}</Typography.Paragraph>
      <ApiErrorAlert error={sessions.error} onRetry={sessions.reload} />
      <Table<SessionInfo>
        rowKey={(s) => `${s.createdAt}-${s.ip ?? ''}-${s.current ? 'c' : ''}-${s.userAgent ?? ''}`}
        size="small"
        data-testid="sessions-table"
        loading={sessions.loading}
        dataSource={items}
        pagination={false}
        scroll={mobile ? undefined : { x: 720 }}
        locale={{ emptyText: t('account.sessions.empty') }}
        onRow={(s) =>
          ({
            'data-testid': s.current ? 'session-row-current' : 'session-row',
          }) as HTMLAttributes<HTMLElement>
        }
        showHeader={!mobile}
        columns={
          mobile
            ? [
                {
                  key: 'summary',
                  render: (_v, s) => (
                    <>
                      {device(s)}
                      <CompactLines
                        items={[
                          [t('account.sessions.ip'), s.ip ?? '—'],
                          [
                            t('account.sessions.lastSeenAt'),
                            <>
                              {dateTime(s.lastSeenAt)}
                              <ZoneHint />
                            </>,
                          ],
                          [t('account.sessions.createdAt'), dateTime(s.createdAt)],
                          [t('account.sessions.expiresAt'), dateTime(s.expiresAt)],
                        ]}
                      />
                    </>
                  ),
                },
              ]
            : [
                { key: 'device', title: t('account.sessions.device'), render: (_v, s) => device(s) },
                { key: 'ip', title: t('account.sessions.ip'), width: 140, render: (_v, s) => s.ip ?? '—' },
                {
                  key: 'createdAt',
                  title: timeTitle('account.sessions.createdAt'),
                  width: 150,
                  render: (_v, s) => dateTime(s.createdAt),
                },
                {
                  key: 'lastSeenAt',
                  title: timeTitle('account.sessions.lastSeenAt'),
                  width: 150,
                  render: (_v, s) => dateTime(s.lastSeenAt),
                },
                {
                  key: 'expiresAt',
                  title: timeTitle('account.sessions.expiresAt'),
                  width: 150,
                  render: (_v, s) => dateTime(s.expiresAt),
                },
              ]
        }
      />
    </Card>
  );
}
