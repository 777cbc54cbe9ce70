import { departmentsApi } from '../api/departments-api.ts';
import { territoryApi } from '../api/territory-api.ts';
import type { UserScope } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { useT } from '../i18n/i18n-context.tsx';

/** Finds `{code, name}` anywhere in a payload (list, tree, {items}, GeoJSON properties). */
function findName(payload: unknown, code: string, depth = 0): string | undefined {
  if (depth > 6 || payload === null || typeof payload !== 'object') return undefined;
  if (Array.isArray(payload)) {
    for (const item of payload) {
      const hit = findName(item, code, depth + 1);
      if (hit) return hit;
    }
    return undefined;
  }
  const record = payload as Record<string, unknown>;
  if (record.code === code && typeof record.name === 'string') return record.name;
  for (const value of Object.values(record)) {
    const hit = findName(value, code, depth + 1);
    if (hit) return hit;
  }
  return undefined;
}

async function fetchScopeName(scope: UserScope): Promise<string | undefined> {
  if (scope.kind === 'department') {
    return findName(await departmentsApi.list(), scope.code);
  }
  return findName(await territoryApi.regions(), scope.code);
}

/** Names do not change during a session: ask once per scope (a failure is retried next time). */
const cache = new Map<string, Promise<string | undefined>>();

function scopeName(scope: UserScope): Promise<string | undefined> {
  const key = `${scope.kind}:${scope.code}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchScopeName(scope);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/**
 * "街道 · 东华门街道 (110101001)": the kind of scope, its name when the server can tell, and its code.
 * Until the names load (or if they cannot) the code alone is shown.
 */
export function useScopeLabel(scope: UserScope): string {
  const t = useT();
  const { data: name } = useApi(`scope:${scope.kind}:${scope.code}`, () => scopeName(scope));
  const kind = t(`scope.${scope.kind}`);
  return name ? `${kind} · ${name} (${scope.code})` : `${kind} · ${scope.code}`;
}
