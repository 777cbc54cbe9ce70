/** Rankings of the dashboard (streets by close rate, departments by on-time rate) and its hot spots. */
import { Card, Table, Tabs } from 'antd';
import { Link } from 'react-router-dom';
import type { Dashboard } from '../../api/dashboard-types.ts';
import type { RegionIndex } from '../../api/reference-data.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { percent } from './period.ts';

export function DashboardRankings({ data }: { data: Dashboard }) {
  const t = useT();
  const { streets, departments } = data.rankings;
  const items = [
    streets.length > 1 && {
      key: 'streets',
      label: t('dash.rank.streets'),
      children: (
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          data-testid="dash-rank-streets"
          dataSource={streets}
          columns={[
            { title: t('dash.rank.rank'), dataIndex: 'rank', width: 64 },
            { title: t('dash.rank.street'), dataIndex: 'name' },
            { title: t('dash.series.reported'), dataIndex: 'reported', align: 'right' },
            { title: t('dash.rank.closedOfReported'), dataIndex: 'closed', align: 'right' },
            {
              title: t('dash.total.closeRate'),
              dataIndex: 'closeRate',
              align: 'right',
              render: (v: number | null) => percent(v),
            },
          ]}
        />
      ),
    },
    departments.length > 1 && {
      key: 'departments',
      label: t('dash.rank.departments'),
      children: (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          data-testid="dash-rank-departments"
          dataSource={departments}
          columns={[
            { title: t('dash.rank.rank'), dataIndex: 'rank', width: 64 },
            { title: t('dash.rank.department'), dataIndex: 'name' },
            { title: t('dash.rank.handled'), dataIndex: 'handled', align: 'right' },
            { title: t('dash.rank.onTime'), dataIndex: 'onTime', align: 'right' },
            {
              title: t('dash.total.onTimeRate'),
              dataIndex: 'onTimeRate',
              align: 'right',
              render: (v: number | null) => percent(v),
            },
          ]}
        />
      ),
    },
  ].filter((x) => x !== false);
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('dash.rank.title')} data-testid="dash-rankings">
      <Tabs size="small" items={items} />
    </Card>
  );
}

export function HotSpots({ data, regions }: { data: Dashboard; regions: RegionIndex | undefined }) {
  const t = useT();
  return (
    <Card size="small" title={t('dash.hotSpots')} data-testid="dash-hot-spots">
      <Table
        size="small"
        rowKey="gridCode"
        pagination={false}
        dataSource={data.hotSpots}
        columns={[
          {
            title: t('dash.hot.grid'),
            dataIndex: 'gridCode',
            render: (code: string, row) => (
              <Link to={`/map?grid=${code}&cases=1`} data-testid={`hot-spot-${code}`}>
                {row.gridName || code}
              </Link>
            ),
          },
          {
            title: t('dash.rank.street'),
            dataIndex: 'streetCode',
            render: (code: string) => regions?.nameOf(code) ?? code,
          },
          { title: t('dash.hot.count'), dataIndex: 'count', align: 'right' },
        ]}
      />
    </Card>
  );
}
