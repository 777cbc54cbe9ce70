/** The case layer's switches (toolbar) and its filters and legend (side panel). */
import { CASE_STATUSES, type CaseStatus } from '@envgrid/core';
import { Alert, Card, Checkbox, DatePicker, Flex, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { MapCasePoint } from '../../api/dashboard-types.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useCaseNames } from '../cases/use-case-names.ts';
import { OVERDUE_RING, STATUS_COLORS } from './case-points.ts';
import { heatColor } from './heat.ts';
import type { CaseLayer } from './use-case-layer.ts';

export function CaseLayerSwitches({ layer }: { layer: CaseLayer }) {
  const t = useT();
  if (!layer.allowed) return null;
  return (
    <Flex gap={12} align="center">
      <label>
        <Switch
          size="small"
          checked={layer.showCases}
          onChange={(on) => layer.update({ cases: on ? '1' : null })}
          data-testid="map-cases-toggle"
        />{' '}
        {t('caseMap.cases')}
      </label>
      <label>
        <Switch
          size="small"
          checked={layer.showHeat}
          onChange={(on) => layer.update({ heat: on ? '1' : null })}
          data-testid="map-heat-toggle"
        />{' '}
        {t('caseMap.heat')}
      </label>
    </Flex>
  );
}

function Swatch({ color, ring }: { color: string; ring?: string }) {
  return (
    <span
      className="eg-swatch"
      style={{ background: color, borderRadius: '50%', outline: ring ? `2px solid ${ring}` : undefined }}
    />
  );
}

export function CaseLayerCard({ layer }: { layer: CaseLayer }) {
  const t = useT();
  const names = useCaseNames();
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of layer.points ?? []) m.set(p.status, (m.get(p.status) ?? 0) + 1);
    return m;
  }, [layer.points]);
  if (!layer.showCases && !layer.showHeat) return null;
  const { query } = layer;
  const statuses = (query.status ?? '').split(',').filter(Boolean) as CaseStatus[];
  const overdue = (layer.points ?? []).filter((p: MapCasePoint) => p.overdue).length;
  return (
    <Card size="small" title={t('caseMap.title')} data-testid="map-case-panel">
      <Flex vertical gap={8}>
        <DatePicker.RangePicker
          size="small"
          allowClear={false}
          data-testid="map-case-period"
          value={[dayjs(query.from), dayjs(query.to)]}
          onChange={(r) => {
            const [a, b] = r ?? [];
            if (a && b) layer.update({ cfrom: a.format('YYYY-MM-DD'), cto: b.format('YYYY-MM-DD') });
          }}
        />
        <Select
          size="small"
          allowClear
          data-testid="map-case-category"
          placeholder={t('caseMap.allCategories')}
          value={query.category}
          onChange={(v: string | undefined) => layer.update({ category: v ?? null })}
          options={names.taxonomy.categories.map((c) => ({
            value: c.code,
            label: names.lang === 'en' ? c.nameEn || c.name : c.name,
          }))}
        />
        <Select
          size="small"
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          data-testid="map-case-status"
          placeholder={t('caseMap.allStatuses')}
          value={statuses}
          onChange={(v: CaseStatus[]) => layer.update({ cstatus: v.join(',') || null })}
          options={CASE_STATUSES.map((s) => ({ value: s, label: names.statusName(s) }))}
        />
        <Checkbox
          checked={query.overdue === true}
          onChange={(e) => layer.update({ overdue: e.target.checked ? '1' : null })}
          data-testid="map-case-overdue"
        >
          {t('caseMap.overdueOnly')}
        </Checkbox>
        <ApiErrorAlert error={layer.error} onRetry={layer.reload} />
        {layer.showCases && layer.points && (
          <Typography.Text data-testid="map-case-count" data-count={layer.points.length}>
            {t('caseMap.count', { count: layer.points.length, overdue })}
          </Typography.Text>
        )}
        {layer.showCases && layer.capped && (
          <Alert type="warning" showIcon title={t('caseMap.capped', { count: layer.points?.length ?? 0 })} />
        )}
        {layer.showCases && (
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 8 }}>
            {CASE_STATUSES.filter((s) => counts.has(s)).map((s) => (
              <div
                key={s}
                className="eg-legend-item"
                style={{ cursor: 'default' }}
                data-testid={`map-status-${s}`}
              >
                <span>
                  <Swatch color={STATUS_COLORS[s]} />
                  {names.statusName(s)}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                  {counts.get(s)}
                </Typography.Text>
              </div>
            ))}
            <div className="eg-legend-item" style={{ cursor: 'default' }}>
              <span>
                <Swatch color="#fff" ring={OVERDUE_RING} />
                {t('caseMap.overdue')}
              </span>
            </div>
          </div>
        )}
        {layer.showHeat && (
          <div data-testid="map-heat-legend">
            <div
              style={{
                height: 8,
                borderRadius: 4,
                background: `linear-gradient(to right, ${[0, 0.4, 0.75, 1].map(heatColor).join(', ')})`,
              }}
            />
            <Flex justify="space-between">
              <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                1
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 11 }} data-testid="map-heat-max">
                {layer.heatMax}
              </Typography.Text>
            </Flex>
          </div>
        )}
      </Flex>
    </Card>
  );
}
