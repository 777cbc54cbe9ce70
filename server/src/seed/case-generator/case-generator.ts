import crypto from 'node:crypto';
import {
  buildGridIndex,
  caseNumber,
  caseNumberCounter,
  centroidOf,
  bboxOf,
  fromLocal,
  localDateOf,
  weekdayOf,
  type Actor,
  type CaseRecord,
  type SourceRecord,
  type Clock,
  type PolygonGeometry,
  type TaxonomyItem,
  SeededRandom,
  WeightedTable,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import { toActor } from '../../modules/auth/auth.service.ts';
import type { WorkSettingsService } from '../../modules/settings/work-settings.service.ts';
import {
  HOTLINE_SHARE,
  LATE_WORK_SHARE,
  ROADS,
  seasonalFactor,
  TREND_OVER_SPAN,
  WEEKEND_FACTOR,
} from './case-scenarios.ts';
import {
  simulateCase,
  type GeneratedSourceEvent,
  type CaseSeed,
  type GeneratedEvent,
  type GeneratorDistrict,
  type GeneratorGrid,
} from './case-simulator.ts';

const DAY = 86_400_000;

export interface GenerateOptions {
  cases: number;
  /** How far back the history reaches, ending now. */
  years: number;
  /** The same seed draws the same history (case ids and numbers aside). */
  seed: number;
  /** Cases per transaction. */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateSummary {
  cases: number;
  events: number;
  byStatus: Record<string, number>;
  ms: number;
}

interface PlaceGrid extends GeneratorGrid {
  geometry: PolygonGeometry;
  bbox: [number, number, number, number];
  streetName: string;
}

/**
 * `envgrid generate`: a district's case history, drawn from the distributions of
 * case-scenarios.ts and played through the workflow's own rules (case-simulator.ts), written by
 * bulk insert into the configured database. Needs a district with people (`envgrid seed --demo`
 * or a real district's import); adds to whatever cases are there, numbering after them.
 */
export class CaseGenerator {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly workSettings: WorkSettingsService,
  ) {}

  async generate(opts: GenerateOptions): Promise<GenerateSummary> {
    const started = Date.now();
    const rng = new SeededRandom(opts.seed);
    const { district, grids, items } = await this.loadDistrict(rng);
    const now = this.clock.now();
    const timeZone = district.settings.calendar.timeZone;
    const gridTable = new WeightedTable(grids, () => Math.exp(rng.between(-1.2, 1.2)));
    const index = buildGridIndex(grids.map((g) => ({ code: g.code, geometry: g.geometry })));
    const itemTables = new Map<number, WeightedTable<TaxonomyItem>>();
    const itemsIn = (month: number) => {
      let t = itemTables.get(month);
      if (!t) itemTables.set(month, (t = new WeightedTable(items, (i) => seasonalFactor(i.code, month))));
      return t;
    };

    const summary: GenerateSummary = { cases: 0, events: 0, byStatus: {}, ms: 0 };
    const batchSize = opts.batch ?? 2000;
    let cases: CaseRecord[] = [];
    let events: GeneratedEvent[] = [];
    let sources: SourceRecord[] = [];
    let sourceEvents: GeneratedSourceEvent[] = [];
    // One batch is written while the next is drawn: on PostgreSQL the database works beside the simulation.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      await writing;
      if (!cases.length) return;
      const [c, e, s, se] = [cases, events, sources, sourceEvents];
      [cases, events, sources, sourceEvents] = [[], [], [], []];
      writing = this.data
        .transaction(async (repos) => {
          await repos.caseBulk.insertCases(c);
          await repos.caseBulk.insertEvents(e);
          await repos.sources.insertMany(s);
          await repos.sources.insertEvents(se);
        })
        .then(() => {
          summary.cases += c.length;
          summary.events += e.length;
          opts.onProgress?.(summary.cases, opts.cases);
        });
      // Settled here too, so a failed write is not an unhandled rejection while the next batch is drawn.
      writing.catch(() => {});
    };

    for (const day of spreadOverDays(opts.cases, opts.years, now, timeZone)) {
      if (day.count === 0) continue;
      const last = await this.data.repos.caseBulk.reserve(caseNumberCounter(day.date), day.count);
      const month = Number(day.date.slice(5, 7));
      const times = Array.from({ length: day.count }, () => {
        const hotline = rng.chance(HOTLINE_SHARE);
        // Patrols report in working hours; the hotline takes calls from 7:00 to 23:00.
        const [from, to] = hotline ? [7, 23] : [8.5, 17.5];
        // Today only has the hours until now.
        const until = Math.min(to, (now - day.midnight) / 3_600_000 - 0.05);
        const hour = until > from ? rng.between(from, until) : rng.between(0, Math.max(until, 0));
        return { hotline, at: day.midnight + Math.round(hour * 3_600_000) };
      }).sort((a, b) => a.at - b.at);
      for (const [i, t] of times.entries()) {
        const grid = gridTable.pick(rng);
        const seed: CaseSeed = {
          id: crypto.randomUUID(),
          caseNo: caseNumber(day.date, last - day.count + 1 + i),
          createdAt: t.at,
          grid,
          location: pointIn(grid, index, rng),
          address: `${grid.streetName}${rng.pick(ROADS)}${rng.int(1, 200)}号`,
          item: itemsIn(month).pick(rng),
          hotline: t.hotline,
        };
        if (seed.item.proposesSource) seed.sourceId = crypto.randomUUID();
        const simulated = simulateCase(district, rng, seed, now);
        const record = simulated.record;
        summary.byStatus[record.status] = (summary.byStatus[record.status] ?? 0) + 1;
        cases.push(record);
        events.push(...simulated.events);
        if (simulated.source) {
          sources.push(simulated.source);
          sourceEvents.push(...(simulated.sourceEvents ?? []));
        }
        if (cases.length >= batchSize) await flush();
      }
    }
    await flush();
    await writing;
    await this.data.repos.caseBulk.refreshStatistics();
    summary.ms = Date.now() - started;
    return summary;
  }

  /** The district as the simulation needs it, in memory: rules, departments, people and supervised grids. */
  private async loadDistrict(rng: SeededRandom) {
    const repos = this.data.repos;
    const [settings, departments, gridRows, regions, users] = await Promise.all([
      this.workSettings.current(),
      repos.departments.list(),
      repos.grids.list(),
      repos.regions.list(),
      repos.users.list({ disabled: false, offset: 0, limit: 1_000_000 }),
    ]);
    const actors = users.items.map(toActor);
    const withRole = (role: Actor['roles'][number], pred: (a: Actor) => boolean = () => true) =>
      actors.filter((a) => a.roles.includes(role) && pred(a));
    const group = (list: Actor[], key: (a: Actor) => string | undefined) => {
      const m = new Map<string, Actor[]>();
      for (const a of list) {
        const k = key(a);
        if (k !== undefined) m.set(k, [...(m.get(k) ?? []), a]);
      }
      return m;
    };
    const byId = new Map(actors.map((a) => [a.id, a]));
    const deptByCode = new Map(departments.map((d) => [d.code, d.id]));
    const supervisors = new Map<string, Actor>();
    for (const g of gridRows) {
      const s = g.supervisor && byId.get(g.supervisor.id);
      if (s) supervisors.set(g.code, s);
    }
    const streetNames = new Map(regions.filter((r) => r.kind === 'street').map((r) => [r.code, r.name]));
    const district: GeneratorDistrict = {
      settings,
      departments,
      people: {
        center: {
          intake: withRole('intake', (a) => a.scope.kind === 'district'),
          dispatcher: withRole('dispatcher', (a) => a.scope.kind === 'district'),
        },
        subcenters: group(withRole('subcenter'), (a) =>
          a.scope.kind === 'street' ? a.scope.code : undefined,
        ),
        handlers: group(withRole('handler'), (a) =>
          a.scope.kind === 'department' ? deptByCode.get(a.scope.code) : undefined,
        ),
        leaders: withRole('leader'),
        supervisors,
      },
      lateShare: new Map(departments.map((d) => [d.id, rng.between(...LATE_WORK_SHARE)])),
    };
    const grids: PlaceGrid[] = gridRows
      .filter((g) => supervisors.has(g.code) && district.people.subcenters.has(g.streetCode))
      .map((g) => {
        const geometry = JSON.parse(g.geometry) as PolygonGeometry;
        return {
          code: g.code,
          communityCode: g.communityCode,
          streetCode: g.streetCode,
          supervisorId: g.supervisor!.id,
          geometry,
          bbox: bboxOf(geometry),
          streetName: streetNames.get(g.streetCode) ?? '',
        };
      });
    const p = district.people;
    if (!grids.length || !p.center.intake.length || !p.center.dispatcher.length || !p.leaders.length)
      throw new Error(
        'the district has no supervised grids, intake clerks, dispatchers or leaders to generate cases for: seed it first (envgrid seed --demo)',
      );
    const items = settings.taxonomy.categories.flatMap((c) => c.items).filter((i) => !i.retired);
    return { district, grids, items };
  }
}

