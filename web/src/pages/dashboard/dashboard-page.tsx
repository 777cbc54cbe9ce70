/**
 * 统计分析: the dashboard of the user's scope — the district for leaders and the center (with a
 * street/department filter), a sub-center's street, a department's own cases. Charts load lazily
 * (ECharts in its own chunk); a case change on the live stream refreshes the figures (debounced).
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { dashboardApi } from '../../api/dashboard-api.ts';
import { useLiveEvents } from '../../api/live-events.ts';
import { useDepartments, useRegions } from '../../api/reference-data.ts';
import { useApi } from '../../api/use-api.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { CompositeRanking, rankingKinds } from '../assessment/composite-ranking.tsx';
import { DashboardRankings, HotSpots } from './dashboard-rankings.tsx';
import { PeriodPicker } from './period-picker.tsx';
import { TodayNumbers } from './today-numbers.tsx';
import { usePeriodFilter } from './use-period.ts';

const DashboardCharts = lazy(() => import('./dashboard-charts.tsx'));

/** A burst of case changes refreshes the dashboard once, a few seconds after it ends. */
const LIVE_DELAY_MS = 3000;

export function DashboardPage() {
  const t = useT();
  const { user } = useMe();
  useDocumentTitle(t('nav.dashboard'));
  const filter = usePeriodFilter();
  const district = user.scope.kind === 'district';
  const kinds = rankingKinds(user);
  const { index: regions } = useRegions();
  const departments = useDepartments();
  const query = {
    from: filter.from,
    to: filter.to,
    street: district ? filter.street : undefined,
    department: district ? filter.department : undefined,
  };
  const dash = useApi(`dashboard:${JSON.stringify(query)}`, (signal) => dashboardApi.get(query, signal));
  useLiveEvents(['case.changed'], dash.reload, { delayMs: LIVE_DELAY_MS });
  const data = dash.data;
  const scopeName = data?.scope.street?.name ?? data?.scope.department?.name ?? regions?.district?.name ?? '';

  return (
    <Flex vertical gap={16} data-testid="page-dashboard" data-loaded={data ? 'true' : 'false'}>
      <Card size="small" styles={{ body: { padding: '8px 12px' } }}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('dash.title')}
          </Typography.Title>
          {scopeName && <Tag data-testid="dash-scope">{scopeName}</Tag>}
          <span style={{ flex: 1 }} />
          <Space wrap>
            <PeriodPicker filter={filter} />
            {district && (
              <Select
                allowClear
                data-testid="dash-filter-street"
                style={{ width: 150 }}
                placeholder={t('dash.filter.street')}
                showSearch={{ optionFilterProp: 'label' }}
                value={filter.street}
                onChange={(v: string | undefined) => filter.update({ street: v ?? null })}
                options={(regions?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
              />
            )}
            {district && (
              <Select
                allowClear
                data-testid="dash-filter-department"
                style={{ width: 170 }}
                placeholder={t('dash.filter.department')}
                showSearch={{ optionFilterProp: 'label' }}
                value={filter.department}
                onChange={(v: string | undefined) => filter.update({ department: v ?? null })}
                options={(departments.data ?? [])
                  .filter((d) => d.active)
                  .map((d) => ({ value: d.code, label: d.name }))}
              />
            )}
            <Button
              icon={<ReloadOutlined />}
              loading={dash.loading}
              onClick={dash.reload}
              aria-label={t('common.refresh')}
              data-testid="dash-refresh"
            />
          </Space>
        </Flex>
      </Card>
      <ApiErrorAlert error={dash.error} onRetry={dash.reload} />
      {!data ? (
        !dash.error && <Skeleton active />
      ) : (
        <>
          <TodayNumbers data={data} />
          <Suspense fallback={<Skeleton active />}>
            <DashboardCharts data={data} />
          </Suspense>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Flex vertical gap={16}>
                <DashboardRankings data={data} />
                {kinds.length > 0 && <CompositeRanking from={filter.from} to={filter.to} kinds={kinds} />}
              </Flex>
            </Col>
            <Col xs={24} xl={10}>
              <HotSpots data={data} regions={regions} />
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
