import L from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';

export interface BaseMapOptions {
  center: L.LatLngTuple;
  zoom: number;
  zoomSnap?: number;
  /** Leaflet tile URL template from the server; empty: no base map, grids draw on a plain background. */
  tileUrl?: string;
  /** A metric scale bar in the corner. */
  scale?: boolean;
}

function tileAttribution(url: string): string {
  try {
    return `© ${new URL(url.replace(/\{s\}\./, '')).hostname}`;
  } catch {
    return '';
  }
}

/**
 * The Leaflet map every page shares: canvas rendering, created once and removed on unmount,
 * resized with its container, with the optional tile layer. Page effects declared after this
 * hook find the map in the returned ref.
 */
export function useBaseMap(options: BaseMapOptions): {
  containerRef: RefObject<HTMLDivElement | null>;
  mapRef: RefObject<L.Map | null>;
} {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const initial = useRef(options);

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const { center, zoom, zoomSnap = 0.5, scale } = initial.current;
    const map = L.map(el, { preferCanvas: true, center, zoom, minZoom: 10, maxZoom: 19, zoomSnap });
    map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com" target="_blank" rel="noreferrer">Leaflet</a>',
    );
    if (scale) L.control.scale({ imperial: false }).addTo(map);
    mapRef.current = map;
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  const { tileUrl } = options;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !tileUrl) return;
    const layer = L.tileLayer(tileUrl, { maxZoom: 19, attribution: tileAttribution(tileUrl) }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [tileUrl]);

  return { containerRef, mapRef };
}
