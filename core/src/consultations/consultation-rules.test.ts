import { describe, expect, it } from 'vitest';
import type { Actor } from '../permissions.ts';
import type { Role, Scope } from '../roles.ts';
import { bj, calendar2025To2026 } from '../time/test-calendars.ts';
import { createWorkCalendar } from '../time/work-calendar.ts';
import {
  canSeeConsultation,
  consultationAbilities,
  consultationEscalationAt,
  consultationReach,
  consultationRecipients,
  consultationReplier,
  consultationReplyDeadline,
  isConsultationOverdue,
  mayAskInStreet,
  needsConsultationEscalation,
  needsConsultationReminder,
  replyAnswers,
  type ConsultationView,
} from './consultation-rules.ts';

const actor = (id: string, roles: Role[], scope: Scope): Actor => ({
  id,
  username: id,
  displayName: id,
  roles,
  scope,
});
const street = (code: string): Scope => ({ kind: 'street', code });
const district: Scope = { kind: 'district', code: '110101' };

const sup = actor('sup', ['supervisor'], street('110101001'));
const otherSup = actor('sup2', ['supervisor'], street('110101001'));
const officer = actor('off', ['officer'], street('110101001'));
const formerOfficer = actor('off-old', ['officer'], street('110101001'));
const otherStreetOfficer = actor('off2', ['officer'], street('110101002'));
const sub = actor('sub1', ['subcenter'], street('110101001'));
const sub2 = actor('sub2', ['subcenter'], street('110101002'));
const center = actor('center', ['intake', 'dispatcher'], district);
const auditor = actor('aud', ['auditor'], district);
const handler = actor('hbj', ['handler'], { kind: 'department', code: 'hbj' });

const view: ConsultationView = { askerId: 'sup', streetCode: '110101001', gridOfficerIds: ['off'] };

describe('reply deadline (2 working hours) and escalation (2 more)', () => {
  const weekdays = createWorkCalendar();

  it('runs inside one morning', () => {
    expect(consultationReplyDeadline(weekdays, bj('2026-03-02 09:00')).deadlineMs).toBe(
      bj('2026-03-02 11:00'),
    );
    // 11:00 → 12:00 is one hour, the lunch break does not count, 13:30 → 14:30 the second.
    expect(consultationEscalationAt(weekdays, bj('2026-03-02 11:00'))).toBe(bj('2026-03-02 14:30'));
  });

  it('skips the lunch break', () => {
    expect(consultationReplyDeadline(weekdays, bj('2026-03-02 11:15')).deadlineMs).toBe(
      bj('2026-03-02 14:45'),
    );
  });

  it('waits over the weekend for a question asked at Friday closing time', () => {
    expect(consultationReplyDeadline(weekdays, bj('2026-03-06 17:30')).deadlineMs).toBe(
      bj('2026-03-09 10:30'),
    );
    expect(consultationReplyDeadline(weekdays, bj('2026-03-07 20:00')).deadlineMs).toBe(
      bj('2026-03-09 10:30'),
    );
    expect(consultationEscalationAt(weekdays, bj('2026-03-09 10:30'))).toBe(bj('2026-03-09 14:00'));
  });

  it('follows the holiday calendar: make-up Saturday counts, Spring Festival does not', () => {
    const cal = calendar2025To2026();
    // Friday 13 Feb 17:00: half an hour that day, then Saturday 14 Feb is a make-up workday.
    expect(consultationReplyDeadline(cal, bj('2026-02-13 17:00')).deadlineMs).toBe(bj('2026-02-14 10:00'));
    // Saturday 14 Feb 16:30: one hour that day, then the festival until Tuesday 24 Feb.
    expect(consultationReplyDeadline(cal, bj('2026-02-14 16:30')).deadlineMs).toBe(bj('2026-02-24 09:30'));
  });

  it('is overdue only after the deadline, and stays so when answered late', () => {
    const c = { replyDeadlineAt: bj('2026-03-02 11:00'), firstReplyAt: null };
    expect(isConsultationOverdue(c, bj('2026-03-02 11:00'))).toBe(false);
    expect(isConsultationOverdue(c, bj('2026-03-02 11:01'))).toBe(true);
    expect(
      isConsultationOverdue({ ...c, firstReplyAt: bj('2026-03-02 10:59') }, bj('2026-03-03 09:00')),
    ).toBe(false);
    expect(
      isConsultationOverdue({ ...c, firstReplyAt: bj('2026-03-02 11:30') }, bj('2026-03-02 11:30')),
    ).toBe(true);
  });

  it('reminds once past the deadline and escalates once past the second limit', () => {
    const c = {
      replyDeadlineAt: bj('2026-03-02 11:00'),
      firstReplyAt: null as number | null,
      remindedAt: null as number | null,
      escalatedAt: null as number | null,
    };
    expect(needsConsultationReminder(c, bj('2026-03-02 11:00'))).toBe(false);
    expect(needsConsultationReminder(c, bj('2026-03-02 11:01'))).toBe(true);
    expect(needsConsultationReminder({ ...c, remindedAt: 1 }, bj('2026-03-02 11:01'))).toBe(false);
    expect(needsConsultationReminder({ ...c, firstReplyAt: 1 }, bj('2026-03-02 11:01'))).toBe(false);
    expect(needsConsultationEscalation(weekdays, c, bj('2026-03-02 14:29'))).toBe(false);
    expect(needsConsultationEscalation(weekdays, c, bj('2026-03-02 14:30'))).toBe(true);
    expect(needsConsultationEscalation(weekdays, { ...c, escalatedAt: 1 }, bj('2026-03-02 15:00'))).toBe(
      false,
    );
    expect(needsConsultationEscalation(weekdays, { ...c, firstReplyAt: 1 }, bj('2026-03-02 15:00'))).toBe(
      false,
    );
  });
});

