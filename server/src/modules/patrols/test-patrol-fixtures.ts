/**
 * Helpers for the patrol suites: square grids of a street read from the grid API (their geometry,
 * not the spatial index), and tracks built on them.
 */
import crypto from 'node:crypto';
import type { SourceRecord } from '@envgrid/core';
import type { Db } from '../../db/database.ts';
import { createDataAccess } from '../../db/repos.ts';
import type { ApiClient } from '../../test/api-client.ts';

export interface Square {
  code: string;
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
  center: { lng: number; lat: number };
}

type Collection = {
  features: { properties: { code: string }; geometry: { type: string; coordinates: number[][][] } }[];
};

/** The street's grids that are axis-aligned rectangles (a ring of four distinct corners). */
export async function squaresOf(c: ApiClient, street: string): Promise<{ all: string[]; squares: Square[] }> {
  const r = await c.get<Collection>(`/api/v1/grids?street=${street}`);
  if (r.status !== 200) throw new Error(`grids of ${street}: ${r.status}`);
  const squares: Square[] = [];
  for (const f of r.body.features) {
    if (f.geometry.type !== 'Polygon' || f.geometry.coordinates.length !== 1) continue;
    const ring = f.geometry.coordinates[0]!;
    const lngs = [...new Set(ring.map((p) => p[0]!))];
    const lats = [...new Set(ring.map((p) => p[1]!))];
    if (ring.length !== 5 || lngs.length !== 2 || lats.length !== 2) continue;
    const [minLng, maxLng] = [Math.min(...lngs), Math.max(...lngs)];
    const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
    squares.push({
      code: f.properties.code,
      minLng,
      minLat,
      maxLng,
      maxLat,
      center: { lng: (minLng + maxLng) / 2, lat: (minLat + maxLat) / 2 },
    });
  }
  return { all: r.body.features.map((f) => f.properties.code).sort(), squares };
}

/** Great-circle distance in metres (written here so the test does not lean on the code under test). */
export function metresBetween(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/**
 * A walk through the centres of `squares` at about 1 m/s: three fixes 30 s apart around each
 * centre (a few metres apart), then straight to the next centre. Fixes only fall near centres,
 * so the grids entered are exactly these.
 */
export function walkThrough(
  squares: readonly Square[],
  startAt: number,
): { lng: number; lat: number; at: number }[] {
  const out: { lng: number; lat: number; at: number }[] = [];
  let at = startAt;
  squares.forEach((s, i) => {
    if (i > 0) at += Math.ceil(metresBetween(squares[i - 1]!.center, s.center)) * 1000;
    for (let k = 0; k < 3; k++) {
      out.push({ lng: s.center.lng + k * 0.00002, lat: s.center.lat, at });
      at += 30_000;
    }
  });
  return out;
}

/** Sources written straight to the registry (its API belongs to another module). */
export async function insertSources(
  db: Db,
  list: {
    id?: string;
    gridCode: string;
    streetCode: string;
    location: { lng: number; lat: number };
    every: number;
    status?: SourceRecord['status'];
  }[],
  at: number,
): Promise<string[]> {
  const records: SourceRecord[] = list.map((s, i) => ({
    id: s.id ?? crypto.randomUUID(),
    type: 'catering',
    name: `巡查测试源 ${i}`,
    address: null,
    location: s.location,
    gridCode: s.gridCode,
    communityCode: s.gridCode.slice(0, 12),
    streetCode: s.streetCode,
    departmentId: null,
    riskLevel: 'key',
    inspectionEveryDays: s.every,
    status: s.status ?? 'active',
    attributes: {},
    proposedByCaseId: null,
    mergedIntoId: null,
    createdBy: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
  await createDataAccess(db).repos.sources.insertMany(records);
  return records.map((r) => r.id);
}
