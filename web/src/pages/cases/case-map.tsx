/**
 * A small Leaflet map for one case: shows the point (and its grid), or lets the user pick the
 * point by clicking (上报问题). Loaded only with the report and detail pages.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { LngLat } from '../../api/case-types.ts';
import { useBaseMap } from '../../components/use-base-map.ts';
import type { GridCollection, GridGeometry } from '../../api/territory-types.ts';

const DEFAULT_ZOOM = 13;

const PIN = L.divIcon({
  className: 'eg-pin',
  html: '<span class="eg-pin-head"></span>',
  iconSize: [24, 24],
  iconAnchor: [12, 24],
});

interface CaseMapProps {
  point: LngLat | null;
  /** Picker mode: a click (or dragging the pin) moves the point. */
  onPick?: (p: LngLat) => void;
  /** The grid the point lies in, drawn highlighted. */
  grid?: GridGeometry | null;
  /** Grids for context (a supervisor's own grids), drawn lightly. */
  contextGrids?: GridCollection | null;
  tileUrl?: string;
  height?: number | string;
  testId?: string;
}

export function CaseMap({ point, onPick, grid, contextGrids, tileUrl, height = 280, testId }: CaseMapProps) {
  const { containerRef, mapRef } = useBaseMap({ zoom: DEFAULT_ZOOM, tileUrl });
  const markerRef = useRef<L.Marker | null>(null);
  const onPickRef = useRef(onPick);
  useLayoutEffect(() => {
    onPickRef.current = onPick;
  });
  const picking = !!onPick;

  // Picking a point: a click on the map places it.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.on('click', (e: L.LeafletMouseEvent) => {
      onPickRef.current?.({ lng: round(e.latlng.lng), lat: round(e.latlng.lat) });
    });
    return () => {
      map.off('click');
      markerRef.current = null;
    };
  }, [mapRef]);

  // Context grids: a light outline; fitted into view while no point is chosen.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !contextGrids || contextGrids.features.length === 0) return;
    const layer = L.geoJSON(contextGrids as Parameters<typeof L.geoJSON>[0], {
      style: { color: '#0f7b6c', weight: 1, opacity: 0.7, fillColor: '#0f7b6c', fillOpacity: 0.08 },
      interactive: false,
    }).addTo(map);
    if (!markerRef.current) map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    return () => {
      layer.remove();
    };
  }, [mapRef, contextGrids]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !grid) return;
    const layer = L.geoJSON(
      { type: 'Feature', properties: {}, geometry: grid } as Parameters<typeof L.geoJSON>[0],
      {
        style: { color: '#d4380d', weight: 2, opacity: 1, fillColor: '#fa8c16', fillOpacity: 0.15 },
        interactive: false,
      },
    ).addTo(map);
    return () => {
      layer.remove();
    };
  }, [mapRef, grid]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!point) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    const latlng: L.LatLngTuple = [point.lat, point.lng];
    if (!markerRef.current) {
      const marker = L.marker(latlng, { icon: PIN, draggable: picking, keyboard: false }).addTo(map);
      marker.on('dragend', () => {
        const p = marker.getLatLng();
        onPickRef.current?.({ lng: round(p.lng), lat: round(p.lat) });
      });
      markerRef.current = marker;
      map.setView(latlng, Math.max(map.getZoom(), 16));
    } else {
      markerRef.current.setLatLng(latlng);
      if (!map.getBounds().pad(-0.1).contains(latlng)) map.panTo(latlng);
    }
  }, [mapRef, point, picking]);

  return (
    <div
      ref={containerRef}
      className={picking ? 'eg-case-map eg-case-map-picking' : 'eg-case-map'}
      style={{ height }}
      data-testid={testId}
    />
  );
}

/** Seven decimals (~1 cm) are more than any phone's GPS gives. */
function round(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}
