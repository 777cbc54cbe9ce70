import { describe, expect, it } from 'vitest';
import type { CaseEventAction } from './case-actions.ts';
import type { CaseLevel, CaseStatus } from './case-states.ts';
import { evaluateCase, type EvaluationEvent } from './evaluation.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2025, 5, 2, 1, 0); // a Monday, 09:00 in Beijing

/** A stand-in clock: half of natural time counts as working time. */
const workingMs = (from: number, to: number) => (to - from) / 2;
const opts = (level: CaseLevel = 'district') => ({ workingMs, level });

/** Builds an event list: each entry is [action, minutes after T0, to status, extra]. */
function events(
  list: Array<[CaseEventAction, number, CaseStatus, Partial<EvaluationEvent>?]>,
): EvaluationEvent[] {
  let from: CaseStatus | null = null;
  return list.map(([action, minutes, toStatus, extra]) => {
    const e: EvaluationEvent = { action, at: T0 + minutes * MIN, fromStatus: from, toStatus, ...extra };
    from = toStatus;
    return e;
  });
}
const due = (minutes: number) => ({ deadlineMs: T0 + minutes * MIN });

/** The usual patrol case: report → file → dispatch → feedback → check → close. */
const happy = events([
  ['report', 0, 'reported', due(30)],
  ['file', 10, 'filed', due(40)],
  ['dispatch', 20, 'dispatched', due(5 * 24 * 60)],
  ['feedback', 24 * 60, 'pending_check', due(26 * 60)],
  ['check', 25 * 60, 'pending_close', due(25 * 60 + 30)],
  ['close', 25 * 60 + 10, 'closed'],
]);

