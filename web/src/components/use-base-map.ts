import L from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';
import { useMeta } from '../app/business-time-context.tsx';

export interface BaseMapOptions {
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
  // The first view is the district's centre, from the server (the district is data, not code).
  const centre = useMeta()?.district?.centre ?? null;
  const initialCentre = useRef(centre);
  /** Set once anything has placed the view (the centre, or a page fitting its data). */
  const placed = useRef(false);

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const { zoom, zoomSnap = 0.5, scale } = initial.current;
    const c = initialCentre.current;
    const map = L.map(el, { preferCanvas: true, minZoom: 10, maxZoom: 19, zoomSnap });
    map.on('viewreset moveend', () => {
      placed.current = true;
    });
    if (c) map.setView([c.lat, c.lng], zoom);
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

  // The centre arrived after the map was made, and nothing has placed the view yet.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !centre || placed.current) return;
    map.setView([centre.lat, centre.lng], initial.current.zoom);
  }, [centre]);

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
