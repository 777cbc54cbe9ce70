/**
 * 污染源台账: filters (status, type, street, grid, text, repeat offenders only), the list and the
 * map, with the repeat-offender flag (屡查屡犯) in both. Pages of 100, "load more" for the next.
 */
import { SOURCE_STATUSES, SOURCE_TYPES, type SourceStatus, type SourceType } from '@envgrid/core';
import { Button, Card, Checkbox, Col, Flex, Input, Row, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useRegions } from '../../api/reference-data.ts';
import type { Source, SourceListQuery } from '../../api/source-types.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime, useMeta } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { OverlayMap } from '../../components/overlay-map.tsx';
import { useIsMobile } from '../../components/use-media-query.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { RepeatTag, SourceStatusTag } from './source-tags.tsx';
import { SOURCE_STATUS_COLORS, useSourceNames } from './use-source-names.ts';

const PAGE = 100;

export function SourceRegistry() {
  const t = useT();
  const me = useMe();
  const names = useSourceNames();
  const time = useBusinessTime();
  const meta = useMeta();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { index: regions } = useRegions();
  const [status, setStatus] = useState<SourceStatus | undefined>();
  const [type, setType] = useState<SourceType | undefined>();
  const [street, setStreet] = useState<string | undefined>();
  const [grid, setGrid] = useState('');
  const [q, setQ] = useState('');
  const [repeat, setRepeat] = useState(false);
  const [pages, setPages] = useState<string[]>([]);

  const query: SourceListQuery = {
    status,
    type,
    street,
    grid: grid.trim() || undefined,
    q: q.trim() || undefined,
    repeat: repeat || undefined,
    limit: PAGE,
  };
  const key = JSON.stringify(query);
  const [pagesKey, setPagesKey] = useState(key);
  if (pagesKey !== key) {
    setPagesKey(key);
    setPages([]);
  }
  const cursors = [undefined, ...pages];
  const list = useApi(`sources:${key}:${pages.length}`, async (signal) => {
    const all = await Promise.all(cursors.map((cursor) => sourcesApi.list({ ...query, cursor }, signal)));
    return { items: all.flatMap((p) => p.items), nextCursor: all.at(-1)?.nextCursor ?? null };
  });
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const markers = useMemo(
    () =>
      items.map((s) => ({
        id: s.id,
        ...s.location,
        color: s.repeatOffender ? '#cf1322' : SOURCE_STATUS_COLORS[s.status],
        emphasis: s.repeatOffender,
        label: s.repeatOffender ? `${s.name}(${t('sources.repeatTag')})` : s.name,
      })),
    [items, t],
  );

  return (
    <Flex vertical gap={12} data-testid="source-registry">
      <Card size="small">
        <Row gutter={[8, 8]}>
          <Col xs={12} md={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('sources.filter.status')}
              value={status}
              onChange={setStatus}
              options={SOURCE_STATUSES.map((s) => ({ value: s, label: names.statusName(s) }))}
              data-testid="source-filter-status"
            />
          </Col>
          <Col xs={12} md={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('sources.filter.type')}
              value={type}
              onChange={setType}
              options={SOURCE_TYPES.map((s) => ({ value: s, label: names.typeName(s) }))}
              data-testid="source-filter-type"
            />
          </Col>
          {me.user.scope.kind === 'district' && (
            <Col xs={12} md={4}>
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder={t('sources.filter.street')}
                value={street}
                onChange={setStreet}
                options={(regions?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
                data-testid="source-filter-street"
              />
            </Col>
          )}
          <Col xs={12} md={4}>
            <Input
              allowClear
              placeholder={t('sources.filter.grid')}
              onChange={(e) => setGrid(e.target.value)}
              data-testid="source-filter-grid"
            />
          </Col>
          <Col xs={24} md={4}>
            <Input.Search
              allowClear
              placeholder={t('sources.filter.search')}
              onSearch={setQ}
              data-testid="source-filter-q"
            />
          </Col>
          <Col xs={24} md={3}>
            <Checkbox
              checked={repeat}
              onChange={(e) => setRepeat(e.target.checked)}
              data-testid="source-filter-repeat"
            >
              {t('sources.filter.repeat')}
            </Checkbox>
          </Col>
        </Row>
      </Card>
      <ApiErrorAlert error={list.error} onRetry={list.reload} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={t('sources.shown', { count: items.length })}
            styles={{ body: { padding: mobile ? 8 : 12 } }}
          >
            <Table<Source>
              size="small"
              rowKey="id"
              loading={list.loading}
              dataSource={items}
              pagination={false}
              scroll={{ x: 640 }}
              locale={{ emptyText: t('sources.empty') }}
              onRow={(s) => ({ 'data-testid': `source-row-${s.id}` }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  key: 'name',
                  title: t('sources.field.name'),
                  render: (_, s) => (
                    <>
                      <Link to={`/sources/${s.id}`}>{s.name}</Link>
                      {s.repeatOffender && <RepeatTag count={s.recentCaseCount} />}
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {s.address ?? ''}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                },
                { key: 'type', title: t('sources.field.type'), render: (_, s) => names.typeName(s.type) },
                {
                  key: 'status',
                  title: t('sources.field.status'),
                  render: (_, s) => <SourceStatusTag status={s.status} />,
                },
                { key: 'grid', title: t('sources.field.grid'), dataIndex: 'gridCode' },
                {
                  key: 'last',
                  title: t('sources.field.lastInspected'),
                  render: (_, s) => (s.lastInspectedAt ? time.date(s.lastInspectedAt) : t('sources.never')),
                },
              ]}
            />
            {list.data?.nextCursor && (
              <Button
                block
                style={{ marginTop: 8 }}
                onClick={() => setPages([...pages, list.data!.nextCursor!])}
                loading={list.loading}
                data-testid="source-more"
              >
                {t('sources.more')}
              </Button>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" styles={{ body: { padding: 8 } }}>
            <OverlayMap
              markers={markers}
              onMarkerClick={(id) => navigate(`/sources/${id}`)}
              tileUrl={meta?.tileUrl ?? ''}
              height={mobile ? 300 : 520}
              testId="source-list-map"
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