describe('who sees and who replies', () => {
  it('shows a consultation to its asker, the grid’s officers, the street’s sub-center and district staff', () => {
    const seeing = [
      sup,
      otherSup,
      officer,
      formerOfficer,
      otherStreetOfficer,
      sub,
      sub2,
      center,
      auditor,
      handler,
    ]
      .filter((a) => canSeeConsultation(a, view))
      .map((a) => a.id);
    expect(seeing).toEqual(['sup', 'off', 'sub1', 'center', 'aud']);
  });

  it('lets the grid’s officers and the sub-center answer, and the asker follow up', () => {
    expect(consultationReplier(officer, view)).toBe('officer');
    expect(consultationReplier(sub, view)).toBe('subcenter');
    expect(consultationReplier(sup, view)).toBe('asker');
    for (const a of [otherSup, formerOfficer, otherStreetOfficer, sub2, center, auditor, handler])
      expect(consultationReplier(a, view)).toBeNull();
    expect([officer, sub, sup].map((a) => replyAnswers(consultationReplier(a, view)!))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('needs the officer role, not only an assignment row', () => {
    const renamed = actor('off', ['supervisor'], street('110101001'));
    expect(consultationReplier(renamed, view)).toBeNull();
    expect(canSeeConsultation(renamed, view)).toBe(false);
  });

  it('offers reply exactly to those who may reply', () => {
    expect(consultationAbilities(officer, view)).toEqual(['reply']);
    expect(consultationAbilities(sup, view)).toEqual(['reply']);
    expect(consultationAbilities(center, view)).toEqual([]);
    expect(consultationAbilities(otherStreetOfficer, view)).toEqual([]);
  });

  it('reaches lists as the union of the same scopes', () => {
    expect(consultationReach(sup)).toEqual({ all: false, askerId: 'sup', officerId: null, streetCode: null });
    expect(consultationReach(officer)).toEqual({
      all: false,
      askerId: 'off',
      officerId: 'off',
      streetCode: null,
    });
    expect(consultationReach(sub)).toEqual({
      all: false,
      askerId: 'sub1',
      officerId: null,
      streetCode: '110101001',
    });
    expect(consultationReach(auditor)).toMatchObject({ all: true });
    expect(consultationReach(handler)).toEqual({
      all: false,
      askerId: 'hbj',
      officerId: null,
      streetCode: null,
    });
  });

  it('keeps a street-scoped asker in their street', () => {
    expect(mayAskInStreet(sup, '110101001')).toBe(true);
    expect(mayAskInStreet(sup, '110101002')).toBe(false);
    expect(mayAskInStreet(auditor, '110101002')).toBe(true);
  });

  it('sends a question to the officers, or to the sub-center when the grid has none', () => {
    expect(consultationRecipients(['off', 'off'], ['sub1'])).toEqual(['off']);
    expect(consultationRecipients([], ['sub1', 'sub1b'])).toEqual(['sub1', 'sub1b']);
    expect(consultationRecipients([], [])).toEqual([]);
  });
});
