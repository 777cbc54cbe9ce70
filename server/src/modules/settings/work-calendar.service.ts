import { AppError, can, importCalendarYear, type Actor, type Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import { saveCalendar, type WorkSettingsService } from './work-settings.service.ts';

/** The working-time calendar (docs/workflow.md): read by everyone, imported by administrators. */
export class WorkCalendarService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
  ) {}

  /** The calendar's windows and known range, and the overrides of one year (default: this year). */
  async year(_actor: Actor, year?: number) {
    const { calendarData, calendar } = await this.settings.current();
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

  /** Imports one year of overrides (JSON or CSV text) and merges it into the calendar (admin). */
  async import(actor: Actor, input: unknown, year?: number) {
    if (!can(actor, 'settings.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators import calendars');
    return this.data.transaction(async (repos) => {
      const current = (await this.settings.load(repos)).calendarData;
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
      await this.settings.changed(repos, now);
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
