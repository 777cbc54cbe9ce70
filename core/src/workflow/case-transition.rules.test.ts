/**
 * What each action does to a case, written from the rules in docs/workflow.md: the fields it
 * sets, the counters it moves, and the next step's deadline as a Beijing wall-clock time worked
 * out by hand on the 08:30–12:00 / 13:30–17:30 windows (starts outside working hours on purpose).
 */
import { describe, expect, it } from 'vitest';
import { bj, calendar2025To2026, showBj } from '../time/test-calendars.ts';
import type { TimeLimitTable } from '../time/time-limits.ts';
import type { CaseAction } from './case-actions.ts';
import type { CaseRecord } from './case-record.ts';
import type { CaseLevel, CaseStatus } from './case-states.ts';
import { transition, type TransitionInput } from './case-transition.ts';
import { caseTiming, extendDeadline, openStep, resumeDeadline } from './step-clock.ts';

const w = (amount: number, unit: 'minute' | 'hour' | 'day') => ({ amount, unit, basis: 'working' as const });
const n = (amount: number, unit: 'minute' | 'hour' | 'day') => ({ amount, unit, basis: 'natural' as const });

/** The step table of the rules, written out: not the code's default. */
const LIMITS: TimeLimitTable = {
  steps: {
    verify: w(60, 'minute'),
    file: w(30, 'minute'),
    dispatch: w(30, 'minute'),
    handle: w(1, 'day'),
    check: w(2, 'hour'),
    close: w(30, 'minute'),
  },
  handle: {
    byUrgency: { urgent: { fractionOfNormal: 0.5, min: w(2, 'hour') }, critical: { fixed: n(2, 'hour') } },
    // Open burning: four natural hours, nights and weekends included.
    byItem: { '0501': n(4, 'hour'), '0302': w(3, 'day') },
  },
};
const settings = { limits: LIMITS, calendar: calendar2025To2026() };

function aCase(over: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'case-1',
    caseNo: 'C1',
    status: 'reported',
    channel: 'patrol',
    itemCode: '0101',
    urgency: 'normal',
    level: 'grid',
    description: 'smoke',
    location: { lng: 116.4, lat: 39.9 },
    address: null,
    gridCode: 'g',
    communityCode: 'c',
    streetCode: 's',
    reporterId: 'u-rep',
    reporterContact: null,
    leadDepartmentId: null,
    assistDepartmentIds: [],
    assistDoneIds: [],
    sourceId: null,
    duplicateOf: null,
    resolvedOnSite: false,
    step: null,
    stepStartedAt: null,
    stepDeadlineAt: null,
    stepBasis: null,
    pausedAt: null,
    pendingRequest: null,
    counters: { returned: 0, reworked: 0, extended: 0, suspended: 0, urged: 0 },
    supervisedAt: null,
    evaluation: null,
    version: 3,
    createdAt: bj('2026-03-02 09:00'),
    updatedAt: bj('2026-03-02 09:00'),
    closedAt: null,
    ...over,
  };
}

function act(
  action: CaseAction,
  to: CaseStatus,
  at: string,
  c: CaseRecord,
  payload: Record<string, unknown> = {},
  more: { level?: CaseLevel; actorDepartmentId?: string } = {},
) {
  const input: TransitionInput = {
    action,
    to,
    payload,
    c,
    actorId: 'u-actor',
    actorDepartmentId: more.actorDepartmentId ?? null,
    settings,
    now: bj(at),
    ...(more.level ? { level: more.level } : {}),
  };
  return transition(input);
}

const deadline = (t: { patch: { stepDeadlineAt?: number | null } }) =>
  t.patch.stepDeadlineAt == null ? t.patch.stepDeadlineAt : showBj(t.patch.stepDeadlineAt);

