/** Helpers of the source, patrol and coverage browser tests: API calls with a page's own session. */
import type { Page } from 'playwright-core';

export interface Point {
  lng: number;
  lat: number;
}

/** A request to the API with the page's session (and its CSRF token on a POST). */
export function apiCall<T>(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    { method, path, body },
  );
}

/**
 * One of the signed-in user's grids that is a plain square (the demo's lattice cells), with its
 * centre and half its side in degrees: points within that stay inside the grid.
 */
export async function squareGridOf(page: Page): Promise<{ code: string; centre: Point; half: Point }> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/v1/me')).json()) as { grids: string[] };
    for (const code of me.grids) {
      const g = (await (await fetch(`/api/v1/grids/${code}`)).json()) as {
        grid: { geometry: { type: string; coordinates: number[][][] } };
      };
      const ring = g.grid.geometry.coordinates[0]!;
      if (g.grid.geometry.type !== 'Polygon' || ring.length !== 5) continue;
      const lngs = ring.map((p) => p[0]!);
      const lats = ring.map((p) => p[1]!);
      const [minLng, maxLng, minLat, maxLat] = [
        Math.min(...lngs),
        Math.max(...lngs),
        Math.min(...lats),
        Math.max(...lats),
      ];
      return {
        code,
        centre: { lng: (minLng + maxLng) / 2, lat: (minLat + maxLat) / 2 },
        half: { lng: (maxLng - minLng) / 2, lat: (maxLat - minLat) / 2 },
      };
    }
    throw new Error('no square grid among my grids');
  });
}

/** This week in Beijing, Monday to today, as the coverage page's default period. */
export function thisWeek(now = Date.now()): { from: string; to: string } {
  const day = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(ms);
  const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(
    now,
  );
  const back = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday);
  return { from: day(now - back * 86_400_000), to: day(now) };
}
