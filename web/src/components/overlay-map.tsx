/**
 * A Leaflet map of grids coloured by a status (covered / blind spot, visited), with an optional
 * GPS track, the current position and point markers (sources). Imported only by lazily loaded
 * pages (patrols, coverage, sources), so no other page pays for Leaflet.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { LngLat } from '../api/case-types.ts';
import type { GridCollection, GridProperties } from '../api/territory-types.ts';
import { useBaseMap } from './use-base-map.ts';

export interface MapMarker extends LngLat {
  id: string;
  color: string;
  label: string;
  /** Drawn larger with a dark ring (a repeat offender, a selected source). */
  emphasis?: boolean;
}

export interface GridPaint {
  fill: string;
  opacity?: number;
}

interface OverlayMapProps {
  grids?: GridCollection | null;
  /** The colour of a grid, or null to draw it as a light outline only. */
  paint?: (code: string, props: GridProperties) => GridPaint | null;
  /** Changes whenever `paint` would answer differently (restyles without refitting). */
  paintKey?: string;
  track?: readonly LngLat[];
  position?: LngLat | null;
  markers?: readonly MapMarker[];
  onMarkerClick?: (id: string) => void;
  onGridClick?: (code: string) => void;
  tileUrl?: string;
  height?: number | string;
  testId?: string;
  /** Keep the view on the current position as it moves. */
  follow?: boolean;
}

const OUTLINE: L.PathOptions = { color: '#0f7b6c', weight: 1, opacity: 0.6, fillOpacity: 0.04 };

export function OverlayMap(props: OverlayMapProps) {
  const { grids, paint, paintKey, track, position, markers, tileUrl, height = 320, testId, follow } = props;
  const { containerRef, mapRef } = useBaseMap({ zoom: 14, tileUrl, scale: true });
  const gridLayer = useRef<L.GeoJSON | null>(null);
  const paintRef = useRef(paint);
  const clickRef = useRef({ marker: props.onMarkerClick, grid: props.onGridClick });
  useLayoutEffect(() => {
    paintRef.current = paint;
    clickRef.current = { marker: props.onMarkerClick, grid: props.onGridClick };
  });
  const fitted = useRef(false);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !grids || grids.features.length === 0) return;
    const layer = L.geoJSON<GridProperties>(grids as Parameters<typeof L.geoJSON>[0], {
      style: (f) => styleOf(f?.properties, paintRef.current),
      onEachFeature: (f, l) => {
        l.bindTooltip(f.properties.code, { sticky: true, direction: 'top', opacity: 0.9 });
        l.on('click', () => clickRef.current.grid?.(f.properties.code));
      },
    }).addTo(map);
    gridLayer.current = layer;
    if (!fitted.current) {
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
      fitted.current = true;
    }
    return () => {
      layer.remove();
      gridLayer.current = null;
    };
  }, [mapRef, grids]);

  // Restyle on a new paint without rebuilding the layer.
  useEffect(() => {
    gridLayer.current?.setStyle((f) =>
      styleOf((f as { properties?: GridProperties } | undefined)?.properties, paintRef.current),
    );
  }, [paintKey, grids]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !track || track.length < 2) return;
    const line = L.polyline(
      track.map((p) => [p.lat, p.lng] as L.LatLngTuple),
      { color: '#1677ff', weight: 4, opacity: 0.85 },
    ).addTo(map);
    return () => {
      line.remove();
    };
  }, [mapRef, track]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !markers || markers.length === 0) return;
    const group = L.layerGroup(
      markers.map((m) =>
        L.circleMarker([m.lat, m.lng], {
          radius: m.emphasis ? 9 : 7,
          color: m.emphasis ? '#000' : '#fff',
          weight: 2,
          fillColor: m.color,
          fillOpacity: 0.95,
        })
          .bindTooltip(m.label, { direction: 'top' })
          .on('click', () => clickRef.current.marker?.(m.id)),
      ),
    ).addTo(map);
    if (!fitted.current) {
      const bounds = L.latLngBounds(markers.map((m) => [m.lat, m.lng] as L.LatLngTuple));
      map.fitBounds(bounds.pad(0.2), { maxZoom: 16 });
      fitted.current = true;
    }
    return () => {
      group.remove();
    };
  }, [mapRef, markers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !position) return;
    const latlng: L.LatLngTuple = [position.lat, position.lng];
    const dot = L.circleMarker(latlng, {
      radius: 8,
      color: '#fff',
      weight: 3,
      fillColor: '#1677ff',
      fillOpacity: 1,
    }).addTo(map);
    if (follow && !map.getBounds().pad(-0.15).contains(latlng)) map.panTo(latlng);
    return () => {
      dot.remove();
    };
  }, [mapRef, position, follow]);

  return <div ref={containerRef} className="eg-case-map" style={{ height }} data-testid={testId} />;
}

function styleOf(p: GridProperties | undefined, paint: OverlayMapProps['paint']): L.PathOptions {
  const got = p && paint ? paint(p.code, p) : null;
  if (!got) return OUTLINE;
  return {
    color: '#ffffff',
    weight: 0.8,
    opacity: 0.9,
    fillColor: got.fill,
    fillOpacity: got.opacity ?? 0.55,
  };
}
