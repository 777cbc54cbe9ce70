/**
 * 位置: pick the problem's point on a small map (click, drag, or "my location"); shows the grid
 * the server places it in (编码, 社区, 街道, 责任监督员), or that it lies outside the district.
 */
import { AimOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { LngLat } from '../../api/case-types.ts';
import type { RegionIndex } from '../../api/reference-data.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { GridCollection } from '../../api/territory-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorMessage } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { CaseMap } from './case-map.tsx';

/** Where the server places a point: `GET /api/v1/grids/locate`. */
export function useLocate(point: LngLat | null) {
  const key = point ? `locate:${point.lng},${point.lat}` : null;
  return useApi(key, (signal) => territoryApi.locate(point!, signal));
}

interface LocationPickerProps {
  point: LngLat | null;
  onChange: (p: LngLat) => void;
  locate: ReturnType<typeof useLocate>;
  contextGrids: GridCollection | null;
  photoHint: LngLat | null;
  regions: RegionIndex | undefined;
  tileUrl: string;
}

export function LocationPicker(props: LocationPickerProps) {
  const { point, onChange, locate, contextGrids, photoHint, regions, tileUrl } = props;
  const t = useT();
  const [geoError, setGeoError] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  const gridCode = locate.data?.grid.code ?? null;
  const detail = useApi(gridCode ? `grid:${gridCode}` : null, (signal) =>
    territoryApi.grid(gridCode!, signal),
  );
  const geometry = gridCode && detail.data?.grid.id === gridCode ? detail.data.grid.geometry : null;

  const myLocation = () => {
    if (!navigator.geolocation) {
      setGeoError(t('cases.location.noGeolocation'));
      return;
    }
    setFinding(true);
    setGeoError(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setFinding(false);
        onChange({ lng: pos.coords.longitude, lat: pos.coords.latitude });
      },
      (err) => {
        setFinding(false);
        setGeoError(t('cases.location.geoFailed', { reason: err.message }));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const showPhotoHint =
    photoHint && (!point || Math.abs(point.lng - photoHint.lng) + Math.abs(point.lat - photoHint.lat) > 1e-6);

  return (
    <Flex vertical gap={8} data-testid="location-picker">
      <CaseMap
        point={point}
        onPick={onChange}
        grid={geometry}
        contextGrids={contextGrids}
        tileUrl={tileUrl}
        height={300}
        testId="report-map"
      />
      <Flex wrap gap={8} align="center">
        <Button
          size="small"
          icon={<AimOutlined />}
          onClick={myLocation}
          loading={finding}
          data-testid="report-my-location"
        >
          {t('cases.location.mine')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {point
            ? t('cases.location.coords', { lng: point.lng.toFixed(6), lat: point.lat.toFixed(6) })
            : t('cases.location.clickHint')}
        </Typography.Text>
      </Flex>
      {showPhotoHint && (
        <Alert
          type="info"
          showIcon
          icon={<EnvironmentOutlined />}
          title={t('cases.location.photoHint')}
          action={
            <Button size="small" onClick={() => onChange(photoHint)} data-testid="report-use-photo-location">
              {t('cases.location.usePhoto')}
            </Button>
          }
        />
      )}
      {geoError && <Alert type="warning" showIcon title={geoError} />}
      {point && locate.loading && <Spin size="small" />}
      {point && locate.error && (
        <Alert
          type="error"
          showIcon
          data-testid="report-locate-error"
          title={
            locate.error.code === 'OUTSIDE_JURISDICTION' ? (
              t('cases.location.outside')
            ) : (
              <ErrorMessage error={locate.error} />
            )
          }
        />
      )}
      {locate.data && !locate.error && (
        <Descriptions
          size="small"
          bordered
          column={1}
          data-testid="report-locate-result"
          items={[
            {
              key: 'grid',
              label: t('grid.code'),
              children: <span data-testid="report-grid-code">{locate.data.grid.code}</span>,
            },
            {
              key: 'community',
              label: t('grid.community'),
              children: regions?.nameOf(locate.data.grid.communityCode) ?? locate.data.grid.communityCode,
            },
            {
              key: 'street',
              label: t('grid.street'),
              children: regions?.nameOf(locate.data.grid.streetCode) ?? locate.data.grid.streetCode,
            },
            {
              key: 'supervisor',
              label: t('grid.supervisor'),
              children: locate.data.grid.supervisor
                ? `${locate.data.grid.supervisor.displayName} (${locate.data.grid.supervisor.username})`
                : t('grid.noSupervisor'),
            },
          ]}
        />
      )}
    </Flex>
  );
}
