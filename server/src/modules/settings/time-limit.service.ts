import {
  AppError,
  can,
  parseTimeLimitTable,
  type Actor,
  type Clock,
  type TimeLimitTable,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import { SETTINGS_KEYS, type WorkSettingsService } from './work-settings.service.ts';

/** The time-limit table (docs/workflow.md): read by everyone, replaced by administrators. */
export class TimeLimitService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
  ) {}

  /**
   * The step table as stored (its `handle.byItem` holds only overrides), and apart from it each
   * item's own normal handling limit from the taxonomy: a client never has to un-merge them, and
   * putting the table back never turns taxonomy limits into overrides.
   */
  async get(_actor: Actor) {
    const { limitTable, itemLimits, calendar } = await this.settings.current();
    return {
      steps: limitTable.steps,
      handle: limitTable.handle,
      itemLimits,
      workingMinutesPerDay: calendar.workingMinutesPerDay,
    };
  }

  async replace(actor: Actor, doc: unknown): Promise<TimeLimitTable> {
    if (!can(actor, 'settings.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators edit time limits');
    const table = parseTimeLimitTable(doc);
    await this.data.transaction(async (repos) => {
      const now = this.clock.now();
      await repos.settings.set(SETTINGS_KEYS.limits, JSON.stringify(table), now);
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
      await this.settings.changed(repos, now);
    });
    return table;
  }
}
