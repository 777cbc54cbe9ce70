/**
 * Reference data that many pages need and that rarely changes: regions and departments.
 * Each is asked for once per session through the query cache (a failure is asked again next
 * time); an admin page that changes departments calls `refresh()`.
 */
import { useCallback, useMemo } from 'react';
import { departmentsApi } from './departments-api.ts';
import { queryClient } from './query-client.ts';
import { territoryApi } from './territory-api.ts';
import type { Region } from './territory-types.ts';
import { useApi } from './use-api.ts';

/** Reference data stays fresh for the session: it changes only through the admin pages. */
const SESSION = { staleTime: Number.POSITIVE_INFINITY };

export interface RegionIndex {
  regions: Region[];
  streets: Region[];
  communities: Region[];
  district: Region | undefined;
  byCode: Map<string, Region>;
  /** The name of a region, or its code when unknown. */
  nameOf: (code: string | null | undefined) => string;
}

function indexRegions(regions: Region[]): RegionIndex {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byCodeOrder = (a: Region, b: Region) => a.code.localeCompare(b.code);
  return {
    regions,
    streets: regions.filter((r) => r.kind === 'street').sort(byCodeOrder),
    communities: regions.filter((r) => r.kind === 'community').sort(byCodeOrder),
    district: regions.find((r) => r.kind === 'district'),
    byCode,
    nameOf: (code) => (code ? (byCode.get(code)?.name ?? code) : ''),
  };
}

/** District, streets and communities, indexed by code. */
export function useRegions(): { index: RegionIndex | undefined; error: unknown; loading: boolean } {
  const { data, error, loading } = useApi('ref:regions', (signal) => territoryApi.regions(signal), SESSION);
  const index = useMemo(() => (data ? indexRegions(data) : undefined), [data]);
  return { index, error, loading };
}

/** All departments (active and not), ordered by code; `refresh()` asks the server again. */
export function useDepartments() {
  const query = useApi(
    'ref:departments',
    (signal) =>
      departmentsApi.list(signal).then((list) => [...list].sort((a, b) => a.code.localeCompare(b.code))),
    SESSION,
  );
  const byCode = useMemo(() => new Map((query.data ?? []).map((d) => [d.code, d])), [query.data]);
  const byId = useMemo(() => new Map((query.data ?? []).map((d) => [d.id, d])), [query.data]);
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ['ref:departments'] });
  }, []);
  return { ...query, byCode, byId, refresh };
}
