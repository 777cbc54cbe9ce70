/**
 * 咨询 list: an officer's inbox (open first, overdue highlighted) or the questions a supervisor
 * asked. The server scopes it (asked, answered for one's grids, or overseen).
 */
import { can } from '@envgrid/core';
import { Button, Card, Empty, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Consultation } from '../../api/consultation-types.ts';
import { consultationsApi } from '../../api/consultations-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSourceNames } from '../sources/use-source-names.ts';

/** Open ones first (the most urgent deadline first), then the newest. */
export function inboxOrder(items: readonly Consultation[]): Consultation[] {
  return [...items].sort((a, b) => {
    const open = Number(b.status === 'open') - Number(a.status === 'open');
    if (open) return open;
    if (a.status === 'open') return a.replyDeadlineAt - b.replyDeadlineAt;
    return b.createdAt - a.createdAt;
  });
}

export function ConsultationList() {
  const t = useT();
  const { user } = useMe();
  useDocumentTitle(t('consult.title'));
  const asks = can(user, 'consultations.ask');
  const [filter, setFilter] = useState<'open' | 'all'>(asks ? 'all' : 'open');
  const list = useApi(`consultations:${filter}:${asks}`, (signal) =>
    consultationsApi.list(
      { status: filter === 'open' ? 'open' : undefined, mine: asks || undefined, limit: 100 },
      signal,
    ),
  );
  const items = inboxOrder(list.data?.items ?? []);
  return (
    <Card
      data-testid="page-consultations"
      title={asks ? t('consult.mine') : t('consult.inbox')}
      extra={
        <Flex gap={8} wrap>
          <Segmented<'open' | 'all'>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'open', label: t('consult.inbox') },
              { value: 'all', label: t('cases.tab.all') },
            ]}
          />
          {asks && (
            <Link to="/consultations/new">
              <Button type="primary" data-testid="consult-new">
                {t('consult.ask')}
              </Button>
            </Link>
          )}
        </Flex>
      }
    >
      <ApiErrorAlert error={list.error} onRetry={list.reload} />
      <ConsultationItems items={items} loading={list.loading} />
    </Card>
  );
}

export function ConsultationItems({ items, loading }: { items: readonly Consultation[]; loading: boolean }) {
  const t = useT();
  const time = useBusinessTime();
  const names = useSourceNames();
  if (!loading && items.length === 0) return <Empty description={t('consult.empty')} />;
  return (
    <List
      loading={loading && items.length === 0}
      dataSource={[...items]}
      rowKey="id"
      renderItem={(c) => {
        const overdue = c.overdue && c.status === 'open';
        return (
          <List.Item
            data-testid={`consultation-${c.id}`}
            style={overdue ? { background: '#fff1f0', paddingInline: 8 } : { paddingInline: 8 }}
          >
            <div style={{ minWidth: 0, width: '100%' }}>
              <Flex justify="space-between" gap={8}>
                <Link to={`/consultations/${c.id}`} style={{ minWidth: 0 }}>
                  <Typography.Text strong ellipsis>
                    {c.question}
                  </Typography.Text>
                </Link>
                <span>
                  {overdue && <Tag color="red">{t('consult.overdue')}</Tag>}
                  <Tag color={c.status === 'open' ? 'orange' : 'green'}>
                    {names.consultationStatusName(c.status)}
                  </Tag>
                </span>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('consult.askedBy', { name: c.askerName, time: time.shortDateTime(c.createdAt) })} ·{' '}
                {c.gridCode}
                {c.status === 'open' &&
                  ` · ${t('consult.deadline')} ${time.shortDateTime(c.replyDeadlineAt)}`}
              </Typography.Text>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
