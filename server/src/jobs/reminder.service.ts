import {
  addLocalDays,
  caseTiming,
  fromLocal,
  overdueEscalation,
  whoActsNext,
  type Clock,
  type TimeSpan,
  type WorkCalendar,
} from '@envgrid/core';
import type { DataAccess } from '../db/repos.ts';
import type { DueStepsQuery, TimePiece } from '../modules/cases/case-due-query.ts';
import { usersBehind } from '../modules/cases/case-notifier.ts';
import type { DepartmentDirectory } from '../modules/departments/department-directory.ts';
import type { WorkSettingsService } from '../modules/settings/work-settings.service.ts';
import type { EventBus } from '../realtime/event-bus.ts';

/** Cases read per query. */
const PAGE = 200;

/**
 * How many days each side of now the working-time bounds follow the calendar exactly. Beyond,
 * natural time bounds them (never too few steps read; only steps of longer limits read earlier).
 */
const EXACT_DAYS = 14;

/**
 * The working time on each side of `now` as functions the database can evaluate on a step's start
 * and deadline (see DueStepsQuery): exact within EXACT_DAYS, from the calendar's work spans.
 */
export function dueStepBounds(
  calendar: WorkCalendar,
  now: number,
): Pick<DueStepsQuery, 'workedSince' | 'workLeftUntil'> {
  const today = calendar.localDateOf(now);
  const before: TimeSpan[] = [];
  const after: TimeSpan[] = [];
  for (let i = 0; i <= EXACT_DAYS; i++) {
    for (const s of [...calendar.workSpans(addLocalDays(today, -i))].reverse())
      if (s.startMs < now) before.push({ startMs: s.startMs, endMs: Math.min(s.endMs, now) });
    for (const s of calendar.workSpans(addLocalDays(today, i)))
      if (s.endMs > now) after.push({ startMs: Math.max(s.startMs, now), endMs: s.endMs });
  }

  // Worked since a start, built from now backwards: spans latest first.
  const worked: TimePiece[] = [];
  let sum = 0;
  for (const s of before) {
    worked.push({ from: s.endMs, base: sum, slope: 0 });
    worked.push({ from: s.startMs, base: sum + s.endMs, slope: -1 });
    sum += s.endMs - s.startMs;
  }
  const horizon = fromLocal(calendar.timeZone, addLocalDays(today, -EXACT_DAYS), 0);
  worked.push({ from: horizon, base: sum, slope: 0 });
  // Before the horizon: as if every moment there were working time.
  worked.push({ from: horizon, base: sum + horizon, slope: -1 });

  // Left until a deadline, built from now onwards; after the last span it stays at least the sum.
  const left: TimePiece[] = [{ from: now, base: 0, slope: 0 }];
  sum = 0;
  for (const s of after) {
    left.push({ from: s.startMs, base: sum - s.startMs, slope: 1 });
    sum += s.endMs - s.startMs;
    left.push({ from: s.endMs, base: sum, slope: 0 });
  }
  return { workedSince: worked.reverse(), workLeftUntil: left };
}

/**
 * Sends one reminder when a step turns yellow (to whoever must act) and one when it turns red
 * (escalated to the district dispatchers, the street sub-center and the leaders). Lights are
 * derived from deadlines each run; the database hands over only steps that may be due and still
 * wait for that reminder, and `reminders_sent` makes each reminder go out once, even with several
 * processes.
 */
export class ReminderService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
    private readonly bus: EventBus,
    private readonly departments: DepartmentDirectory,
  ) {}

  async run(): Promise<{ yellow: number; red: number }> {
    const settings = await this.settings.current();
    const departments = await this.departments.list();
    const now = this.clock.now();
    const bounds = dueStepBounds(settings.calendar, now);
    const sent = { yellow: 0, red: 0 };
    let after: DueStepsQuery['after'];
    for (;;) {
      const batch = await this.data.repos.cases.dueSteps({ now, ...bounds, after, limit: PAGE });
      if (batch.length === 0) break;
      const last = batch[batch.length - 1]!;
      after = { deadlineAt: last.stepDeadlineAt!, id: last.id };
      for (const c of batch) {
        // The exact rule: the database's bounds may let a step through early, never late.
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
