// Rule: instants are shown on the business zone's wall clock, whatever the browser's zone; countdowns read h:m:s.
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { format, type Translate } from '../i18n/i18n-context.tsx';
import { zhCN } from '../i18n/zh-CN.ts';
import {
  formatCountdown,
  formatInZone,
  isBeijingTime,
  isTimeZone,
  todayInZone,
  wallClock,
  zoneOffsetMinutes,
} from './business-time.ts';

const zhT: Translate = (key, params) => format(zhCN[key], params);
const enT: Translate = (key, params) => format(en[key], params);

describe('isTimeZone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(['Asia/Shanghai', 'Europe/Berlin', 'UTC'].map(isTimeZone)).toEqual([true, true, true]);
    expect(['Mars/Olympus', '', 42, null, undefined].map(isTimeZone)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('isBeijingTime', () => {
  it('names the zones whose wall time is 北京时间, not merely +08:00', () => {
    expect(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'PRC'].map(isBeijingTime)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['Asia/Hong_Kong', 'Asia/Singapore', 'UTC'].map(isBeijingTime)).toEqual([false, false, false]);
  });
});

describe('zoneOffsetMinutes', () => {
  it('is +8 h in Shanghai all year and follows daylight saving in Berlin', () => {
    expect(zoneOffsetMinutes('Asia/Shanghai', Date.UTC(2024, 0, 15))).toBe(480);
    expect(zoneOffsetMinutes('Asia/Shanghai', Date.UTC(2024, 6, 15))).toBe(480);
    expect(zoneOffsetMinutes('Europe/Berlin', Date.UTC(2024, 0, 15))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', Date.UTC(2024, 6, 15))).toBe(120);
    expect(zoneOffsetMinutes('UTC', Date.UTC(2024, 6, 15))).toBe(0);
  });
});

describe('formatInZone', () => {
  it('shows the zone wall time, crossing midnight when the zone is ahead', () => {
    const at = Date.UTC(2024, 0, 1, 16, 30);
    expect(formatInZone('Asia/Shanghai', at, 'YYYY-MM-DD HH:mm')).toBe('2024-01-02 00:30');
    expect(formatInZone('UTC', at, 'YYYY-MM-DD HH:mm')).toBe('2024-01-01 16:30');
    expect(formatInZone('America/New_York', at, 'YYYY-MM-DD HH:mm')).toBe('2024-01-01 11:30');
  });

  it('takes a Date as well as epoch milliseconds', () => {
    expect(formatInZone('Asia/Shanghai', new Date(Date.UTC(2025, 4, 1, 1, 0, 5)), 'MM-DD HH:mm:ss')).toBe(
      '05-01 09:00:05',
    );
  });

  it('jumps over the spring-forward gap in a zone with daylight saving', () => {
    expect(formatInZone('Europe/Berlin', Date.UTC(2024, 2, 31, 0, 59), 'HH:mm')).toBe('01:59');
    expect(formatInZone('Europe/Berlin', Date.UTC(2024, 2, 31, 1, 0), 'HH:mm')).toBe('03:00');
  });

  it('shows a dash for no instant or an invalid one', () => {
    expect(formatInZone('Asia/Shanghai', null, 'HH:mm')).toBe('—');
    expect(formatInZone('Asia/Shanghai', undefined, 'HH:mm')).toBe('—');
    expect(formatInZone('Asia/Shanghai', Number.NaN, 'HH:mm')).toBe('—');
    expect(formatInZone('Asia/Shanghai', new Date('not a date'), 'HH:mm')).toBe('—');
  });
});

describe('todayInZone and wallClock', () => {
  it("gives the zone's date, which may differ from UTC's", () => {
    const newYearInShanghai = Date.UTC(2024, 11, 31, 17, 0);
    expect(todayInZone('Asia/Shanghai', newYearInShanghai)).toBe('2025-01-01');
    expect(todayInZone('America/New_York', newYearInShanghai)).toBe('2024-12-31');
  });

  it('reads the wall clock fields (hour, date, weekday) of the zone', () => {
    const c = wallClock('Asia/Shanghai', Date.UTC(2024, 0, 1, 16, 30));
    expect([c.year(), c.month() + 1, c.date(), c.hour(), c.minute(), c.day()]).toEqual([
      2024, 1, 2, 0, 30, 2,
    ]);
  });
});

describe('formatCountdown', () => {
  const S = 1000;
  it.each([
    [0, '00:00:00'],
    [999, '00:00:00'],
    [5 * S, '00:00:05'],
    [(3 * 3600 + 4 * 60 + 5) * S, '03:04:05'],
    [(23 * 3600 + 59 * 60 + 59) * S, '23:59:59'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatCountdown(ms, zhT)).toBe(text);
  });

  it('adds days from one day on', () => {
    expect(formatCountdown(86_400 * S, zhT)).toBe('1天 00:00:00');
    expect(formatCountdown((2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * S, zhT)).toBe('2天 03:04:05');
    expect(formatCountdown((2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * S, enT)).toBe('2d 03:04:05');
  });

  it('ignores the sign of an overdue span', () => {
    expect(formatCountdown(-(3 * 3600 + 4 * 60 + 5) * S, zhT)).toBe('03:04:05');
  });
});
