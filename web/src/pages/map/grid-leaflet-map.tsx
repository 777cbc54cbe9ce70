/**
 * The Leaflet map of unit grids. Leaflet (and its CSS) is imported only here, inside the lazily
 * loaded map page, so no other page pays for it. Grids draw on a canvas (preferCanvas) so the
 * whole district (~1,650 polygons) stays fast; without a tile URL the grids draw on a plain
 * background, which is how the map works offline.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { GridCollection, GridProperties } from '../../api/territory-types.ts';
import { streetColor } from '../../components/street-palette.ts';
import { useBaseMap } from '../../components/use-base-map.ts';

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
}

type GridLayer = L.Polygon;

function baseStyle(p: GridProperties | undefined): L.PathOptions {
  return {
    color: '#ffffff',
    weight: 0.7,
    opacity: 0.9,
    fillColor: p ? streetColor(p.streetCode) : '#8c8c8c',
    fillOpacity: 0.6,
  };
}

const SELECTED_STYLE: L.PathOptions = { color: '#d4380d', weight: 3, opacity: 1, fillOpacity: 0.8 };

export function GridLeafletMap({ collection, tileUrl, selected, focus, onSelect }: GridLeafletMapProps) {
  const { containerRef, mapRef } = useBaseMap({
    zoom: INITIAL_ZOOM,
    zoomSnap: 0.25,
    tileUrl,
    scale: true,
  });
  const layersRef = useRef(new Map<string, GridLayer>());
  const onSelectRef = useRef(onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  });

  // The grids: one GeoJSON layer per loaded collection, fitted into view.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !collection) return;
    const index = new Map<string, GridLayer>();
    const layer = L.geoJSON<GridProperties>(collection as Parameters<typeof L.geoJSON>[0], {
      style: (f) => baseStyle(f?.properties),
      onEachFeature: (f, l) => {
        const code = f.properties.code;
        index.set(code, l as GridLayer);
        l.bindTooltip(code, { sticky: true, direction: 'top', opacity: 0.9 });
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

  // The selected grid stands out until another is chosen.
  useEffect(() => {
    if (!selected) return;
    const layer = layersRef.current.get(selected);
    if (!layer) return;
    const base = baseStyle((layer.feature as { properties?: GridProperties } | undefined)?.properties);
    layer.setStyle(SELECTED_STYLE);
    layer.bringToFront();
    return () => {
      layer.setStyle(base);
    };
  }, [selected, collection]);

  // "Zoom to this grid" requests (search, deep links).
  useEffect(() => {
    const map = mapRef.current;
    const layer = focus ? layersRef.current.get(focus.code) : undefined;
    if (!map || !layer) return;
    map.fitBounds(layer.getBounds(), { maxZoom: 16, padding: [40, 40] });
  }, [mapRef, focus, collection]);

  return <div ref={containerRef} className="eg-map-canvas" data-testid="grid-map" />;
}
