// Rule (docs/indicators.md): a case's facts count on the local day they belong to — a completion
// on its own day when on time, on its deadline's day when late; a report's validity, a filing's
// voiding, a dispatch's return follow later events.
import { describe, expect, it } from 'vitest';
import { caseFacts, factDelta, summedFacts, type FactCase, type FactEvent } from './case-facts.ts';

// Beijing wall time on a day of March 2026.
const bj = (day: number, h: number, m = 0) => Date.UTC(2026, 2, day, h - 8, m);
const dayOf = (at: number) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);

const base: FactCase = {
  streetCode: '110101001',
  channel: 'patrol',
  status: 'dispatched',
  resolvedOnSite: false,
  evaluation: null,
  createdAt: bj(2, 23, 30),
  supervisorsAtReport: ['sup1'],
  auditFollowUp: false,
};

let seq = 0;
const ev = (
  action: string,
  actorId: string | null,
  fromStatus: string | null,
  toStatus: string,
  at: number,
  payload: Record<string, unknown> = {},
): FactEvent => ({ seq: ++seq, action, actorId, fromStatus, toStatus, payload, at });

const sorted = (facts: ReturnType<typeof caseFacts>) =>
  summedFacts(facts)
    .map((f) => `${f.day} ${f.metric} ${f.subject} ${f.n}`)
    .sort();

