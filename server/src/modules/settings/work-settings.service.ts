import fs from 'node:fs';
import path from 'node:path';
import {
  createWorkCalendar,
  itemHandleLimits,
  withItemLimits,
  type Duration,
  parseTimeLimitTable,
  type Clock,
  type Taxonomy,
  type TimeLimitTable,
  type WorkCalendar,
  type WorkCalendarData,
  type WorkWindow,
} from '@envgrid/core';
import type { DataAccess, Repos } from '../../db/repos.ts';
import { DATA_DIR } from '../../data-files.ts';
import { chineseDaysCalendarData } from '../calendar/chinese-days-source.ts';

export const SETTINGS_KEYS = {
  taxonomy: 'work.taxonomy',
  limits: 'work.time_limits',
  calendar: 'work.calendar',
  generation: 'work.generation',
} as const;

interface CalendarMeta {
  windows: WorkWindow[];
  firstKnownDate: string | null;
  lastKnownDate: string | null;
}

/** Everything the workflow needs to set deadlines, read as one consistent snapshot. */
export interface WorkSettings {
  taxonomy: Taxonomy;
  /** The step table, with the taxonomy's per-item handling limits merged in: what deadlines use. */
  limits: TimeLimitTable;
  /** The step table as stored: `handle.byItem` holds only the administrators' per-item overrides. */
  limitTable: TimeLimitTable;
  /** Each item's own normal handling limit, from the taxonomy. */
  itemLimits: Record<string, Duration>;
  calendar: WorkCalendar;
  calendarData: WorkCalendarData;
}

/** The calendar's overrides go to their table, its windows and known range to settings. */
export async function saveCalendar(repos: Repos, d: WorkCalendarData, now: number): Promise<void> {
  await repos.calendar.replaceAll(
    Object.entries(d.days).map(([date, kind]) => ({ date, kind, name: d.names?.[date] ?? null })),
  );
  const meta: CalendarMeta = {
    windows: d.windows,
    firstKnownDate: d.firstKnownDate,
    lastKnownDate: d.lastKnownDate,
  };
  await repos.settings.set(SETTINGS_KEYS.calendar, JSON.stringify(meta), now);
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as unknown;

/**
 * Taxonomy, time limits and the working-time calendar as one snapshot for the workflow: stored
 * in the database, defaulted from data/ and chinese-days, and cached per process until their
 * generation (moved by every edit, in the database) moves. Reading and editing each of them is
 * its own service: taxonomy.service.ts, time-limit.service.ts, work-calendar.service.ts.
 */
export class WorkSettingsService {
  private cache: { generation: string; settings: WorkSettings } | null = null;

  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  /** Writes the defaults that are missing: the taxonomy, the time limits and the calendar. */
  async ensureDefaults(): Promise<void> {
    await this.data.transaction(async (repos) => {
      const now = this.clock.now();
      let changed = false;
      if (!(await repos.settings.get(SETTINGS_KEYS.taxonomy))) {
        const raw = readJson('taxonomy/taxonomy.json') as { categories: unknown };
        await repos.settings.set(SETTINGS_KEYS.taxonomy, JSON.stringify({ categories: raw.categories }), now);
        changed = true;
      }
      if (!(await repos.settings.get(SETTINGS_KEYS.limits))) {
        await repos.settings.set(
          SETTINGS_KEYS.limits,
          JSON.stringify(parseTimeLimitTable(readJson('time-limits.json'))),
          now,
        );
        changed = true;
      }
      if (!(await repos.settings.get(SETTINGS_KEYS.calendar))) {
        await saveCalendar(repos, chineseDaysCalendarData({ fromYear: 2024, timeZone: this.timeZone }), now);
        changed = true;
      }
      if (changed) await this.changed(repos, now);
    });
  }

  /** Marks the settings changed (inside the editing transaction): every process reloads them. */
  async changed(repos: Repos, now: number): Promise<void> {
    await repos.settings.set(
      SETTINGS_KEYS.generation,
      `${now}-${Math.random().toString(36).slice(2, 10)}`,
      now,
    );
  }

  /** The current snapshot; one small query when nothing changed since the last call. */
  async current(): Promise<WorkSettings> {
    const generation = (await this.data.repos.settings.get(SETTINGS_KEYS.generation)) ?? 'none';
    if (this.cache?.generation === generation) return this.cache.settings;
    const settings = await this.load(this.data.repos);
    this.cache = { generation, settings };
    return settings;
  }

  /** The settings as `repos` sees them now (inside a transaction: with its own writes). */
  async load(repos: Repos): Promise<WorkSettings> {
    const [taxText, limitsText, calText, days] = await Promise.all([
      repos.settings.get(SETTINGS_KEYS.taxonomy),
      repos.settings.get(SETTINGS_KEYS.limits),
      repos.settings.get(SETTINGS_KEYS.calendar),
      repos.calendar.all(),
    ]);
    if (!taxText || !limitsText || !calText)
      throw new Error('work settings are missing: run ensureDefaults() first');
    const taxonomy = JSON.parse(taxText) as Taxonomy;
    const table = JSON.parse(limitsText) as TimeLimitTable;
    const itemLimits = itemHandleLimits(taxonomy);
    const meta = JSON.parse(calText) as CalendarMeta;
    const calendarData: WorkCalendarData = {
      timeZone: this.timeZone,
      windows: meta.windows,
      firstKnownDate: meta.firstKnownDate,
      lastKnownDate: meta.lastKnownDate,
      days: Object.fromEntries(days.map((d) => [d.date, d.kind])),
      names: Object.fromEntries(days.filter((d) => d.name).map((d) => [d.date, d.name!])),
    };
    return {
      taxonomy,
      limits: withItemLimits(table, itemLimits),
      limitTable: table,
      itemLimits,
      calendar: createWorkCalendar(calendarData),
      calendarData,
    };
  }
}
