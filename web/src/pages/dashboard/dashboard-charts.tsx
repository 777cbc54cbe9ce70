/** The dashboard's charts (ECharts, loaded lazily): months, rates, categories, streets, departments, items. */
import { Card, Col, Empty, Row } from 'antd';
import type { ReactNode } from 'react';
import type { Dashboard } from '../../api/dashboard-types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { EChart, type ChartOption } from './echart.tsx';

const COLORS = ['#0f7b6c', '#1677ff', '#fa8c16', '#eb2f96', '#722ed1', '#13c2c2', '#a0d911', '#faad14'];
const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

function barOption(
  names: string[],
  series: { name: string; data: number[] }[],
  horizontal = false,
): ChartOption {
  const category = { type: 'category', data: names, axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } };
  const value = { type: 'value', minInterval: 1 };
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, barMaxWidth: 28 })),
  };
}

function ChartCard({ title, children, empty }: { title: string; children: ReactNode; empty: boolean }) {
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 240 }} /> : children}
    </Card>
  );
}

export default function DashboardCharts({ data }: { data: Dashboard }) {
  const t = useT();
  const months = data.byMonth.map((m) => m.month);
  const rateMonths = data.onTimeByMonth.map((m) => m.month);
  const grassroots = new Map(data.grassrootsByMonth.map((m) => [m.month, m.share]));
  const monthsOption = barOption(months, [
    { name: t('dash.series.reported'), data: data.byMonth.map((m) => m.reported) },
    { name: t('dash.series.closed'), data: data.byMonth.map((m) => m.closed) },
  ]);
  const ratesOption: ChartOption = {
    color: ['#0f7b6c', '#fa8c16'],
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rateMonths },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { type: 'line', name: t('dash.series.onTime'), data: data.onTimeByMonth.map((m) => pct(m.share)) },
      {
        type: 'line',
        name: t('dash.series.grassroots'),
        data: rateMonths.map((m) => pct(grassroots.get(m) ?? null)),
      },
    ],
  };
  const categoryOption: ChartOption = {
    color: COLORS,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        data: data.byCategory.map((c) => ({ name: c.name, value: c.count })),
      },
    ],
  };
  const streetsOption = barOption(
    data.byStreet.map((s) => s.name),
    [
      { name: t('dash.series.reported'), data: data.byStreet.map((s) => s.reported) },
      { name: t('dash.series.closed'), data: data.byStreet.map((s) => s.closed) },
    ],
  );
  const departmentsOption = barOption(
    data.byDepartment.map((d) => d.name),
    [
      { name: t('dash.series.reported'), data: data.byDepartment.map((d) => d.reported) },
      { name: t('dash.series.closed'), data: data.byDepartment.map((d) => d.closed) },
    ],
  );
  const itemsOption = barOption(
    data.byItem.map((i) => i.name),
    [{ name: t('dash.series.reported'), data: data.byItem.map((i) => i.count) }],
    true,
  );
  const showStreets = data.scope.kind !== 'street' && !data.scope.street;
  const showDepartments = data.scope.kind !== 'department' && !data.scope.department;

  return (
    <Row gutter={[16, 16]} data-testid="dash-charts">
      <Col xs={24} xl={12}>
        <ChartCard title={t('dash.chart.months')} empty={months.length === 0}>
          <EChart testId="chart-months" option={monthsOption} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={t('dash.chart.rates')} empty={rateMonths.length === 0}>
          <EChart testId="chart-rates" option={ratesOption} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={t('dash.chart.categories')} empty={data.byCategory.length === 0}>
          <EChart testId="chart-categories" option={categoryOption} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={t('dash.chart.items')} empty={data.byItem.length === 0}>
          <EChart testId="chart-items" option={itemsOption} height={320} />
        </ChartCard>
      </Col>
      {showStreets && (
        <Col xs={24} xl={12}>
          <ChartCard title={t('dash.chart.streets')} empty={data.byStreet.length === 0}>
            <EChart testId="chart-streets" option={streetsOption} height={320} />
          </ChartCard>
        </Col>
      )}
      {showDepartments && (
        <Col xs={24} xl={12}>
          <ChartCard title={t('dash.chart.departments')} empty={data.byDepartment.length === 0}>
            <EChart testId="chart-departments" option={departmentsOption} height={320} />
          </ChartCard>
        </Col>
      )}
    </Row>
  );
}
