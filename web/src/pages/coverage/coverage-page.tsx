/**
 * 巡查覆盖 (全覆盖、无盲点): grids coloured covered / blind spot for a period, the grid table and
 * the sources overdue for inspection. District users pick a street; the server scopes the rest
 * (a street's staff their street, a supervisor their own grids).
 */
import { Card, Col, DatePicker, Flex, Row, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { patrolsApi } from '../../api/patrols-api.ts';
import { useRegions } from '../../api/reference-data.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { GridCollection } from '../../api/territory-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime, useMeta } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { OverlayMap } from '../../components/overlay-map.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { percent, presetPeriod, type Period, type PeriodKind } from './coverage-period.ts';
import { CoverageGridTable, OverdueSourceTable } from './coverage-tables.tsx';

const COVERED = '#52c41a';
const BLIND = '#f5222d';

export function CoveragePage() {
  const t = useT();
  const me = useMe();
  const time = useBusinessTime();
  const meta = useMeta();
  const navigate = useNavigate();
  useDocumentTitle(t('coverage.title'));
  const { index: regions } = useRegions();
  const district = me.user.scope.kind === 'district';
  const ownStreet = me.user.scope.kind === 'street' ? me.user.scope.code : null;
  const [kind, setKind] = useState<PeriodKind>('week');
  const [custom, setCustom] = useState<Period | null>(null);
  const [street, setStreet] = useState<string | null>(null);
  const period =
    kind === 'custom' && custom ? custom : presetPeriod(kind === 'month' ? 'month' : 'week', time.now());

  const query = { from: period.from, to: period.to, street: street ?? undefined };
  const coverage = useApi(`coverage:${period.from}:${period.to}:${street ?? ''}`, (signal) =>
    patrolsApi.coverage(query, signal),
  );
  const mapStreet = street ?? ownStreet;
  const gridsQ = useApi(
    `grids:${mapStreet ?? 'all'}`,
    (signal) => territoryApi.grids({ street: mapStreet }, signal),
    {
      staleTime: 300_000,
    },
  );
  const data = coverage.data;
  const state = useMemo(() => new Map((data?.grids ?? []).map((g) => [g.code, g.covered])), [data]);
  const shown = useMemo<GridCollection | null>(() => {
    if (!gridsQ.data || !data) return null;
    return { ...gridsQ.data, features: gridsQ.data.features.filter((f) => state.has(f.properties.code)) };
  }, [gridsQ.data, data, state]);
  const paint = useCallback(
    (code: string) => {
      const covered = state.get(code);
      return covered === undefined
        ? null
        : { fill: covered ? COVERED : BLIND, opacity: covered ? 0.45 : 0.5 };
    },
    [state],
  );
  const markers = useMemo(
    () =>
      (data?.sources ?? [])
        .filter((s) => s.overdue)
        .map((s) => ({ id: s.id, ...s.location, color: '#fa8c16', label: s.name })),
    [data],
  );
  const blindGrids = data?.blindSpots.grids.length ?? 0;
  const overall = data?.patrolCoverage.overall;

  return (
    <Flex vertical gap={12} data-testid="page-coverage" data-period={`${period.from}/${period.to}`}>
      <Card size="small">
        <Flex wrap gap={8} align="center" justify="space-between">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('coverage.title')}
          </Typography.Title>
          <Space wrap>
            <Segmented<PeriodKind>
              value={kind}
              onChange={setKind}
              data-testid="coverage-period"
              options={[
                { value: 'week', label: t('coverage.period.week') },
                { value: 'month', label: t('coverage.period.month') },
                { value: 'custom', label: t('coverage.period.custom') },
              ]}
            />
            {kind === 'custom' && (
              <DatePicker.RangePicker
                allowClear={false}
                value={[dayjs(period.from), dayjs(period.to)]}
                onChange={(v) =>
                  v?.[0] &&
                  v[1] &&
                  setCustom({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })
                }
                data-testid="coverage-range"
              />
            )}
            {district && (
              <Select
                allowClear
                style={{ minWidth: 160 }}
                placeholder={t('coverage.street')}
                value={street ?? undefined}
                onChange={(v?: string) => setStreet(v ?? null)}
                options={(regions?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
                data-testid="coverage-street"
              />
            )}
          </Space>
        </Flex>
        {data && overall && (
          <Typography.Paragraph style={{ margin: '8px 0 0' }} data-testid="coverage-summary">
            {period.from} ~ {period.to}:
            {t('coverage.summary', {
              covered: overall.covered,
              total: overall.required,
              share: percent(overall.share),
              blind: blindGrids,
              overdue: data.blindSpots.sources.length,
            })}
          </Typography.Paragraph>
        )}
      </Card>
      <ApiErrorAlert error={coverage.error} onRetry={coverage.reload} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" styles={{ body: { padding: 8 } }}>
            <OverlayMap
              grids={shown}
              paint={paint}
              paintKey={data ? `${data.from}:${data.to}:${blindGrids}:${data.grids.length}` : ''}
              markers={markers}
              onMarkerClick={(id) => navigate(`/sources/${id}`)}
              tileUrl={meta?.tileUrl ?? ''}
              height={420}
              testId="coverage-map"
            />
            <Space style={{ marginTop: 8 }}>
              <Legend color={COVERED} label={t('coverage.legendCovered')} />
              <Legend color={BLIND} label={t('coverage.legendBlind')} />
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <CoverageGridTable grids={data?.grids ?? []} loading={coverage.loading} />
        </Col>
        <Col span={24}>
          <OverdueSourceTable sources={data?.sources ?? []} loading={coverage.loading} />
        </Col>
      </Row>
    </Flex>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Space size={4}>
      <span style={{ display: 'inline-block', width: 12, height: 12, background: color, borderRadius: 2 }} />
      <Typography.Text style={{ fontSize: 12 }}>{label}</Typography.Text>
    </Space>
  );
}