describe('entering the next step: exact deadlines', () => {
  it('verify on a Friday 17:15: 30 working minutes to file run into the make-up Saturday', () => {
    const c = aCase({ status: 'pending_verification' });
    const t = act('verify', 'reported', '2026-02-13 17:15', c, { real: true });
    expect(t.patch).toMatchObject({ status: 'reported', step: 'file', stepBasis: 'working' });
    expect(t.patch.stepStartedAt).toBe(bj('2026-02-13 17:15'));
    expect(deadline(t)).toBe('2026-02-14 08:45');
    expect(t.event).toStrictEqual({ real: true, deadlineMs: bj('2026-02-14 08:45') });
  });

  it('a case found not real stops its clock', () => {
    const t = act('verify', 'rejected', '2026-03-04 10:00', aCase({ status: 'pending_verification' }), {
      real: false,
    });
    expect(t.patch).toMatchObject({
      status: 'rejected',
      step: null,
      stepStartedAt: null,
      stepDeadlineAt: null,
      stepBasis: null,
    });
    expect(t.event).toStrictEqual({ real: false });
  });

  it('file at 11:50: the dispatch limit of 30 working minutes skips lunch', () => {
    const t = act('file', 'filed', '2026-03-06 11:50', aCase(), { urgency: 'urgent' });
    expect(t.patch).toMatchObject({ step: 'dispatch', itemCode: '0101', urgency: 'urgent', level: 'grid' });
    expect(deadline(t)).toBe('2026-03-06 13:50');
    expect(t.event).toMatchObject({ itemCode: '0101', urgency: 'urgent', level: 'grid' });
  });

  it('file may correct the item and the level; the rules decide the level before the payload', () => {
    const t = act('file', 'filed', '2026-03-06 09:00', aCase(), { itemCode: '0302', level: 'street' });
    expect(t.patch).toMatchObject({ itemCode: '0302', urgency: 'normal', level: 'street' });
    const forced = act(
      'file',
      'filed',
      '2026-03-06 09:00',
      aCase(),
      { level: 'street' },
      { level: 'district' },
    );
    expect(forced.patch.level).toBe('district');
    expect(forced.event.level).toBe('district');
  });

  it('dispatch on the make-up Saturday before Spring Festival: one working day ends after the holiday', () => {
    const c = aCase({ status: 'filed' });
    const t = act('dispatch', 'dispatched', '2026-02-14 16:00', c, {
      leadDepartmentId: 'd-eco',
      assistDepartmentIds: ['d-city'],
    });
    expect(t.patch).toMatchObject({
      step: 'handle',
      leadDepartmentId: 'd-eco',
      assistDepartmentIds: ['d-city'],
      assistDoneIds: [],
      pendingRequest: null,
    });
    expect(deadline(t)).toBe('2026-02-24 16:00');
    expect(t.event).toMatchObject({ leadDepartmentId: 'd-eco', assistDepartmentIds: ['d-city'] });
  });

  it('an urgent case gets half a working day rounded up to whole hours (4 h), across lunch', () => {
    const c = aCase({ status: 'filed', urgency: 'urgent' });
    const t = act('dispatch', 'dispatched', '2026-03-04 10:00', c, { leadDepartmentId: 'd-eco' });
    expect(deadline(t)).toBe('2026-03-04 15:30');
    expect(t.patch.stepBasis).toBe('working');
  });

  it('a critical case gets two natural hours, even on a Saturday night', () => {
    const c = aCase({ status: 'filed', urgency: 'critical' });
    const t = act('dispatch', 'dispatched', '2026-03-07 22:00', c, { leadDepartmentId: 'd-eco' });
    expect(deadline(t)).toBe('2026-03-08 00:00');
    expect(t.patch.stepBasis).toBe('natural');
  });

  it("an item's own natural limit (open burning, 4 h) runs through a Friday evening", () => {
    const c = aCase({ status: 'filed', itemCode: '0501' });
    const t = act('dispatch', 'dispatched', '2026-03-06 19:00', c, { leadDepartmentId: 'd-eco' });
    expect(deadline(t)).toBe('2026-03-06 23:00');
  });

  it("an item's own working limit (3 days) counts workdays only", () => {
    const c = aCase({ status: 'filed', itemCode: '0302' });
    const t = act('dispatch', 'dispatched', '2026-03-06 10:00', c, { leadDepartmentId: 'd-eco' });
    expect(deadline(t)).toBe('2026-03-11 10:00');
  });

  it('feedback at 17:00 opens the 2-hour check: due the next morning', () => {
    const c = aCase({
      status: 'dispatched',
      pendingRequest: { kind: 'extension', requestedBy: 'u', requestedAt: 1, reason: 'r' },
    });
    const t = act('feedback', 'pending_check', '2026-03-04 17:00', c, { result: '  fixed ' });
    expect(t.patch).toMatchObject({ step: 'check', pendingRequest: null });
    expect(deadline(t)).toBe('2026-03-05 10:00');
    expect(t.event.result).toBe('fixed');
  });

  it('a failed check sends the case back to handling with a fresh limit, counts rework, clears assists', () => {
    const c = aCase({
      status: 'pending_check',
      leadDepartmentId: 'd-eco',
      assistDepartmentIds: ['d-city'],
      assistDoneIds: ['d-city'],
      counters: { returned: 0, reworked: 1, extended: 0, suspended: 0, urged: 0 },
    });
    const t = act('check', 'dispatched', '2026-03-04 12:30', c, { passed: false, attachmentIds: ['a1'] });
    expect(t.patch).toMatchObject({ step: 'handle', assistDoneIds: [] });
    expect(t.patch.counters).toEqual({ returned: 0, reworked: 2, extended: 0, suspended: 0, urged: 0 });
    // Lunch counts from 13:30: 240 minutes that afternoon, 210 the next morning.
    expect(deadline(t)).toBe('2026-03-05 12:00');
    expect(t.attachments).toEqual({ ids: ['a1'], kind: 'check' });
    expect(t.event.passed).toBe(false);
  });

  it('a passed check opens the 30-minute close step and counts no rework', () => {
    const t = act('check', 'pending_close', '2026-03-04 17:20', aCase({ status: 'pending_check' }), {
      passed: true,
    });
    expect(t.patch).toMatchObject({ step: 'close' });
    expect(t.patch.counters!.reworked).toBe(0);
    expect(t.patch.assistDoneIds).toBeUndefined();
    expect(deadline(t)).toBe('2026-03-05 08:50');
  });

  it('close stamps the time and stops the clock', () => {
    const t = act('close', 'closed', '2026-03-04 09:00', aCase({ status: 'pending_close' }), {
      comment: 'ok',
    });
    expect(t.patch).toMatchObject({ closedAt: bj('2026-03-04 09:00'), step: null, stepDeadlineAt: null });
    expect(t.event).toStrictEqual({ comment: 'ok' });
  });

  it('escalate raises the level to the district and re-opens filing', () => {
    const t = act('escalate', 'filed', '2026-03-04 09:00', aCase({ status: 'dispatched', level: 'street' }));
    expect(t.patch).toMatchObject({ level: 'district', step: 'dispatch' });
    expect(t.event.level).toBe('district');
    expect(deadline(t)).toBe('2026-03-04 09:30');
  });

  it('a date the calendar does not know is flagged on the event', () => {
    const t = act('verify', 'reported', '2027-03-03 10:00', aCase({ status: 'pending_verification' }), {
      real: true,
    });
    expect(t.event.calendarFallback).toBe(true);
    const known = act('verify', 'reported', '2026-03-04 10:00', aCase({ status: 'pending_verification' }), {
      real: true,
    });
    expect(known.event).not.toHaveProperty('calendarFallback');
  });
});