describe('evaluateCase', () => {
  it('flags every step taken on time; verify not taken is null', () => {
    const ev = evaluateCase(happy, opts('street'));
    expect(ev.onTime).toEqual({
      verify: null,
      file: true,
      dispatch: true,
      handle: true,
      check: true,
      close: true,
    });
    expect(ev.allOnTime).toBe(true);
    expect(ev.steps.handle).toEqual({
      onTime: true,
      completions: 1,
      lateCompletions: 0,
      completedAt: T0 + DAY,
      deadlineMs: T0 + 5 * DAY,
    });
    expect(ev.elapsedMs).toBe(25 * HOUR + 10 * MIN);
    expect(ev.workingMs).toBe(ev.elapsedMs / 2);
    expect(ev.activeWorkingMs).toBe(ev.workingMs);
    expect(ev).toMatchObject({
      returns: 0,
      reworks: 0,
      extensions: 0,
      suspensions: 0,
      reportedAt: T0,
      closedAt: T0 + 25 * HOUR + 10 * MIN,
      level: 'street',
      grassroots: true,
      rating: null,
      supervised: false,
    });
  });

  it('is not grassroots at district level', () => {
    expect(evaluateCase(happy, opts('district')).grassroots).toBe(false);
    expect(evaluateCase(happy, opts('grid')).grassroots).toBe(true);
  });

  it('judges a completion exactly at the deadline on time, one ms later late', () => {
    const exact = happy.map((e) => (e.action === 'file' ? { ...e, at: T0 + 30 * MIN } : e));
    expect(evaluateCase(exact, opts()).onTime.file).toBe(true);
    const late = happy.map((e) => (e.action === 'file' ? { ...e, at: T0 + 30 * MIN + 1 } : e));
    const ev = evaluateCase(late, opts());
    expect(ev.onTime.file).toBe(false);
    expect(ev.allOnTime).toBe(false);
  });

  it('a hotline report opens verification', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'pending_verification', due(60)],
        ['verify', 90, 'reported', due(120)],
        ['file', 100, 'filed', due(130)],
        ['dispatch', 110, 'dispatched', due(600)],
        ['feedback', 300, 'pending_check', due(420)],
        ['check', 400, 'pending_close', due(430)],
        ['close', 420, 'closed'],
      ]),
      opts(),
    );
    expect(ev.onTime).toMatchObject({ verify: false, file: true, dispatch: true, handle: true });
  });

  it('a return reopens dispatch and counts; every dispatch must be on time', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['file', 10, 'filed', due(40)],
        ['dispatch', 20, 'dispatched', due(2000)],
        ['return', 60, 'filed', due(90)],
        ['dispatch', 120, 'dispatched', due(2000)],
        ['feedback', 1000, 'pending_check', due(1200)],
        ['check', 1100, 'pending_close', due(1130)],
        ['close', 1110, 'closed'],
      ]),
      opts(),
    );
    expect(ev.returns).toBe(1);
    expect(ev.steps.dispatch).toMatchObject({ onTime: false, completions: 2, lateCompletions: 1 });
    expect(ev.onTime.handle).toBe(true);
  });

  it('an approved extension moves the handling deadline; a denied one does not', () => {
    const base: Array<[CaseEventAction, number, CaseStatus, Partial<EvaluationEvent>?]> = [
      ['report', 0, 'reported', due(30)],
      ['file', 10, 'filed', due(40)],
      ['dispatch', 20, 'dispatched', due(600)],
      ['request_extension', 300, 'dispatched'],
    ];
    const tail: Array<[CaseEventAction, number, CaseStatus, Partial<EvaluationEvent>?]> = [
      ['feedback', 900, 'pending_check', due(1000)],
      ['check', 950, 'pending_close', due(980)],
      ['close', 960, 'closed'],
    ];
    const approved = evaluateCase(
      events([...base, ['approve_extension', 310, 'dispatched', due(1200)], ...tail]),
      opts(),
    );
    expect(approved).toMatchObject({ extensions: 1, extensionRequests: 1 });
    expect(approved.onTime.handle).toBe(true);
    expect(approved.steps.handle?.deadlineMs).toBe(T0 + 1200 * MIN);
    const denied = evaluateCase(events([...base, ['deny_extension', 310, 'dispatched'], ...tail]), opts());
    expect(denied).toMatchObject({ extensions: 0, extensionRequests: 1 });
    expect(denied.onTime.handle).toBe(false);
  });

  it('suspension stops the clock: counted, its working time kept apart, the resumed deadline used', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['file', 10, 'filed', due(40)],
        ['dispatch', 20, 'dispatched', due(600)],
        ['request_suspension', 100, 'dispatched'],
        ['approve_suspension', 200, 'suspended'],
        ['urge', 300, 'suspended'],
        ['resume', 1200, 'dispatched', due(1600)],
        ['feedback', 1500, 'pending_check', due(1700)],
        ['check', 1600, 'pending_close', due(1630)],
        ['close', 1620, 'closed'],
      ]),
      opts(),
    );
    expect(ev.suspensions).toBe(1);
    expect(ev.urges).toBe(1);
    expect(ev.suspendedWorkingMs).toBe((1000 * MIN) / 2);
    expect(ev.activeWorkingMs).toBe(ev.workingMs - ev.suspendedWorkingMs);
    expect(ev.onTime.handle).toBe(true);
  });

  it('a failed check is a rework with a new handling deadline', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['file', 10, 'filed', due(40)],
        ['dispatch', 20, 'dispatched', due(600)],
        ['feedback', 500, 'pending_check', due(620)],
        ['check', 600, 'dispatched', { ...due(1000), passed: false }],
        ['feedback', 1100, 'pending_check', due(1220)],
        ['check', 1200, 'pending_close', { ...due(1230), passed: true }],
        ['close', 1210, 'closed'],
      ]),
      opts(),
    );
    expect(ev.reworks).toBe(1);
    expect(ev.steps.check).toMatchObject({ onTime: true, completions: 2 });
    expect(ev.steps.handle).toMatchObject({ onTime: false, completions: 2, lateCompletions: 1 });
  });

  it('an on-site resolution only has the closing step, and is grassroots', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'pending_close', due(30)],
        ['close', 20, 'closed'],
      ]),
      opts('grid'),
    );
    expect(ev.onTime).toEqual({
      verify: null,
      file: null,
      dispatch: null,
      handle: null,
      check: null,
      close: true,
    });
    expect(ev.grassroots).toBe(true);
  });

  it('a registered new source closes at its registration, which completes filing', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['register_source', 45, 'closed'],
      ]),
      opts('district'),
    );
    expect(ev.onTime).toEqual({
      verify: null,
      file: false,
      dispatch: null,
      handle: null,
      check: null,
      close: null,
    });
    expect([ev.closedAt, ev.elapsedMs, ev.grassroots]).toEqual([T0 + 45 * MIN, 45 * MIN, false]);
  });

  it('an escalation from reported completes filing and restarts dispatch at the district', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['escalate', 20, 'filed', due(50)],
        ['dispatch', 60, 'dispatched', due(600)],
        ['feedback', 300, 'pending_check', due(420)],
        ['check', 400, 'pending_close', due(430)],
        ['close', 420, 'closed'],
      ]),
      opts('district'),
    );
    expect(ev.onTime).toMatchObject({ file: true, dispatch: false });
    expect(ev.grassroots).toBe(false);
  });

  it('steps without a recorded deadline are not judged', () => {
    const bare = happy.map(({ deadlineMs: _d, ...e }) => e);
    const ev = evaluateCase(bare, opts());
    expect(Object.values(ev.onTime).every((v) => v === null)).toBe(true);
    expect(ev.steps.close?.completions).toBe(1);
    expect(ev.allOnTime).toBe(true);
  });

  it('picks up supervision and the latest leader rating', () => {
    const withLeader = [
      ...happy.slice(0, 3),
      {
        action: 'supervise' as const,
        at: T0 + 60 * MIN,
        fromStatus: 'dispatched' as const,
        toStatus: 'dispatched' as const,
      },
      ...happy.slice(3),
      {
        action: 'evaluate' as const,
        at: T0 + 2 * DAY,
        fromStatus: 'closed' as const,
        toStatus: 'closed' as const,
        rating: 4,
      },
      {
        action: 'comment' as const,
        at: T0 + 3 * DAY,
        fromStatus: 'closed' as const,
        toStatus: 'closed' as const,
      },
    ];
    const ev = evaluateCase(withLeader, opts());
    expect(ev.supervised).toBe(true);
    expect(ev.rating).toBe(4);
    expect(ev.closedAt).toBe(T0 + 25 * HOUR + 10 * MIN);
  });

  it('needs the report first and a close', () => {
    expect(() => evaluateCase([], opts())).toThrow(/report/);
    expect(() => evaluateCase(happy.slice(1), opts())).toThrow(/report/);
    expect(() => evaluateCase(happy.slice(0, 5), opts())).toThrow(/not closed/);
  });
});

