// Rule: the samples table filters by department (or none) and by result (pending, passed, failed).
import { describe, expect, it } from 'vitest';
import type { AuditSample } from '../../api/audit-types.ts';
import { departmentChoices, filterSamples, rateOfPercent, ratePercent } from './audit-format.ts';

const s = (
  id: string,
  departmentId: string | null,
  departmentName: string | null,
  result: AuditSample['result'],
) => ({ id, departmentId, departmentName, result }) as AuditSample;
const samples = [
  s('1', 'd1', '生态环境局', null),
  s('2', 'd1', '生态环境局', 'failed'),
  s('3', 'd2', '城管执法局', 'passed'),
  s('4', null, null, null),
];

describe('filterSamples', () => {
  it('filters by department, by no department and by result', () => {
    expect(filterSamples(samples, {}).map((x) => x.id)).toEqual(['1', '2', '3', '4']);
    expect(filterSamples(samples, { department: 'd1' }).map((x) => x.id)).toEqual(['1', '2']);
    expect(filterSamples(samples, { department: 'none' }).map((x) => x.id)).toEqual(['4']);
    expect(filterSamples(samples, { result: 'pending' }).map((x) => x.id)).toEqual(['1', '4']);
    expect(filterSamples(samples, { result: 'failed' }).map((x) => x.id)).toEqual(['2']);
    expect(filterSamples(samples, { department: 'd1', result: 'passed' })).toEqual([]);
  });
});

describe('departmentChoices', () => {
  it('lists each department once with its count, and the cases without one', () => {
    expect(departmentChoices(samples, '无')).toEqual([
      { value: 'd2', label: '城管执法局', count: 1 },
      { value: 'd1', label: '生态环境局', count: 2 },
      { value: 'none', label: '无', count: 1 },
    ]);
  });
});

describe('rates', () => {
  it('shows and reads percentages', () => {
    expect(ratePercent(0.3)).toBe('30%');
    expect(ratePercent(0.125)).toBe('12.5%');
    expect(rateOfPercent(30)).toBe(0.3);
    expect(rateOfPercent(12.5)).toBe(0.125);
    expect(rateOfPercent(100)).toBe(1);
  });
});
