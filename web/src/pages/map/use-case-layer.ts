/**
 * The case layer's state, kept in the address (`cases=1`, `heat=1`, `cfrom`, `cto`, `category`,
 * `cstatus`, `overdue=1`), and its data: the points and the per-grid counts for the filter.
 * A case change on the live stream asks again (debounced).
 */
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { dashboardApi } from '../../api/dashboard-api.ts';
import type { MapCaseQuery } from '../../api/dashboard-types.ts';
import { useLiveEvents } from '../../api/live-events.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** The map shows the cases of the last 30 days unless told otherwise (as the API does). */
export const DEFAULT_DAYS = 30;

export function useCaseLayer(street: string | undefined, allowed: boolean) {
  const [params, setParams] = useSearchParams();
  const today = useBusinessTime().today();
  const showCases = allowed && params.get('cases') === '1';
  const showHeat = allowed && params.get('heat') === '1';
  const cfrom = params.get('cfrom');
  const cto = params.get('cto');
  const query: MapCaseQuery = {
    from:
      cfrom && DATE_RE.test(cfrom)
        ? cfrom
        : dayjs(today)
            .subtract(DEFAULT_DAYS - 1, 'day')
            .format('YYYY-MM-DD'),
    to: cto && DATE_RE.test(cto) ? cto : today,
    category: params.get('category') ?? undefined,
    status: params.get('cstatus') ?? undefined,
    overdue: params.get('overdue') === '1' || undefined,
    street,
  };
  const key = JSON.stringify(query);
  const points = useApi(showCases ? `map-cases:${key}` : null, (signal) =>
    dashboardApi.mapCases(query, signal),
  );
  const heat = useApi(showHeat ? `map-heat:${key}` : null, (signal) => dashboardApi.gridHeat(query, signal));
  useLiveEvents(
    ['case.changed'],
    () => {
      if (showCases) points.reload();
      if (showHeat) heat.reload();
    },
    { delayMs: 3000 },
  );

  const heatMap = useMemo(
    () => (showHeat && heat.data ? new Map(heat.data.grids.map((g) => [g.code, g.count])) : null),
    [showHeat, heat.data],
  );

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  return {
    allowed,
    showCases,
    showHeat,
    query,
    points: showCases ? (points.data?.items ?? null) : null,
    capped: points.data?.capped ?? false,
    heat: heatMap,
    heatMax: heat.data?.max ?? 0,
    loading: points.loading || heat.loading,
    error: points.error ?? heat.error,
    reload: () => {
      points.reload();
      heat.reload();
    },
    update,
  };
}

export type CaseLayer = ReturnType<typeof useCaseLayer>;
