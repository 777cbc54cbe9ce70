/** 网格地图: the unit grids the user may see, coloured by street, with search and details. */
import { can } from '@envgrid/core';
import { CloseOutlined, SettingOutlined } from '@ant-design/icons';
import {
  App,
  AutoComplete,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Spin,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useRegions } from '../../api/reference-data.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { GridFeature } from '../../api/territory-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useMeta } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { GridFacts } from '../../components/grid-facts.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useCaseNames } from '../cases/use-case-names.ts';
import { CaseLayerCard, CaseLayerSwitches } from './case-layer-panel.tsx';
import { GridLeafletMap, type MapFocus } from './grid-leaflet-map.tsx';
import { useCaseLayer } from './use-case-layer.ts';
import { MapLegend } from './map-legend.tsx';

const MAX_OPTIONS = 20;

export function GridMapPage() {
  const t = useT();
  const { message } = App.useApp();
  const { user, grids: myGrids } = useMe();
  useDocumentTitle(t('nav.map'));
  const navigate = useNavigate();
  const names = useCaseNames();
  const [params, setParams] = useSearchParams();
  // A street user's grids are their street's anyway; others may narrow the map to one street.
  const canFilter = user.scope.kind !== 'street';
  const street = (canFilter && params.get('street')) || undefined;
  const canManage = can(user, 'grids.assign');
  // The case layer: for those whose work is cases (they can open a case from its point).
  const caseLayer = useCaseLayer(street, can(user, 'cases.work'));
  const mine = useMemo(() => new Set(myGrids), [myGrids]);

  const { index: regions } = useRegions();
  const meta = useMeta();
  const grids = useApi(`grids:${street ?? '*'}`, (signal) => territoryApi.grids({ street }, signal));
  const collection = grids.data;

  const [selected, setSelected] = useState<string | null>(() => params.get('grid'));
  const [focus, setFocus] = useState<MapFocus | null>(() => {
    const code = params.get('grid');
    return code ? { code, seq: 0 } : null;
  });
  const [query, setQuery] = useState('');

  const byCode = useMemo(
    () => new Map((collection?.features ?? []).map((f) => [f.properties.code, f])),
    [collection],
  );
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of collection?.features ?? [])
      m.set(f.properties.streetCode, (m.get(f.properties.streetCode) ?? 0) + 1);
    return m;
  }, [collection]);
  const demo = collection?.features.some((f) => f.properties.demo) ?? false;
  const feature: GridFeature | undefined = selected ? byCode.get(selected) : undefined;

  const options = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q || !collection) return [];
    const hits: GridFeature[] = [];
    for (const f of collection.features) {
      if (f.properties.code.includes(q) || f.properties.name.toLowerCase().includes(q)) hits.push(f);
      if (hits.length >= MAX_OPTIONS) break;
    }
    return hits.map((f) => ({
      value: f.properties.code,
      label: (
        <span>
          <Typography.Text code>{f.properties.code}</Typography.Text> {f.properties.name}
        </span>
      ),
    }));
  }, [query, collection]);

  const goTo = (code: string) => {
    setSelected(code);
    setFocus((prev) => ({ code, seq: (prev?.seq ?? 0) + 1 }));
  };

  const submit = (text: string) => {
    const code = text.trim();
    if (!code) return;
    if (byCode.has(code)) goTo(code);
    else if (options.length === 0) void message.warning(t('map.gridNotFound', { code }));
  };

  const pickStreet = (code: string | undefined) => {
    setSelected(null);
    setFocus(null);
    const next = new URLSearchParams(params);
    next.delete('grid');
    if (code) next.set('street', code);
    else next.delete('street');
    setParams(next, { replace: true });
  };

  const tileUrl = meta?.tileUrl ?? '';

  return (
    <div className="eg-map-page" data-testid="page-map">
      <Card size="small" styles={{ body: { padding: '8px 12px' } }}>
        <Flex wrap gap={8} align="center">
          {canFilter && (
            <Select
              data-testid="map-street-filter"
              style={{ width: 180 }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('map.allStreets')}
              value={street}
              onChange={(v: string | undefined) => pickStreet(v)}
              options={(regions?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
            />
          )}
          <AutoComplete
            style={{ width: 320, maxWidth: '100%' }}
            options={options}
            onSearch={setQuery}
            onSelect={(code: string) => goTo(code)}
          >
            <Input.Search
              data-testid="map-search"
              placeholder={t('map.search')}
              enterButton={t('map.searchButton')}
              allowClear
              onSearch={submit}
            />
          </AutoComplete>
          <Typography.Text type="secondary" data-testid="map-grid-count">
            {collection ? t('map.gridCount', { count: collection.features.length }) : ''}
          </Typography.Text>
          {(grids.loading || caseLayer.loading) && <Spin size="small" />}
          <CaseLayerSwitches layer={caseLayer} />
          <span style={{ flex: 1 }} />
          {demo && (
            <Tooltip title={t('map.demoTooltip')}>
              <Tag color="orange" data-testid="map-demo-tag">
                {t('map.demoTag')}
              </Tag>
            </Tooltip>
          )}
          {meta && !tileUrl && (
            <Tooltip title={t('map.noTilesTooltip')}>
              <Tag data-testid="map-no-tiles">{t('map.noTiles')}</Tag>
            </Tooltip>
          )}
        </Flex>
      </Card>
      {grids.error && (
        <ApiErrorAlert error={grids.error} title={t('map.loadFailed')} onRetry={grids.reload} />
      )}
      <div className="eg-map-body">
        <GridLeafletMap
          collection={collection}
          tileUrl={tileUrl}
          selected={selected}
          focus={focus}
          onSelect={setSelected}
          heat={caseLayer.heat}
          heatMax={caseLayer.heatMax}
          cases={caseLayer.points}
          caseLabel={(p) => `${p.caseNo} · ${names.statusName(p.status)} · ${names.itemName(p.itemCode)}`}
          onOpenCase={(id) => navigate(`/cases/${encodeURIComponent(id)}`)}
          mine={mine}
        />
        <div className="eg-map-aside">
          <Card
            size="small"
            title={t('map.gridInfo')}
            data-testid="map-grid-panel"
            extra={
              feature && (
                <Button
                  type="text"
                  size="small"
                  icon={<CloseOutlined />}
                  aria-label={t('map.closePanel')}
                  onClick={() => setSelected(null)}
                  data-testid="map-grid-panel-close"
                />
              )
            }
          >
            {feature ? (
              <>
                <GridFacts grid={feature.properties} regions={regions} />
                {canManage && (
                  <Link to={`/admin/grids?grid=${feature.properties.code}`} data-testid="map-manage-grid">
                    <Button size="small" icon={<SettingOutlined />} style={{ marginTop: 8 }}>
                      {t('map.openAdmin')}
                    </Button>
                  </Link>
                )}
              </>
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  collection && collection.features.length === 0
                    ? t('map.noGrids')
                    : selected && collection
                      ? t('map.gridNotFound', { code: selected })
                      : t('map.noSelection')
                }
              />
            )}
          </Card>
          <CaseLayerCard layer={caseLayer} />
          <MapLegend
            counts={counts}
            regions={regions}
            onPickStreet={canFilter && !street ? (code) => pickStreet(code) : undefined}
          />
        </div>
      </div>
    </div>
  );
}