describe('caseFacts', () => {
  it('counts a late-night report, a filing and a dispatch handled late on their days', () => {
    seq = 0;
    const events = [
      // Reported Monday 23:30 (outside working hours); the filing deadline is Tuesday 09:30.
      ev('report', 'sup1', null, 'reported', bj(2, 23, 30), { deadlineMs: bj(3, 9, 30) }),
      ev('file', 'center1', 'reported', 'filed', bj(3, 9, 10), { deadlineMs: bj(3, 10, 10) }),
      ev('dispatch', 'center1', 'filed', 'dispatched', bj(3, 10, 40), {
        leadDepartmentId: 'hbj',
        deadlineMs: bj(5, 17, 0),
      }),
      // Handled on Saturday, a day after its Thursday 17:00 deadline: late, on Thursday.
      ev('feedback', 'hbj01', 'dispatched', 'pending_check', bj(7, 9, 0), { deadlineMs: bj(7, 12, 0) }),
    ];
    expect(sorted(caseFacts({ ...base, status: 'pending_check' }, events, dayOf))).toEqual(
      [
        '2026-03-02 reports sup1 1',
        '2026-03-02 validReports sup1 1',
        '2026-03-02 streetReports 110101001 1',
        '2026-03-02 gridFiled sup1 1',
        '2026-03-03 file.onTime center1 1',
        '2026-03-03 streetFiled 110101001 1',
        '2026-03-03 staffFiled center1 1',
        // Dispatched 10:40 against a 10:10 deadline: late, on the deadline's day.
        '2026-03-03 dispatch.late center1 1',
        '2026-03-03 dispatchDue hbj 1',
        '2026-03-03 dispatchHandled hbj 1',
        '2026-03-03 staffDispatched center1 1',
        '2026-03-05 handle.late hbj 1',
        '2026-03-07 feedbacks hbj 1',
      ].sort(),
    );
  });

  it('follows a return: the dispatch is returned, handling by the next department', () => {
    seq = 0;
    const events = [
      ev('report', null, null, 'reported', bj(2, 9, 0), { deadlineMs: bj(2, 10, 0) }),
      ev('file', 'center1', 'reported', 'filed', bj(2, 9, 5), { deadlineMs: bj(2, 10, 5) }),
      ev('dispatch', 'center1', 'filed', 'dispatched', bj(2, 9, 10), {
        leadDepartmentId: 'hbj',
        deadlineMs: bj(3, 9, 10),
      }),
      // A return before the deadline is never on time; it sends the case back to the center.
      ev('return', 'hbj01', 'dispatched', 'filed', bj(2, 9, 20), {
        leadDepartmentId: 'hbj',
        deadlineMs: bj(2, 10, 20),
      }),
      ev('dispatch', 'center1', 'filed', 'dispatched', bj(2, 9, 25), {
        leadDepartmentId: 'cgzf',
        deadlineMs: bj(3, 9, 25),
      }),
      ev('feedback', 'cgzf01', 'dispatched', 'pending_check', bj(2, 9, 40), { deadlineMs: bj(2, 12, 0) }),
      ev('check', 'sup1', 'pending_check', 'pending_close', bj(2, 9, 50), { deadlineMs: bj(2, 11, 0) }),
      ev('close', 'center1', 'pending_close', 'closed', bj(2, 10, 0)),
    ];
    const c: FactCase = {
      ...base,
      channel: 'hotline',
      status: 'closed',
      createdAt: bj(2, 9, 0),
      evaluation: { allOnTime: true, grassroots: false },
    };
    const facts = sorted(caseFacts(c, events, dayOf));
    const d = '2026-03-02';
    expect(facts).toEqual(
      [
        `${d} streetReports 110101001 1`,
        `${d} streetHotline 110101001 1`,
        `${d} gridFiled sup1 1`,
        `${d} gridMissed sup1 1`,
        `${d} file.onTime center1 1`,
        `${d} streetFiled 110101001 1`,
        `${d} streetFiledClosed 110101001 1`,
        `${d} staffFiled center1 1`,
        `${d} dispatch.onTime center1 2`,
        `${d} dispatchDue hbj 1`,
        `${d} dispatchDue cgzf 1`,
        `${d} dispatchHandled cgzf 1`,
        `${d} dispatchClosed cgzf 1`,
        `${d} staffDispatched center1 2`,
        `${d} staffReturned center1 1`,
        `${d} returns hbj 1`,
        `${d} handle.onTime cgzf 1`,
        `${d} feedbacks cgzf 1`,
        `${d} check.onTime sup1 1`,
        // The check entered pending_close with an 11:00 deadline; closed at 10:00.
        `${d} close.onTime center1 1`,
        `${d} streetClosed 110101001 1`,
        `${d} streetClosedOnTime 110101001 1`,
      ].sort(),
    );
  });

  it('a 督查 follow-up is no missed report; a voided filing is counted as voided', () => {
    seq = 0;
    const events = [
      ev('report', 'auditor', null, 'reported', bj(4, 9, 0), { deadlineMs: bj(4, 10, 0) }),
      ev('file', 'center1', 'reported', 'filed', bj(4, 9, 5)),
      ev('void', 'center1', 'filed', 'voided', bj(4, 9, 6)),
    ];
    const facts = sorted(
      caseFacts(
        { ...base, channel: 'audit', auditFollowUp: true, status: 'voided', createdAt: bj(4, 9, 0) },
        events,
        dayOf,
      ),
    );
    expect(facts).toContain('2026-03-04 gridFiled sup1 1');
    expect(facts.some((f) => f.includes('gridMissed'))).toBe(false);
    expect(facts).toContain('2026-03-04 staffVoided center1 1');
    const asFinding = sorted(
      caseFacts({ ...base, channel: 'audit', status: 'voided', createdAt: bj(4, 9, 0) }, events, dayOf),
    );
    expect(asFinding).toContain('2026-03-04 gridMissed sup1 1');
  });

  it('takes back what a case no longer contributes and adds what it does now', () => {
    const old = [
      { day: '2026-03-02', metric: 'reports' as const, subject: 'sup1', n: 1 },
      { day: '2026-03-02', metric: 'validReports' as const, subject: 'sup1', n: 1 },
    ];
    const now = [
      { day: '2026-03-02', metric: 'reports' as const, subject: 'sup1', n: 1 },
      { day: '2026-03-03', metric: 'staffFiled' as const, subject: 'c1', n: 1 },
    ];
    expect(factDelta(old, now)).toEqual([
      { day: '2026-03-02', metric: 'validReports', subject: 'sup1', n: -1 },
      { day: '2026-03-03', metric: 'staffFiled', subject: 'c1', n: 1 },
    ]);
  });
});
