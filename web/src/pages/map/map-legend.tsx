import { Card, Typography } from 'antd';
import type { RegionIndex } from '../../api/reference-data.ts';
import { streetColor } from '../../components/street-palette.ts';
import { useT } from '../../i18n/i18n-context.tsx';

interface MapLegendProps {
  /** Street code → number of grids drawn. */
  counts: ReadonlyMap<string, number>;
  regions: RegionIndex | undefined;
  /** When given, a click on a street filters the map to it. */
  onPickStreet?: (code: string) => void;
}

/** Street colours (with their grid counts) and what a selected grid looks like. */
export function MapLegend({ counts, regions, onPickStreet }: MapLegendProps) {
  const t = useT();
  const codes = [...counts.keys()].sort();
  return (
    <Card size="small" title={t('map.legend')} data-testid="map-legend">
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 8 }}>
        {codes.map((code) => (
          <div
            key={code}
            className="eg-legend-item"
            data-testid={`legend-street-${code}`}
            title={code}
            role={onPickStreet ? 'button' : undefined}
            onClick={onPickStreet ? () => onPickStreet(code) : undefined}
            style={onPickStreet ? undefined : { cursor: 'default' }}
          >
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              <span className="eg-swatch" style={{ background: streetColor(code) }} />
              {regions?.nameOf(code) ?? code}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {counts.get(code)}
            </Typography.Text>
          </div>
        ))}
      </div>
      <div className="eg-legend-item" style={{ cursor: 'default', marginTop: 6 }}>
        <span>
          <span
            className="eg-swatch"
            style={{ background: 'transparent', outline: '2px solid #d4380d', outlineOffset: -2 }}
          />
          {t('map.legendSelected')}
        </span>
      </div>
    </Card>
  );
}
