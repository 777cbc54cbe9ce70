/**
 * A month of demo patrols (巡查) for a few supervisors of the first streets: each walks through
 * their own grids on most working days, a fix every 30 s, now and then a GPS jump, and inspects
 * some of the active sources of the grids they pass. Deterministic (a seeded generator), ends
 * before `clock.now()`, written in bulk through the patrol repository.
 */
import crypto from 'node:crypto';
import {
  addLocalDays,
  buildGridIndex,
  fromLocal,
  localDateOf,
  centroidOf,
  evaluateTrack,
  INSPECTED_SOURCE_STATUSES,
  type Clock,
  type TrackFix,
} from '@envgrid/core';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DataAccess } from '../db/repos.ts';
import type { InspectionRecord, PatrolRecord, PointRecord } from '../modules/patrols/patrol.record.ts';

/** The demo district's zone (config's default business time zone). */
const TIME_ZONE = 'Asia/Shanghai';
const DAYS = 30;
const STREETS = 3;
const SUPERVISORS_PER_STREET = 2;
const FIX_EVERY_MS = 30_000;
const WALK_MPS = 1.2;

/** mulberry32: a small, seeded generator, so every demo database holds the same patrols. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const metres = (a: { lng: number; lat: number }, b: { lng: number; lat: number }) => {
  const dx = (b.lng - a.lng) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  const dy = (b.lat - a.lat) * 110_540;
  return Math.hypot(dx, dy);
};

/** Fixes along straight legs between `stops`, at walking pace, with a little GPS noise. */
function walk(stops: { lng: number; lat: number }[], startAt: number, rnd: () => number): TrackFix[] {
  const out: TrackFix[] = [];
  let at = startAt;
  const noise = () => (rnd() - 0.5) * 0.00006;
  for (let i = 0; i < stops.length; i++) {
    const here = stops[i]!;
    // Linger a few minutes at each stop.
    for (let k = 0; k < 4; k++, at += FIX_EVERY_MS)
      out.push({ at, lng: here.lng + noise(), lat: here.lat + noise() });
    const next = stops[i + 1];
    if (!next) break;
    const steps = Math.max(1, Math.round(metres(here, next) / (WALK_MPS * (FIX_EVERY_MS / 1000))));
    for (let s = 1; s < steps; s++, at += FIX_EVERY_MS) {
      const f = s / steps;
      out.push({
        at,
        lng: here.lng + (next.lng - here.lng) * f + noise(),
        lat: here.lat + (next.lat - here.lat) * f + noise(),
      });
    }
  }
  return out;
}

export async function seedDemoPatrols(data: DataAccess, clock: Clock): Promise<number> {
  const now = clock.now();
  const rnd = generator(20260302);
  const repos = data.repos;
  const geometries = await repos.grids.geometries();
  const index = buildGridIndex(
    geometries.map((g) => ({ code: g.code, geometry: JSON.parse(g.geometry) as Polygon | MultiPolygon })),
  );
  const allGrids = await repos.grids.list();
  const streets = [...new Set(allGrids.map((g) => g.streetCode))].sort().slice(0, STREETS);

  const patrols: PatrolRecord[] = [];
  const points: (PointRecord & { patrolId: string })[] = [];
  const visits: { patrolId: string; code: string; firstAt: number }[] = [];
  const inspections: InspectionRecord[] = [];

  for (const street of streets) {
    const grids = allGrids.filter((g) => g.streetCode === street && g.supervisor);
    const sources = await repos.patrols.sourcesToInspect(INSPECTED_SOURCE_STATUSES, street);
    const bySupervisor = new Map<string, typeof grids>();
    for (const g of grids) {
      const list = bySupervisor.get(g.supervisor!.id);
      if (list) list.push(g);
      else bySupervisor.set(g.supervisor!.id, [g]);
    }
    const people = [...bySupervisor.keys()].sort().slice(0, SUPERVISORS_PER_STREET);
    for (const userId of people) {
      const own = bySupervisor.get(userId)!;
      for (let d = DAYS; d >= 1; d--) {
        if (rnd() < 0.35) continue; // not every day
        // Mornings, starting 08:30–10:30 local time, d days ago.
        const day = addLocalDays(localDateOf(TIME_ZONE, now), -d);
        const startedAt = fromLocal(TIME_ZONE, day, 510) + Math.floor(rnd() * 2 * 3_600_000);
        const count = Math.min(own.length, 2 + Math.floor(rnd() * 3));
        const first = Math.floor(rnd() * own.length);
        const stops = Array.from({ length: count }, (_, i) => {
          const [lng, lat] = centroidOf(JSON.parse(own[(first + i) % own.length]!.geometry) as Polygon);
          return { lng, lat };
        });
        const fixes = walk(stops, startedAt, rnd);
        if (rnd() < 0.15 && fixes.length > 4) {
          // A GPS jump a few kilometres off, mid-walk: flagged, never a visit.
          const mid = fixes[Math.floor(fixes.length / 2)]!;
          fixes.push({ at: mid.at + 1_000, lng: mid.lng + 0.04, lat: mid.lat + 0.02 });
        }
        const track = evaluateTrack(fixes, (lng, lat) => index.locate(lng, lat));
        const endedAt = track.fixes[track.fixes.length - 1]!.at + 60_000;
        if (endedAt >= now) continue;
        const id = crypto.randomUUID();
        patrols.push({
          id,
          userId,
          kind: 'patrol',
          streetCode: street,
          status: 'ended',
          startedAt,
          endedAt,
          pointCount: track.fixes.length,
          flaggedCount: track.flaggedCount,
          distanceM: track.distanceM,
          version: 1,
        });
        for (const f of track.fixes) points.push({ ...f, patrolId: id });
        for (const g of track.grids) visits.push({ patrolId: id, ...g });
        const entered = new Map(track.grids.map((g) => [g.code, g.firstAt]));
        for (const s of sources) {
          const at = entered.get(s.gridCode);
          if (at === undefined || rnd() < 0.5) continue;
          inspections.push({
            id: crypto.randomUUID(),
            sourceId: s.id,
            patrolId: id,
            userId,
            result: rnd() < 0.1 ? 'problem' : 'normal',
            note: null,
            attachmentIds: [],
            caseId: null,
            at: Math.min(at + 2 * 60_000, endedAt),
          });
        }
      }
    }
  }

  await data.transaction(async (trx) => {
    await trx.patrols.insertMany(patrols);
    await trx.patrols.insertPoints(points);
    await trx.patrols.insertGrids(visits);
    await trx.patrols.insertInspections(inspections);
  });
  return patrols.length;
}