/** Reports per local day over the span, weekdays heavier than weekends, rising slowly: counts that sum to `total`. */
export function spreadOverDays(
  total: number,
  years: number,
  now: number,
  timeZone: string,
): { date: string; midnight: number; count: number }[] {
  const days = Math.max(1, Math.round(years * 365));
  const out: { date: string; midnight: number; count: number; w: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = localDateOf(timeZone, now - i * DAY);
    const midnight = fromLocal(timeZone, date, 0);
    const weekday = weekdayOf(date);
    const w =
      (weekday === 0 || weekday === 6 ? WEEKEND_FACTOR : 1) * (1 + (TREND_OVER_SPAN * (days - i)) / days);
    out.push({ date, midnight, count: 0, w });
  }
  // The last day only has the hours until now.
  const today = out[out.length - 1]!;
  today.w *= Math.min(1, Math.max(0.05, (now - today.midnight) / DAY));
  const sum = out.reduce((s, d) => s + d.w, 0);
  let acc = 0;
  let given = 0;
  for (const d of out) {
    acc += d.w;
    const upTo = Math.round((acc / sum) * total);
    d.count = upTo - given;
    given = upTo;
  }
  return out.map(({ date, midnight, count }) => ({ date, midnight, count }));
}

/** A point inside the grid (its bounding box, kept only if the grid index agrees), else its centroid. */
function pointIn(
  grid: PlaceGrid,
  index: ReturnType<typeof buildGridIndex>,
  rng: SeededRandom,
): { lng: number; lat: number } {
  const [minLng, minLat, maxLng, maxLat] = grid.bbox;
  for (let i = 0; i < 8; i++) {
    const lng = Number(rng.between(minLng, maxLng).toFixed(6));
    const lat = Number(rng.between(minLat, maxLat).toFixed(6));
    if (index.locate(lng, lat) === grid.code) return { lng, lat };
  }
  const [lng, lat] = centroidOf(grid.geometry);
  return { lng, lat };
}
