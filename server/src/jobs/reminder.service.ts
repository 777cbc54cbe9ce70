import { caseTiming, overdueEscalation, whoActsNext, type Clock } from '@envgrid/core';
import type { DataAccess } from '../db/repos.ts';
import { usersBehind } from '../modules/cases/case-notifier.ts';
import type { WorkSettingsService } from '../modules/settings/work-settings.service.ts';
import type { EventBus } from '../realtime/event-bus.ts';

/**
 * Sends one reminder when a step turns yellow (to whoever must act) and one when it turns red
 * (escalated to the district dispatchers, the street sub-center and the leaders). Lights are
 * derived from deadlines each run; `reminders_sent` makes each reminder go out once, even with
 * several processes.
 */
export class ReminderService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
    private readonly bus: EventBus,
  ) {}

  async run(): Promise<{ yellow: number; red: number }> {
    const settings = await this.settings.current();
    const departments = await this.data.repos.departments.list();
    const now = this.clock.now();
    const sent = { yellow: 0, red: 0 };
    let after: string | null = null;
    for (;;) {
      const batch = await this.data.repos.cases.openWithDeadline(200, after);
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!.id;
      for (const c of batch) {
        const { light } = caseTiming(settings, c, now);
        if (light !== 'yellow' && light !== 'red') continue;
        const users = await this.data.transaction(async (repos) => {
          if (!(await repos.notifications.claimReminder(c.id, c.stepStartedAt!, light, now))) return [];
          const who = light === 'red' ? [...whoActsNext(c), ...overdueEscalation(c)] : whoActsNext(c);
          const to = await usersBehind(repos, who, departments);
          const title = light === 'yellow' ? `即将超时 ${c.caseNo}` : `已超时 ${c.caseNo}`;
          await repos.notifications.insertMany(
            to.map((userId) => ({ userId, kind: `reminder.${light}`, caseId: c.id, title })),
            now,
          );
          return to;
        });
        if (users.length) {
          sent[light]++;
          await this.bus.publish({ type: 'notification', userIds: users, caseId: c.id, at: now });
        }
      }
    }
    return sent;
  }
}
