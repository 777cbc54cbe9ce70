/**
 * The Leaflet map of unit grids. Leaflet (and its CSS) is imported only here, inside the lazily
 * loaded map page, so no other page pays for it. Grids draw on a canvas (preferCanvas) so the
 * whole district (~1,650 polygons) stays fast; without a tile URL the grids draw on a plain
 * background, which is how the map works offline.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MapCasePoint } from '../../api/dashboard-types.ts';
import type { GridCollection, GridProperties } from '../../api/territory-types.ts';
import { streetColor } from '../../components/street-palette.ts';
import { useBaseMap } from '../../components/use-base-map.ts';
import { useCasePoints } from './case-points.ts';
import { heatColor } from './heat.ts';

/** Roughly the middle of Dongcheng, shown until the grids arrive. */
const INITIAL_ZOOM = 13;

export interface MapFocus {
  code: string;
  /** Bumped on every request, so asking twice for the same grid zooms again. */
  seq: number;
}

interface GridLeafletMapProps {
  collection: GridCollection | undefined;
  tileUrl: string;
  selected: string | null;
  focus: MapFocus | null;
  onSelect: (code: string) => void;
  /** The case layer: grid code → cases (the heat), its busiest grid's count, the points. */
  heat?: ReadonlyMap<string, number> | null;
  heatMax?: number;
  cases?: readonly MapCasePoint[] | null;
  caseLabel?: (p: MapCasePoint) => string;
  onOpenCase?: (id: string) => void;
  /** The user's own grids, outlined. */
  mine?: ReadonlySet<string>;
}

interface GridLook {
  heat: ReadonlyMap<string, number> | null;
  heatMax: number;
  mine: ReadonlySet<string>;
}

type GridLayer = L.Polygon;

const NO_LOOK: GridLook = { heat: null, heatMax: 0, mine: new Set() };
const MINE_COLOR = '#1d39c4';

function baseStyle(p: GridProperties | undefined, look: GridLook = NO_LOOK): L.PathOptions {
  const mine = p ? look.mine.has(p.code) : false;
  const edge = mine
    ? { color: MINE_COLOR, weight: 2.5, opacity: 1 }
    : { color: '#ffffff', weight: 0.7, opacity: 0.9 };
  if (look.heat) {
    const n = p ? (look.heat.get(p.code) ?? 0) : 0;
    return {
      ...edge,
      ...(mine ? {} : { color: '#d9d9d9' }),
      fillColor: n > 0 ? heatColor(n / Math.max(1, look.heatMax)) : '#f5f5f5',
      fillOpacity: n > 0 ? 0.75 : 0.35,
    };
  }
  return { ...edge, fillColor: p ? streetColor(p.streetCode) : '#8c8c8c', fillOpacity: 0.6 };
}

const propsOf = (layer: GridLayer) =>
  (layer.feature as { properties?: GridProperties } | undefined)?.properties;

const SELECTED_STYLE: L.PathOptions = { color: '#d4380d', weight: 3, opacity: 1, fillOpacity: 0.8 };

export function GridLeafletMap({
  collection,
  tileUrl,
  selected,
  focus,
  onSelect,
  heat = null,
  heatMax = 0,
  cases = null,
  caseLabel = (p) => p.caseNo,
  onOpenCase = () => undefined,
  mine = NO_LOOK.mine,
}: GridLeafletMapProps) {
  const { containerRef, mapRef } = useBaseMap({
    zoom: INITIAL_ZOOM,
    zoomSnap: 0.25,
    tileUrl,
    scale: true,
  });
  const layersRef = useRef(new Map<string, GridLayer>());
  const onSelectRef = useRef(onSelect);
  const lookRef = useRef<GridLook>(NO_LOOK);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  });
  useCasePoints(mapRef, cases, caseLabel, onOpenCase);

  // The grids: one GeoJSON layer per loaded collection, fitted into view.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !collection) return;
    const index = new Map<string, GridLayer>();
    const layer = L.geoJSON<GridProperties>(collection as Parameters<typeof L.geoJSON>[0], {
      style: (f) => baseStyle(f?.properties, lookRef.current),
      onEachFeature: (f, l) => {
        const code = f.properties.code;
        index.set(code, l as GridLayer);
        l.bindTooltip(
          () => {
            const heat = lookRef.current.heat;
            return heat ? `${code} · ${heat.get(code) ?? 0}` : code;
          },
          { sticky: true, direction: 'top', opacity: 0.9 },
        );
        l.on('click', () => onSelectRef.current(code));
      },
    }).addTo(map);
    layersRef.current = index;
    if (collection.features.length > 0) map.fitBounds(layer.getBounds(), { padding: [12, 12] });
    return () => {
      layer.remove();
      layersRef.current = new Map();
    };
  }, [mapRef, collection]);

  // The heat (cases per grid) and the user's own grids restyle every grid.
  useEffect(() => {
    lookRef.current = { heat, heatMax, mine };
    for (const layer of layersRef.current.values())
      layer.setStyle(baseStyle(propsOf(layer), lookRef.current));
  }, [heat, heatMax, mine, collection]);

  // The selected grid stands out until another is chosen.
  useEffect(() => {
    if (!selected) return;
    const layer = layersRef.current.get(selected);
    if (!layer) return;
    layer.setStyle(SELECTED_STYLE);
    layer.bringToFront();
    return () => {
      layer.setStyle(baseStyle(propsOf(layer), lookRef.current));
    };
  }, [selected, collection, heat, heatMax, mine]);

  // "Zoom to this grid" requests (search, deep links).
  useEffect(() => {
    const map = mapRef.current;
    const layer = focus ? layersRef.current.get(focus.code) : undefined;
    if (!map || !layer) return;
    map.fitBounds(layer.getBounds(), { maxZoom: 16, padding: [40, 40] });
  }, [mapRef, focus, collection]);

  return (
    <div
      ref={containerRef}
      className="eg-map-canvas"
      data-testid="grid-map"
      data-case-points={cases ? cases.length : undefined}
    />
  );
}
