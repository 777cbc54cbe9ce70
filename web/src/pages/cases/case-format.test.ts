// Rule: a case's remaining or overdue time reads as minutes, hours and minutes, or (from 3 days) days and hours.
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { format, type Translate } from '../../i18n/i18n-context.tsx';
import { zhCN } from '../../i18n/zh-CN.ts';
import { formatDuration } from './case-format.ts';

const zhT: Translate = (key, params) => format(zhCN[key], params);
const enT: Translate = (key, params) => format(en[key], params);

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0分钟'],
    [29_000, '0分钟'],
    [31_000, '1分钟'],
    [59 * MIN, '59分钟'],
    [HOUR, '1小时0分'],
    [3 * HOUR + 20 * MIN, '3小时20分'],
    [DAY + 2 * HOUR + 5 * MIN, '26小时5分'],
    [2 * DAY + 23 * HOUR + 59 * MIN, '71小时59分'],
    [3 * DAY, '3天0小时'],
    [4 * DAY + 5 * HOUR + 40 * MIN, '4天5小时'],
  ])('reads %i ms as %s', (ms, text) => {
    expect(formatDuration(ms, zhT)).toBe(text);
  });

  it('reads an overdue (negative) span like the same span ahead', () => {
    expect(formatDuration(-(3 * HOUR + 20 * MIN), zhT)).toBe('3小时20分');
    expect(formatDuration(-5 * DAY, zhT)).toBe('5天0小时');
  });

  it('rounds to the nearest minute before splitting into hours', () => {
    expect(formatDuration(HOUR - 20_000, zhT)).toBe('1小时0分');
  });

  it('reads in English too', () => {
    expect(formatDuration(45 * MIN, enT)).toBe('45 min');
    expect(formatDuration(3 * HOUR + 20 * MIN, enT)).toBe('3 h 20 min');
    expect(formatDuration(3 * DAY + 4 * HOUR, enT)).toBe('3 d 4 h');
  });
});
