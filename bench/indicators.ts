/**
 * The step-8 benchmark (docs/performance.md): on each engine's generated database (the same ones
 * as bench/cases.ts), the time to compute every indicator of every subject for a month and for a
 * year, and a dashboard's queries for a month, side by side with the engine's floor for the same
 * period (one indexed count of the period's cases). Prints figures and ratios, never a threshold.
 *
 *   npx tsx bench/indicators.ts --cases 1000000 --engines sqlite,postgres
 */
import {
  addLocalDays,
  coveragePeriod,
  localDateOf,
  systemClock,
  SUBJECT_KINDS,
  type Actor,
  type CoveragePeriod,
} from '@envgrid/core';
import { loadConfig } from '../server/src/config.ts';
import { createDeps, createServices } from '../server/src/container.ts';
import type { Engine } from '../server/src/db/database.ts';
import { openDatabase } from '../server/src/db/database.ts';
import { createDataAccess } from '../server/src/db/repos.ts';
import { toActor } from '../server/src/modules/auth/auth.service.ts';
import { benchCases, benchEngines, ensureGenerated } from './bench-database.ts';

const CASES = benchCases();
const ENGINES = benchEngines();
const say = (s: string) => console.log(s);

interface Timing {
  p50: number;
  max: number;
}

/** Runs `fn` once to warm caches, then `runs` times; milliseconds. */
async function timed(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)]!, max: ms[ms.length - 1]! };
}

const fmt = (t: Timing) => `${t.p50.toFixed(0).padStart(6)} ms p50, ${t.max.toFixed(0).padStart(6)} max`;

async function benchEngine(engine: Engine): Promise<void> {
  say(`\n== ${engine}, ${CASES} cases ==`);
  const url = await ensureGenerated(engine, CASES, say);
  const db = openDatabase(url);
  const deps = createDeps(loadConfig({ ...process.env, DATABASE_URL: url }), db, systemClock);
  try {
    const services = createServices(deps);
    const data = createDataAccess(db);
    const actor = async (username: string): Promise<Actor> =>
      toActor((await data.repos.users.findByUsername(username))!);
    const [leader, sub, dept] = [await actor('leader'), await actor('sub001'), await actor('hbj01')];
    const tz = (await services.workSettings.current()).calendar.timeZone;
    // The last full month, and the twelve months before this one.
    const today = localDateOf(tz, systemClock.now());
    const monthEnd = addLocalDays(`${today.slice(0, 8)}01`, -1);
    const month = coveragePeriod(tz, `${monthEnd.slice(0, 8)}01`, monthEnd);
    const year = coveragePeriod(
      tz,
      nextMonth(`${Number(monthEnd.slice(0, 4)) - 1}${monthEnd.slice(4, 8)}01`),
      monthEnd,
    );
    const scoring = await services.indicators.scoring();

    const floor = (p: CoveragePeriod) => () =>
      db.kysely
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('created_at', '>=', p.startMs)
        .where('created_at', '<', p.endMs)
        .executeTakeFirstOrThrow();
    const inPeriod = async (p: CoveragePeriod) => Number((await floor(p)()).n);

    for (const [label, p, runs] of [
      ['month', month, 7],
      ['year', year, 3],
    ] as const) {
      say(`  ${label} ${p.from} – ${p.to}: ${await inPeriod(p)} cases reported in it`);
      const base = await timed(runs, floor(p));
      const all = await timed(runs, () => services.indicators.compute(p, scoring));
      say(`    floor: one indexed count of the period's cases   ${fmt(base)}`);
      say(
        `    all indicators, all ${SUBJECT_KINDS.length} subject kinds              ${fmt(all)}  (×${(all.p50 / base.p50).toFixed(1)} the floor)`,
      );
      for (const kind of SUBJECT_KINDS) {
        const one = await timed(runs, () => services.indicators.compute(p, scoring, [kind]));
        say(`      ${kind.padEnd(10)}                                 ${fmt(one)}`);
      }
    }

    say(`  dashboard, ${month.from} – ${month.to}`);
    const base = await timed(7, floor(month));
    for (const [who, a] of [
      ['leader (district)', leader],
      ['sub-center (street)', sub],
      ['department', dept],
    ] as const) {
      const t = await timed(7, () => services.dashboard.dashboard(a, { from: month.from, to: month.to }));
      say(`    ${who.padEnd(22)} ${fmt(t)}  (×${(t.p50 / base.p50).toFixed(1)} the floor)`);
    }
    const map = await timed(7, () => services.dashboard.mapCases(leader, { from: month.from, to: month.to }));
    const heat = await timed(7, () =>
      services.dashboard.gridHeat(leader, { from: month.from, to: month.to }),
    );
    say(`    case map points (≤ 5,000)  ${fmt(map)}`);
    say(`    grid heat                  ${fmt(heat)}`);
    const yearDash = await timed(3, () =>
      services.dashboard.dashboard(leader, { from: year.from, to: year.to }),
    );
    say(`    leader, a year             ${fmt(yearDash)}`);
  } finally {
    await deps.bus.close();
    await db.close();
  }
}

/** The first day of the month after `date`'s month. */
function nextMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

for (const engine of ENGINES) await benchEngine(engine);
