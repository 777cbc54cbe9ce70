import {
  CONSULTATION_ESCALATE_AFTER,
  consultationRecipients,
  durationMinutes,
  needsConsultationEscalation,
  type Clock,
} from '@envgrid/core';
import type { DataAccess, Repos } from '../../db/repos.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import type { WorkSettingsService } from '../settings/work-settings.service.ts';
import { publishConsultationNotices, writeConsultationNotices } from './consultation-notices.ts';
import type { ConsultationRecord } from './consultation.record.ts';

/** Consultations claimed per statement. */
const PAGE = 100;

/**
 * The job behind the reply limit (every minute, on the leader process): an unanswered
 * consultation past its deadline reminds the grid's officers once (the sub-center when the grid
 * has none); past the second limit it is escalated once to the street's sub-center. Each is
 * claimed by one `update … where reminded_at|escalated_at is null … returning`, in the same
 * transaction as its inbox entries, so two processes never send the same one twice.
 */
export class ConsultationReminderService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
    private readonly bus: EventBus,
  ) {}

  async run(): Promise<{ reminded: string[]; escalated: string[] }> {
    const now = this.clock.now();
    const { calendar } = await this.settings.current();
    const reminded: string[] = [];
    for (;;) {
      const { claimed, notified } = await this.data.transaction(async (repos) => {
        const batch = await repos.consultations.claimReminders(now, PAGE);
        return { claimed: batch, notified: await this.notify(repos, batch, now, 'remind') };
      });
      reminded.push(...claimed.map((c) => c.id));
      await publishConsultationNotices(this.bus, now, notified);
      if (claimed.length < PAGE) break;
    }

    // Working time never runs faster than the clock: a deadline later than this cannot be due.
    const bound = now - durationMinutes(CONSULTATION_ESCALATE_AFTER, calendar.workingMinutesPerDay) * 60_000;
    const escalated: string[] = [];
    let after: { deadline: number; id: string } | undefined;
    for (;;) {
      const candidates = await this.data.repos.consultations.escalationCandidates(bound, PAGE, after);
      if (candidates.length === 0) break;
      const last = candidates[candidates.length - 1]!;
      after = { deadline: last.replyDeadlineAt, id: last.id };
      const due = candidates.filter((c) => needsConsultationEscalation(calendar, c, now)).map((c) => c.id);
      if (due.length === 0) break;
      const { claimed, notified } = await this.data.transaction(async (repos) => {
        const batch = await repos.consultations.claimEscalations(due, now);
        return { claimed: batch, notified: await this.notify(repos, batch, now, 'escalate') };
      });
      escalated.push(...claimed.map((c) => c.id));
      await publishConsultationNotices(this.bus, now, notified);
      // The escalation time grows with the deadline: after the first one not due, none is.
      if (due.length < candidates.length) break;
    }
    return { reminded, escalated };
  }

  /** Inbox entries for each claimed consultation; the users told, for the live event after commit. */
  private async notify(
    repos: Repos,
    batch: ConsultationRecord[],
    now: number,
    what: 'remind' | 'escalate',
  ): Promise<string[]> {
    if (batch.length === 0) return [];
    const officers = await repos.consultations.currentOfficers(batch.map((c) => c.gridCode));
    const subcenters = new Map<string, string[]>();
    const subcentersOf = async (street: string) => {
      if (!subcenters.has(street))
        subcenters.set(street, await repos.users.idsWith('subcenter', { kind: 'street', code: street }));
      return subcenters.get(street)!;
    };
    const told: string[] = [];
    for (const c of batch) {
      const to =
        what === 'escalate'
          ? await subcentersOf(c.streetCode)
          : consultationRecipients(
              officers.get(c.gridCode) ?? [],
              officers.get(c.gridCode)?.length ? [] : await subcentersOf(c.streetCode),
            );
      await writeConsultationNotices(repos, now, to, c, `consultation.${what}`);
      told.push(...to);
    }
    return [...new Set(told)];
  }
}
