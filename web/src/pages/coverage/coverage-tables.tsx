/** The coverage page's tables: grids (covered / blind spot) and the sources overdue for inspection. */
import { Card, Empty, Flex, Input, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { CoverageGrid, CoverageSource } from '../../api/patrol-types.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSourceNames } from '../sources/use-source-names.ts';

export function CoverageGridTable({ grids, loading }: { grids: readonly CoverageGrid[]; loading: boolean }) {
  const t = useT();
  const time = useBusinessTime();
  const [blindOnly, setBlindOnly] = useState(false);
  const [search, setSearch] = useState('');
  const rows = useMemo(() => {
    const q = search.trim();
    return grids
      .filter((g) => (!blindOnly || !g.covered) && (!q || g.code.includes(q) || g.name.includes(q)))
      .sort((a, b) => Number(a.covered) - Number(b.covered) || a.code.localeCompare(b.code));
  }, [grids, blindOnly, search]);

  return (
    <Card
      size="small"
      title={t('coverage.grids')}
      data-testid="coverage-grids"
      extra={
        <Flex gap={8} align="center">
          <Switch
            size="small"
            checked={blindOnly}
            onChange={setBlindOnly}
            data-testid="coverage-blind-only"
          />
          <Typography.Text>{t('coverage.blindOnly')}</Typography.Text>
        </Flex>
      }
    >
      <Input.Search
        allowClear
        placeholder={t('coverage.gridCode')}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 8 }}
        data-testid="coverage-grid-search"
      />
      <Table<CoverageGrid>
        size="small"
        rowKey="code"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
        scroll={{ x: 420 }}
        columns={[
          {
            key: 'code',
            title: t('coverage.gridCode'),
            render: (_, g) => (
              <>
                <Typography.Text style={{ fontFamily: 'monospace' }}>{g.code}</Typography.Text>
                {g.name && g.name !== g.code && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {g.name}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            key: 'state',
            title: t('coverage.state'),
            render: (_, g) => (
              <Tag color={g.covered ? 'green' : 'red'} data-testid={`coverage-state-${g.code}`}>
                {g.covered ? t('coverage.covered') : t('coverage.blind')}
              </Tag>
            ),
          },
          {
            key: 'patrols',
            title: `${t('coverage.patrols')} / ${t('coverage.required')}`,
            render: (_, g) => `${g.patrols} / ${g.required}`,
          },
          {
            key: 'last',
            title: t('sources.field.lastInspected'),
            render: (_, g) => (g.lastPatrolAt ? time.shortDateTime(g.lastPatrolAt) : '—'),
          },
        ]}
      />
    </Card>
  );
}

export function OverdueSourceTable({
  sources,
  loading,
}: {
  sources: readonly CoverageSource[];
  loading: boolean;
}) {
  const t = useT();
  const time = useBusinessTime();
  const names = useSourceNames();
  const overdue = useMemo(
    () =>
      sources.filter((s) => s.overdue).sort((a, b) => (a.lastInspectedAt ?? 0) - (b.lastInspectedAt ?? 0)),
    [sources],
  );
  return (
    <Card size="small" title={`${t('coverage.sources')} (${overdue.length})`} data-testid="coverage-sources">
      {overdue.length === 0 && !loading ? (
        <Empty description={t('coverage.noOverdue')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<CoverageSource>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={overdue}
          pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
          scroll={{ x: 520 }}
          columns={[
            {
              key: 'name',
              title: t('sources.field.name'),
              render: (_, s) => (
                <Link to={`/sources/${s.id}`} data-testid={`coverage-source-${s.id}`}>
                  {s.name}
                </Link>
              ),
            },
            { key: 'type', title: t('sources.field.type'), render: (_, s) => names.typeName(s.type) },
            { key: 'grid', title: t('sources.field.grid'), dataIndex: 'gridCode' },
            {
              key: 'count',
              title: `${t('coverage.inspections')} / ${t('coverage.required')}`,
              render: (_, s) => `${s.inspections} / ${s.required}`,
            },
            {
              key: 'last',
              title: t('sources.field.lastInspected'),
              render: (_, s) =>
                s.lastInspectedAt ? time.shortDateTime(s.lastInspectedAt) : t('sources.never'),
            },
          ]}
        />
      )}
    </Card>
  );
}
