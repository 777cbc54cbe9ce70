import fs from 'node:fs';
import path from 'node:path';
import {
  AppError,
  can,
  codeChangeProblem,
  createWorkCalendar,
  importCalendarYear,
  parseTaxonomy,
  parseTimeLimitTable,
  type Actor,
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

const KEYS = {
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
  calendar: WorkCalendar;
  calendarData: WorkCalendarData;
}

/** The calendar's overrides go to their table, its windows and known range to settings. */
async function saveCalendar(repos: Repos, d: WorkCalendarData, now: number): Promise<void> {
  await repos.calendar.replaceAll(
    Object.entries(d.days).map(([date, kind]) => ({ date, kind, name: d.names?.[date] ?? null })),
  );
  const meta: CalendarMeta = {
    windows: d.windows,
    firstKnownDate: d.firstKnownDate,
    lastKnownDate: d.lastKnownDate,
  };
  await repos.settings.set(KEYS.calendar, JSON.stringify(meta), now);
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as unknown;

/**
 * Taxonomy, time limits and the working-time calendar: stored in the database (admins edit
 * them), defaulted from data/ and chinese-days, and cached per process until their generation
 * (bumped by every edit, in the database) moves.
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
      if (!(await repos.settings.get(KEYS.taxonomy))) {
        const raw = readJson('taxonomy/taxonomy.json') as { categories: unknown };
        await repos.settings.set(KEYS.taxonomy, JSON.stringify({ categories: raw.categories }), now);
        changed = true;
      }
      if (!(await repos.settings.get(KEYS.limits))) {
        await repos.settings.set(
          KEYS.limits,
          JSON.stringify(parseTimeLimitTable(readJson('time-limits.json'))),
          now,
        );
        changed = true;
      }
      if (!(await repos.settings.get(KEYS.calendar))) {
        await saveCalendar(repos, chineseDaysCalendarData({ fromYear: 2024, timeZone: this.timeZone }), now);
        changed = true;
      }
      if (changed) await this.bump(repos, now);
    });
  }

  private async bump(repos: Repos, now: number): Promise<void> {
    await repos.settings.set(KEYS.generation, `${now}-${Math.random().toString(36).slice(2, 10)}`, now);
  }

  /** The current snapshot; one small query when nothing changed since the last call. */
  async current(): Promise<WorkSettings> {
    const generation = (await this.data.repos.settings.get(KEYS.generation)) ?? 'none';
    if (this.cache?.generation === generation) return this.cache.settings;
    const settings = await this.load(this.data.repos);
    this.cache = { generation, settings };
    return settings;
  }

  private async load(repos: Repos): Promise<WorkSettings> {
    const [taxText, limitsText, calText, days] = await Promise.all([
      repos.settings.get(KEYS.taxonomy),
      repos.settings.get(KEYS.limits),
      repos.settings.get(KEYS.calendar),
      repos.calendar.all(),
    ]);
    if (!taxText || !limitsText || !calText)
      throw new Error('work settings are missing: run ensureDefaults() first');
    const taxonomy = JSON.parse(taxText) as Taxonomy;
    const table = JSON.parse(limitsText) as TimeLimitTable;
    const byItem = Object.fromEntries(
      taxonomy.categories.flatMap((c) => c.items.map((i) => [i.code, i.handleLimitNormal])),
    );
    const limits: TimeLimitTable = {
      ...table,
      handle: { ...table.handle, byItem: { ...byItem, ...table.handle.byItem } },
    };
    const meta = JSON.parse(calText) as CalendarMeta;
    const calendarData: WorkCalendarData = {
      timeZone: this.timeZone,
      windows: meta.windows,
      firstKnownDate: meta.firstKnownDate,
      lastKnownDate: meta.lastKnownDate,
      days: Object.fromEntries(days.map((d) => [d.date, d.kind])),
      names: Object.fromEntries(days.filter((d) => d.name).map((d) => [d.date, d.name!])),
    };
    return { taxonomy, limits, limitTable: table, calendar: createWorkCalendar(calendarData), calendarData };
  }

  /** The taxonomy as every signed-in user may read it; retired entries only when asked. */
  async taxonomy(_actor: Actor, includeRetired = false) {
    const { taxonomy } = await this.current();
    if (includeRetired) return taxonomy.categories;
    return taxonomy.categories
      .filter((c) => !c.retired)
      .map((c) => ({ ...c, items: c.items.filter((i) => !i.retired) }));
  }

  /**
   * The step table as stored (its `handle.byItem` holds only overrides), and apart from it each
   * item's own normal handling limit from the taxonomy: a client never has to un-merge them, and
   * putting the table back never turns taxonomy limits into overrides.
   */
  async timeLimits(_actor: Actor) {
    const { limitTable, taxonomy, calendar } = await this.current();
    const itemLimits = Object.fromEntries(
      taxonomy.categories.flatMap((c) => c.items.map((i) => [i.code, i.handleLimitNormal] as const)),
    );
    return {
      steps: limitTable.steps,
      handle: limitTable.handle,
      itemLimits,
      workingMinutesPerDay: calendar.workingMinutesPerDay,
    };
  }

  /** The calendar's windows and known range, and the overrides of one year (default: this year). */
  async calendarYear(_actor: Actor, year?: number) {
    const { calendarData, calendar } = await this.current();
    const y = year ?? Number(calendar.localDateOf(this.clock.now()).slice(0, 4));
    const days = Object.entries(calendarData.days)
      .filter(([date]) => date.startsWith(`${y}-`))
      .map(([date, kind]) => ({ date, kind, name: calendarData.names?.[date] ?? null }));
    return {
      timeZone: calendarData.timeZone,
      windows: calendarData.windows,
      firstKnownDate: calendarData.firstKnownDate,
      lastKnownDate: calendarData.lastKnownDate,
      year: y,
      known: calendar.isKnown(`${y}-06-30`),
      days,
    };
  }

  /** Replaces the taxonomy (admin). Codes already used by cases never change or disappear. */
  async putTaxonomy(actor: Actor, doc: unknown): Promise<Taxonomy> {
    if (!can(actor, 'settings.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators edit the taxonomy');
    return this.data.transaction(async (repos) => {
      const departments = await repos.departments.list();
      const parsed = parseTaxonomy(doc, { departmentCodes: departments.map((d) => d.code) });
      if (!parsed.ok)
        throw new AppError('VALIDATION_FAILED', `The taxonomy has ${parsed.problems.length} problem(s)`, {
          problems: parsed.problems,
        });
      const before = (await this.load(repos)).taxonomy;
      const used = await repos.cases.usedItemCodes();
      const problem = codeChangeProblem(used, before, parsed.taxonomy);
      if (problem) throw new AppError('VALIDATION_FAILED', problem);
      const now = this.clock.now();
      await repos.settings.set(KEYS.taxonomy, JSON.stringify(parsed.taxonomy), now);
      await repos.audit.append(
        { actorId: actor.id, action: 'taxonomy.update', targetKind: 'taxonomy', targetId: '*' },
        now,
      );
      await this.bump(repos, now);
      return parsed.taxonomy;
    });
  }

  async putTimeLimits(actor: Actor, doc: unknown): Promise<TimeLimitTable> {
    if (!can(actor, 'settings.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators edit time limits');
    const table = parseTimeLimitTable(doc);
    await this.data.transaction(async (repos) => {
      const now = this.clock.now();
      await repos.settings.set(KEYS.limits, JSON.stringify(table), now);
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'time_limits.update',
          targetKind: 'time_limits',
          targetId: '*',
          details: table,
        },
        now,
      );
      await this.bump(repos, now);
    });
    return table;
  }

  /** Imports one year of overrides (JSON or CSV text) and merges it into the calendar (admin). */
  async importCalendar(actor: Actor, input: unknown, year?: number) {
    if (!can(actor, 'settings.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators import calendars');
    return this.data.transaction(async (repos) => {
      const current = (await this.load(repos)).calendarData;
      const merged = importCalendarYear(current, input, year === undefined ? {} : { year });
      const d = merged.data;
      const now = this.clock.now();
      await saveCalendar(repos, d, now);
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'calendar.import',
          targetKind: 'calendar',
          targetId: String(merged.year),
          details: { added: merged.added, changed: merged.changed, removed: merged.removed },
        },
        now,
      );
      await this.bump(repos, now);
      return {
        year: merged.year,
        added: merged.added,
        changed: merged.changed,
        removed: merged.removed,
        warnings: merged.warnings,
        firstKnownDate: d.firstKnownDate,
        lastKnownDate: d.lastKnownDate,
      };
    });
  }
}