describe('requests, extensions and suspensions', () => {
  const handling = (over: Partial<CaseRecord> = {}) =>
    aCase({
      status: 'dispatched',
      leadDepartmentId: 'd-eco',
      step: 'handle',
      stepStartedAt: bj('2026-03-03 11:00'),
      stepDeadlineAt: bj('2026-03-04 11:00'),
      stepBasis: 'working',
      ...over,
    });

  it('a request records who asked, when, why and for how long, and leaves the clock alone', () => {
    const t = act('request_extension', 'dispatched', '2026-03-03 15:00', handling(), {
      reason: 'needs a crane',
      extra: { amount: 2, unit: 'hour' },
    });
    expect(t.patch.pendingRequest).toEqual({
      kind: 'extension',
      requestedBy: 'u-actor',
      requestedAt: bj('2026-03-03 15:00'),
      reason: 'needs a crane',
      extra: { amount: 2, unit: 'hour' },
    });
    expect(t.patch).not.toHaveProperty('stepDeadlineAt');
    expect(t.patch).not.toHaveProperty('step');
    expect(t.event).toStrictEqual({ reason: 'needs a crane', extra: { amount: 2, unit: 'hour' } });
  });

  it('a suspension request takes its reason from the note when no reason is given', () => {
    const t = act('request_suspension', 'dispatched', '2026-03-03 15:00', handling(), {
      reason: '   ',
      note: 'court order',
      extra: { amount: 2, unit: 'hour' },
    });
    expect(t.patch.pendingRequest).toEqual({
      kind: 'suspension',
      requestedBy: 'u-actor',
      requestedAt: bj('2026-03-03 15:00'),
      reason: 'court order',
    });
  });

  it('an approved 2-hour extension moves an 11:00 deadline to 14:30 (lunch is not working time)', () => {
    const c = handling({
      pendingRequest: {
        kind: 'extension',
        requestedBy: 'u',
        requestedAt: bj('2026-03-03 15:00'),
        reason: 'r',
        extra: { amount: 2, unit: 'hour' },
      },
      counters: { returned: 0, reworked: 0, extended: 1, suspended: 0, urged: 0 },
    });
    const t = act('approve_extension', 'dispatched', '2026-03-03 16:00', c);
    expect(showBj(t.patch.stepDeadlineAt!)).toBe('2026-03-04 14:30');
    expect(t.patch.pendingRequest).toBeNull();
    expect(t.patch.counters!.extended).toBe(2);
    expect(t.event).toStrictEqual({
      extra: { amount: 2, unit: 'hour' },
      deadlineMs: bj('2026-03-04 14:30'),
      previousDeadlineMs: bj('2026-03-04 11:00'),
    });
  });

  it('an extension of a natural-time step is granted in natural time', () => {
    const c = handling({
      stepDeadlineAt: bj('2026-03-06 23:00'),
      stepBasis: 'natural',
      pendingRequest: {
        kind: 'extension',
        requestedBy: 'u',
        requestedAt: 1,
        reason: 'r',
        extra: { amount: 2, unit: 'hour' },
      },
    });
    expect(showBj(act('approve_extension', 'dispatched', '2026-03-06 20:00', c).patch.stepDeadlineAt!)).toBe(
      '2026-03-07 01:00',
    );
  });

  it('a one-day extension from Friday 10:00 before a make-up Saturday lands on that Saturday', () => {
    const c = handling({
      stepDeadlineAt: bj('2026-02-13 10:00'),
      pendingRequest: {
        kind: 'extension',
        requestedBy: 'u',
        requestedAt: 1,
        reason: 'r',
        extra: { amount: 1, unit: 'day' },
      },
    });
    expect(showBj(act('approve_extension', 'dispatched', '2026-02-13 09:00', c).patch.stepDeadlineAt!)).toBe(
      '2026-02-14 10:00',
    );
  });

  it('approving an extension nobody asked for, or a suspension request as one, is refused', () => {
    expect(() => act('approve_extension', 'dispatched', '2026-03-03 16:00', handling())).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION', message: 'No extension request is pending' }),
    );
    const suspension = handling({
      pendingRequest: { kind: 'suspension', requestedBy: 'u', requestedAt: 1, reason: 'r' },
    });
    expect(() => act('approve_extension', 'dispatched', '2026-03-03 16:00', suspension)).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
    const noClock = handling({
      stepDeadlineAt: null,
      pendingRequest: {
        kind: 'extension',
        requestedBy: 'u',
        requestedAt: 1,
        reason: 'r',
        extra: { amount: 1, unit: 'hour' },
      },
    });
    expect(() => act('approve_extension', 'dispatched', '2026-03-03 16:00', noClock)).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });

  it('a denial clears the request and nothing else', () => {
    const pending = { kind: 'suspension' as const, requestedBy: 'u', requestedAt: 1, reason: 'r' };
    for (const action of ['deny_extension', 'deny_suspension'] as const) {
      const t = act(action, 'dispatched', '2026-03-03 16:00', handling({ pendingRequest: pending }), {
        reason: 'no',
      });
      expect(t.patch.pendingRequest).toBeNull();
      expect(t.patch).not.toHaveProperty('stepDeadlineAt');
      expect(t.event).toStrictEqual({ reason: 'no' });
    }
  });

  it('an approved suspension stops the clock at that moment and counts', () => {
    const c = handling({
      pendingRequest: { kind: 'suspension', requestedBy: 'u', requestedAt: 1, reason: 'r' },
    });
    const t = act('approve_suspension', 'suspended', '2026-03-05 16:30', c);
    expect(t.patch).toMatchObject({
      status: 'suspended',
      pausedAt: bj('2026-03-05 16:30'),
      pendingRequest: null,
    });
    expect(t.patch.counters!.suspended).toBe(1);
    expect(t.patch).not.toHaveProperty('stepDeadlineAt');
  });

  it('resume after Thursday 16:30 to Monday 09:30 moves a Friday 10:00 deadline by 570 working minutes', () => {
    const c = handling({
      status: 'suspended',
      stepDeadlineAt: bj('2026-03-06 10:00'),
      pausedAt: bj('2026-03-05 16:30'),
    });
    const t = act('resume', 'dispatched', '2026-03-09 09:30', c);
    expect(showBj(t.patch.stepDeadlineAt!)).toBe('2026-03-09 12:00');
    expect(t.patch.pausedAt).toBeNull();
    expect(t.event).toStrictEqual({ pausedFrom: bj('2026-03-05 16:30'), deadlineMs: bj('2026-03-09 12:00') });
  });

  it('resuming a case that is not paused is refused', () => {
    expect(() => act('resume', 'dispatched', '2026-03-09 09:30', handling({ status: 'suspended' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION', message: 'The case is not suspended' }),
    );
    const noClock = handling({ status: 'suspended', pausedAt: bj('2026-03-05 16:30'), stepDeadlineAt: null });
    expect(() => act('resume', 'dispatched', '2026-03-09 09:30', noClock)).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });
});

describe('the other actions', () => {
  it('return counts, forgets the departments and reopens dispatch', () => {
    const c = aCase({
      status: 'dispatched',
      leadDepartmentId: 'd-eco',
      assistDepartmentIds: ['d-city'],
      assistDoneIds: ['d-city'],
      pendingRequest: { kind: 'suspension', requestedBy: 'u', requestedAt: 1, reason: 'r' },
      counters: { returned: 2, reworked: 0, extended: 0, suspended: 0, urged: 0 },
    });
    const t = act('return', 'filed', '2026-03-04 17:45', c, { reason: 'not ours' });
    expect(t.patch).toMatchObject({
      leadDepartmentId: null,
      assistDepartmentIds: [],
      assistDoneIds: [],
      pendingRequest: null,
      step: 'dispatch',
    });
    expect(t.patch.counters).toEqual({ returned: 3, reworked: 0, extended: 0, suspended: 0, urged: 0 });
    expect(t.event).toMatchObject({ reason: 'not ours', leadDepartmentId: 'd-eco' });
    expect(deadline(t)).toBe('2026-03-05 09:00');
  });

  it('void may name the case it duplicates', () => {
    const dup = act('void', 'voided', '2026-03-04 09:00', aCase(), { duplicateOf: 'case-0', reason: 'dup' });
    expect(dup.patch.duplicateOf).toBe('case-0');
    expect(dup.event).toStrictEqual({ reason: 'dup', duplicateOf: 'case-0' });
    const plain = act('void', 'voided', '2026-03-04 09:00', aCase(), { reason: 'test' });
    expect(plain.patch).not.toHaveProperty('duplicateOf');
    // Only void records a duplicate; a rejection ignores the field.
    const rejected = act('reject', 'rejected', '2026-03-04 09:00', aCase(), { duplicateOf: 'case-0' });
    expect(rejected.patch).not.toHaveProperty('duplicateOf');
    // Both end the case: the filing clock stops.
    const filing = aCase({ step: 'file', stepStartedAt: 1, stepDeadlineAt: 2, stepBasis: 'working' });
    for (const [action, to] of [
      ['reject', 'rejected'],
      ['void', 'voided'],
    ] as const)
      expect(act(action, to, '2026-03-04 09:00', filing).patch).toMatchObject({
        step: null,
        stepStartedAt: null,
        stepDeadlineAt: null,
        stepBasis: null,
      });
  });

  it("assist feedback marks the acting department done once, keeping the others'", () => {
    const c = aCase({ status: 'dispatched', assistDepartmentIds: ['d-a', 'd-b'], assistDoneIds: ['d-a'] });
    const t = act('assist_feedback', 'dispatched', '2026-03-04 09:00', c, {}, { actorDepartmentId: 'd-b' });
    expect(t.patch.assistDoneIds).toEqual(['d-a', 'd-b']);
    expect(t.event.departmentId).toBe('d-b');
    const again = act(
      'assist_feedback',
      'dispatched',
      '2026-03-04 09:00',
      aCase({ ...c, assistDoneIds: ['d-a', 'd-b'] }),
      {},
      { actorDepartmentId: 'd-b' },
    );
    expect(again.patch.assistDoneIds).toEqual(['d-a', 'd-b']);
  });

  it('urge counts; supervise stamps; comment and evaluate leave the clock alone', () => {
    const c = aCase({ status: 'dispatched', stepDeadlineAt: bj('2026-03-05 10:00') });
    const urged = act('urge', 'dispatched', '2026-03-04 09:00', c, { note: 'hurry' });
    expect(urged.patch.counters!.urged).toBe(1);
    expect(urged.event).toStrictEqual({ note: 'hurry' });
    const sup = act('supervise', 'dispatched', '2026-03-04 09:05', c);
    expect(sup.patch.supervisedAt).toBe(bj('2026-03-04 09:05'));
    const closed = aCase({ status: 'closed' });
    const ev = act('evaluate', 'closed', '2026-03-04 09:10', closed, { rating: 4, comment: 'good' });
    expect(ev.event).toStrictEqual({ rating: 4, comment: 'good' });
    for (const t of [urged, sup, ev, act('comment', 'dispatched', '2026-03-04 09:00', c, { comment: 'x' })])
      expect(Object.keys(t.patch).filter((k) => k.startsWith('step'))).toEqual([]);
  });

  it('texts are trimmed and blank ones dropped; photos are tagged with the action', () => {
    const t = act('urge', 'dispatched', '2026-03-04 09:00', aCase({ status: 'dispatched' }), {
      note: '  a note ',
      reason: '   ',
      result: 7,
      missingPartsReason: ' parts ',
      attachmentIds: ['p1', 'p2'],
    });
    expect(t.event).toStrictEqual({ note: 'a note', missingPartsReason: 'parts' });
    expect(t.attachments).toEqual({ ids: ['p1', 'p2'], kind: 'urge' });
    expect(act('comment', 'reported', '2026-03-04 09:00', aCase()).attachments).toEqual({
      ids: [],
      kind: 'comment',
    });
  });

  it('every action writes the new status and time, and never changes the case it was given', () => {
    const c = aCase({ status: 'dispatched' });
    const before = structuredClone(c);
    const t = act('urge', 'dispatched', '2026-03-04 09:00', c);
    expect(t.patch).toMatchObject({ status: 'dispatched', updatedAt: bj('2026-03-04 09:00') });
    expect(c).toEqual(before);
  });
});

describe('the step clock on its own', () => {
  it('a status without a timed step opens no clock', () => {
    expect(
      openStep(settings, 'closed', { itemCode: '0101', urgency: 'normal' }, bj('2026-03-04 09:00')),
    ).toEqual({
      step: null,
      stepStartedAt: null,
      stepDeadlineAt: null,
      stepBasis: null,
      usedFallback: false,
    });
  });

  it('an extension asked in working time on a step with no basis counts working time', () => {
    const ms = extendDeadline(
      settings,
      { stepDeadlineAt: bj('2026-03-04 17:00'), stepBasis: null },
      w(1, 'hour'),
    );
    expect(showBj(ms)).toBe('2026-03-05 09:00');
  });

  it('resume of a natural-time step adds the paused clock time', () => {
    const ms = resumeDeadline(
      settings,
      { stepDeadlineAt: bj('2026-03-06 23:00'), stepBasis: 'natural', pausedAt: bj('2026-03-06 20:00') },
      bj('2026-03-07 02:30'),
    );
    expect(showBj(ms)).toBe('2026-03-07 05:30');
  });

  it('timing: green, yellow from 80 %, red past the deadline, frozen while suspended', () => {
    const c = {
      stepStartedAt: bj('2026-03-04 08:30'),
      stepDeadlineAt: bj('2026-03-05 08:30'),
      stepBasis: 'working' as const,
      pausedAt: null,
    };
    expect(caseTiming(settings, c, bj('2026-03-04 12:00'))).toEqual({
      light: 'green',
      overdue: false,
      remainingMs: 240 * 60_000,
      calendarFallback: false,
    });
    // 360 of 450 working minutes (210 in the morning, 150 after lunch) is exactly 80 %.
    expect(caseTiming(settings, c, bj('2026-03-04 16:00')).light).toBe('yellow');
    expect(caseTiming(settings, c, bj('2026-03-04 15:59')).light).toBe('green');
    expect(caseTiming(settings, c, bj('2026-03-05 09:30'))).toMatchObject({
      light: 'red',
      overdue: true,
      remainingMs: -60 * 60_000,
    });
    const paused = { ...c, pausedAt: bj('2026-03-04 12:00') };
    expect(caseTiming(settings, paused, bj('2026-03-06 12:00'))).toMatchObject({
      light: 'green',
      overdue: false,
      remainingMs: 240 * 60_000,
    });
    expect(caseTiming(settings, { ...c, stepDeadlineAt: null }, bj('2026-03-04 12:00'))).toEqual({
      light: null,
      overdue: false,
      remainingMs: null,
      calendarFallback: false,
    });
  });
});
