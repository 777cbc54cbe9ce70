// Rule: auditors and leaders run 督查; only an auditor re-checks, once; a failed re-check says why.
import { describe, expect, it } from 'vitest';
import {
  auditRunProblems,
  followUpDescription,
  mayRecheck,
  mayRunAudits,
  recheckNeedsNote,
  sampleAbilities,
} from './audit-rules.ts';

describe('who', () => {
  it.each([
    ['auditor', true, true],
    ['leader', true, false],
    ['subcenter', false, false],
    ['intake', false, false],
    ['supervisor', false, false],
    ['handler', false, false],
    ['admin', false, false],
  ])('%s: runs %s, re-checks %s', (role, runs, rechecks) => {
    expect(mayRunAudits({ roles: [role] })).toBe(runs);
    expect(mayRecheck({ roles: [role] })).toBe(rechecks);
  });

  it('offers the re-check to an auditor while the sample is open', () => {
    expect(sampleAbilities({ roles: ['auditor'] }, { result: null })).toEqual(['recheck']);
    expect(sampleAbilities({ roles: ['auditor'] }, { result: 'passed' })).toEqual([]);
    expect(sampleAbilities({ roles: ['leader'] }, { result: null })).toEqual([]);
  });
});

describe('inputs', () => {
  it('a failed re-check needs a note; a passed one does not', () => {
    expect(recheckNeedsNote('failed', undefined)).toBe(true);
    expect(recheckNeedsNote('failed', '  ')).toBe(true);
    expect(recheckNeedsNote('failed', '仍在冒黑烟')).toBe(false);
    expect(recheckNeedsNote('passed', undefined)).toBe(false);
  });

  it('names each bad field of a run', () => {
    expect(auditRunProblems({ from: '2026-03-01', to: '2026-03-31', rate: 0.3 })).toEqual([]);
    expect(auditRunProblems({ from: '2026-03-01', to: '2026-03-01', rate: 1 })).toEqual([]);
    expect(auditRunProblems({ from: '2026-02-30', to: '2026-03-31', rate: 0.3 })).toEqual([
      { path: 'body/from', message: 'not a date (YYYY-MM-DD)' },
    ]);
    expect(auditRunProblems({ from: '2026-03-31', to: '2026-03-01', rate: 0 })).toEqual([
      { path: 'body/to', message: 'before from' },
      { path: 'body/rate', message: 'must be in (0, 1]' },
    ]);
    expect(auditRunProblems({ from: '2025-01-01', to: '2026-01-02', rate: 1.5 }).map((p) => p.path)).toEqual([
      'body/to',
      'body/rate',
    ]);
    expect(auditRunProblems({ from: '2025-01-01', to: '2026-01-01', rate: 0.5 })).toEqual([]);
  });

  it("the follow-up case's text names the original case", () => {
    expect(followUpDescription('202603020001', ' 仍在冒黑烟 ')).toBe(
      '督查复核不通过(原案件 202603020001):仍在冒黑烟',
    );
  });
});