describe('evaluateCase: only the step actions complete steps', () => {
  const SIX = ['verify', 'file', 'dispatch', 'handle', 'check', 'close'];

  it('has exactly the six timed steps, whatever other events happened', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['file', 10, 'filed', due(40)],
        ['dispatch', 20, 'dispatched', due(2000)],
        ['urge', 30, 'dispatched'],
        ['return', 60, 'filed', due(90)],
        ['dispatch', 70, 'dispatched', due(2000)],
        ['request_suspension', 80, 'dispatched'],
        ['approve_suspension', 90, 'suspended'],
        ['resume', 100, 'dispatched', due(2100)],
        ['feedback', 1000, 'pending_check', due(1200)],
        ['check', 1100, 'pending_close', due(1130)],
        ['close', 1110, 'closed'],
        ['comment', 1200, 'closed'],
      ]),
      opts(),
    );
    expect(Object.keys(ev.steps).sort()).toEqual([...SIX].sort());
    expect(Object.keys(ev.onTime).sort()).toEqual([...SIX].sort());
    expect(ev.steps.dispatch).toMatchObject({ completions: 2, lateCompletions: 0, onTime: true });
    expect(ev.steps.file).toMatchObject({ completions: 1, completedAt: T0 + 10 * MIN });
  });

  it('an escalation from filed is not a second filing', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['file', 10, 'filed', due(40)],
        ['escalate', 60, 'filed', due(90)],
        ['dispatch', 80, 'dispatched', due(600)],
        ['feedback', 300, 'pending_check', due(420)],
        ['check', 400, 'pending_close', due(430)],
        ['close', 420, 'closed'],
      ]),
      opts('district'),
    );
    expect(ev.steps.file).toEqual({
      onTime: true,
      completions: 1,
      lateCompletions: 0,
      completedAt: T0 + 10 * MIN,
      deadlineMs: T0 + 30 * MIN,
    });
    expect(ev.onTime).toEqual({
      verify: null,
      file: true,
      dispatch: true,
      handle: true,
      check: true,
      close: true,
    });
    expect(ev.steps.dispatch).toMatchObject({ completions: 1, deadlineMs: T0 + 90 * MIN });
  });

  it('a step without a known deadline is neither on time nor late', () => {
    const bare = happy.map(({ deadlineMs: _d, ...e }) => e);
    const ev = evaluateCase(bare, opts());
    expect(ev.steps.close).toStrictEqual({
      onTime: null,
      completions: 1,
      lateCompletions: 0,
      completedAt: T0 + 25 * HOUR + 10 * MIN,
      deadlineMs: null,
    });
    expect(ev.steps.handle).toStrictEqual({
      onTime: null,
      completions: 1,
      lateCompletions: 0,
      completedAt: T0 + DAY,
      deadlineMs: null,
    });
  });

  it('an event that records no deadline (null) leaves the deadline in force', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['file', 10, 'filed', due(40)],
        ['dispatch', 20, 'dispatched', due(600)],
        ['request_extension', 300, 'dispatched', { deadlineMs: null }],
        ['deny_extension', 310, 'dispatched', { deadlineMs: null }],
        ['feedback', 900, 'pending_check', due(1000)],
        ['check', 950, 'pending_close', due(980)],
        ['close', 960, 'closed', { deadlineMs: null }],
      ]),
      opts(),
    );
    expect(ev.onTime.handle).toBe(false);
    expect(ev.steps.handle).toMatchObject({ lateCompletions: 1, deadlineMs: T0 + 600 * MIN });
    expect(ev.onTime.close).toBe(true);
  });

  it('a check that sends the case back is a rework even when passed is not recorded', () => {
    const ev = evaluateCase(
      events([
        ['report', 0, 'reported', due(30)],
        ['file', 10, 'filed', due(40)],
        ['dispatch', 20, 'dispatched', due(600)],
        ['feedback', 500, 'pending_check', due(620)],
        ['check', 600, 'dispatched', due(1000)],
        ['feedback', 900, 'pending_check', due(1020)],
        ['check', 1000, 'pending_close', due(1030)],
        ['close', 1010, 'closed'],
      ]),
      opts(),
    );
    expect(ev.reworks).toBe(1);
  });

  it('an evaluate event without a rating gives no rating', () => {
    const ev = evaluateCase(
      [...happy, { action: 'evaluate', at: T0 + 2 * DAY, fromStatus: 'closed', toStatus: 'closed' }],
      opts(),
    );
    expect(ev.rating).toBeNull();
  });
});
