/**
 * The case layer of the grid map: one circle per case, coloured by status (an overdue case has a
 * red ring), drawn as SVG in a pane above the grids so each point is an element a test can count
 * (`path.eg-case-point`). A click opens the case.
 */
import type { CaseStatus } from '@envgrid/core';
import L from 'leaflet';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { MapCasePoint } from '../../api/dashboard-types.ts';

export const STATUS_COLORS: Record<CaseStatus, string> = {
  pending_verification: '#faad14',
  reported: '#fa8c16',
  filed: '#13c2c2',
  dispatched: '#1677ff',
  suspended: '#8c8c8c',
  pending_check: '#722ed1',
  pending_close: '#eb2f96',
  closed: '#52c41a',
  rejected: '#bfbfbf',
  voided: '#d9d9d9',
};

export const OVERDUE_RING = '#cf1322';
const PANE = 'eg-cases';

export function useCasePoints(
  mapRef: RefObject<L.Map | null>,
  points: readonly MapCasePoint[] | null,
  labelOf: (p: MapCasePoint) => string,
  onOpen: (id: string) => void,
): void {
  const handlers = useRef({ labelOf, onOpen });
  useLayoutEffect(() => {
    handlers.current = { labelOf, onOpen };
  });

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !points) return;
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '450';
    const renderer = L.svg({ pane: PANE });
    const group = L.layerGroup();
    for (const p of points) {
      const marker = L.circleMarker([p.lat, p.lng], {
        renderer,
        pane: PANE,
        radius: 5,
        weight: p.overdue ? 2.5 : 1,
        color: p.overdue ? OVERDUE_RING : '#ffffff',
        fillColor: STATUS_COLORS[p.status] ?? '#8c8c8c',
        fillOpacity: 0.9,
        className: `eg-case-point eg-case-${p.status}${p.overdue ? ' eg-case-overdue' : ''}`,
      });
      marker.bindTooltip(() => handlers.current.labelOf(p), { direction: 'top', opacity: 0.95 });
      marker.on('click', () => handlers.current.onOpen(p.id));
      group.addLayer(marker);
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [mapRef, points]);
}
