// Rule: the case list's tabs are each role's work queues (in workflow order), then my reports, overdue, supervised, all.
import { describe, expect, it } from 'vitest';
import { canReport, presetsFor, queuedStatuses, worksOwnGrids } from './case-list-presets.ts';

const TAIL = [
  { key: 'overdue', label: 'cases.tab.overdue', query: { overdue: true } },
  { key: 'supervised', label: 'cases.tab.supervised', query: { supervised: true } },
  { key: 'all', label: 'cases.tab.all', query: {} },
];
const MY_REPORTS = { key: 'my-reports', label: 'cases.tab.myReports', query: { reportedByMe: true } };

describe('queuedStatuses', () => {
  it.each([
    ['supervisor', ['pending_verification', 'pending_check']],
    ['intake', ['reported', 'pending_close']],
    ['dispatcher', ['filed', 'suspended', 'pending_close']],
    ['subcenter', ['reported', 'filed', 'suspended', 'pending_close']],
    ['handler', ['dispatched']],
    ['leader', []],
    ['auditor', []],
    ['officer', []],
    ['admin', []],
  ])('gives a %s the statuses waiting on them', (role, statuses) => {
    expect(queuedStatuses([role])).toEqual(statuses);
  });

  it('merges several roles once each, in workflow order', () => {
    expect(queuedStatuses(['dispatcher', 'intake'])).toEqual([
      'reported',
      'filed',
      'suspended',
      'pending_close',
    ]);
    expect(queuedStatuses(['handler', 'supervisor'])).toEqual([
      'pending_verification',
      'dispatched',
      'pending_check',
    ]);
  });

  it('ignores strings that are not roles', () => {
    expect(queuedStatuses(['guest', 'supervisor', 'root'])).toEqual([
      'pending_verification',
      'pending_check',
    ]);
    expect(queuedStatuses([])).toEqual([]);
  });
});

describe('worksOwnGrids', () => {
  it('is true for a grid supervisor, alone or with other roles', () => {
    expect(worksOwnGrids(['supervisor'])).toBe(true);
    expect(worksOwnGrids(['intake', 'supervisor'])).toBe(true);
  });

  it.each(['intake', 'dispatcher', 'subcenter', 'handler', 'leader', 'auditor', 'officer', 'admin'])(
    'is false for a %s',
    (role) => {
      expect(worksOwnGrids([role])).toBe(false);
    },
  );
});

describe('canReport', () => {
  it.each(['supervisor', 'intake', 'subcenter', 'auditor'])('lets a %s report a problem', (role) => {
    expect(canReport([role])).toBe(true);
  });

  it.each(['officer', 'dispatcher', 'handler', 'leader', 'admin'])('does not let a %s report', (role) => {
    expect(canReport([role])).toBe(false);
  });

  it('needs only one reporting role among several', () => {
    expect(canReport(['handler', 'auditor'])).toBe(true);
    expect(canReport([])).toBe(false);
  });
});

describe('presetsFor', () => {
  it('gives a supervisor the verify and check queues of their own grids, then their reports', () => {
    expect(presetsFor(['supervisor'])).toEqual([
      {
        key: 'queue-pending_verification',
        label: 'cases.tab.toVerify',
        query: { status: ['pending_verification'], mine: true },
      },
      {
        key: 'queue-pending_check',
        label: 'cases.tab.toCheck',
        query: { status: ['pending_check'], mine: true },
      },
      MY_REPORTS,
      ...TAIL,
    ]);
  });

  it('gives an intake clerk the filing and closing queues, not limited to own grids', () => {
    expect(presetsFor(['intake'])).toEqual([
      { key: 'queue-reported', label: 'cases.tab.toFile', query: { status: ['reported'] } },
      { key: 'queue-pending_close', label: 'cases.tab.toClose', query: { status: ['pending_close'] } },
      MY_REPORTS,
      ...TAIL,
    ]);
  });

  it('gives a dispatcher dispatch, suspension and closing queues, and no "my reports"', () => {
    expect(presetsFor(['dispatcher'])).toEqual([
      { key: 'queue-filed', label: 'cases.tab.toDispatch', query: { status: ['filed'] } },
      { key: 'queue-suspended', label: 'cases.tab.suspended', query: { status: ['suspended'] } },
      { key: 'queue-pending_close', label: 'cases.tab.toClose', query: { status: ['pending_close'] } },
      ...TAIL,
    ]);
  });

  it('gives a street sub-center every center queue and its reports', () => {
    expect(presetsFor(['subcenter'])).toEqual([
      { key: 'queue-reported', label: 'cases.tab.toFile', query: { status: ['reported'] } },
      { key: 'queue-filed', label: 'cases.tab.toDispatch', query: { status: ['filed'] } },
      { key: 'queue-suspended', label: 'cases.tab.suspended', query: { status: ['suspended'] } },
      { key: 'queue-pending_close', label: 'cases.tab.toClose', query: { status: ['pending_close'] } },
      MY_REPORTS,
      ...TAIL,
    ]);
  });

  it('gives a department officer the handling queue', () => {
    expect(presetsFor(['handler'])).toEqual([
      { key: 'queue-dispatched', label: 'cases.tab.toHandle', query: { status: ['dispatched'] } },
      ...TAIL,
    ]);
  });

  it('gives an auditor no queue but their reports', () => {
    expect(presetsFor(['auditor'])).toEqual([MY_REPORTS, ...TAIL]);
  });

  it.each([['leader'], ['admin'], ['officer']])('gives a %s only the look-up tabs', (role) => {
    expect(presetsFor([role])).toEqual(TAIL);
  });

  it('orders the queues of several roles by the workflow, each once', () => {
    expect(presetsFor(['handler', 'supervisor', 'intake']).map((p) => p.key)).toEqual([
      'queue-pending_verification',
      'queue-reported',
      'queue-dispatched',
      'queue-pending_check',
      'queue-pending_close',
      'my-reports',
      'overdue',
      'supervised',
      'all',
    ]);
  });
});
