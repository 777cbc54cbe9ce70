/**
 * Reference data that many pages need and that rarely changes: regions and departments.
 * Each is asked for once per session (a failure is retried next time); an admin page that
 * changes departments calls `refresh()`.
 */
import { useCallback, useMemo } from 'react';
import { api } from './client.ts';
import type { Region } from './territory-types.ts';
import type { Department } from './types.ts';
import { useApi } from './use-api.ts';

const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

function invalidate(key: string): void {
  cache.delete(key);
}

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
  const { data, error, loading } = useApi('ref:regions', () =>
    cached('regions', () => api.get<Region[]>('/api/v1/regions')),
  );
  const index = useMemo(() => (data ? indexRegions(data) : undefined), [data]);
  return { index, error, loading };
}

/** All departments (active and not), ordered by code; `refresh()` asks the server again. */
export function useDepartments() {
  const query = useApi('ref:departments', () =>
    cached('departments', () =>
      api
        .get<Department[]>('/api/v1/departments')
        .then((list) => [...list].sort((a, b) => a.code.localeCompare(b.code))),
    ),
  );
  const byCode = useMemo(() => new Map((query.data ?? []).map((d) => [d.code, d])), [query.data]);
  const byId = useMemo(() => new Map((query.data ?? []).map((d) => [d.id, d])), [query.data]);
  const { reload } = query;
  const refresh = useCallback(() => {
    invalidate('departments');
    reload();
  }, [reload]);
  return { ...query, byCode, byId, refresh };
}
