// Rule: settings pages read durations, hours, levels, urgencies and source types in the user's language.
import { describe, expect, it } from 'vitest';
import { format } from '../../i18n/i18n-context.tsx';
import { enSettings } from '../../i18n/en-settings.ts';
import { zhCNSettings } from '../../i18n/zh-CN-settings.ts';
import { durationText, hoursText, levelName, sourceTypeName, urgencyName } from './settings-format.ts';
import type { SettingsT } from './use-settings-t.ts';

const zh: SettingsT = (key, params) => format(zhCNSettings[key], params);
const en: SettingsT = (key, params) => format(enSettings[key], params);

describe('durationText', () => {
  it.each([
    [{ amount: 5, unit: 'day', basis: 'working' }, '5 个工作日'],
    [{ amount: 2, unit: 'hour', basis: 'natural' }, '2 小时(自然时)'],
    [{ amount: 30, unit: 'minute', basis: 'working' }, '30 个工作分钟'],
    [{ amount: 1, unit: 'day', basis: 'natural' }, '1 天(自然日)'],
  ] as const)('reads %j in Chinese as %s', (d, text) => {
    expect(durationText(d, zh)).toBe(text);
  });

  it.each([
    [{ amount: 1, unit: 'day', basis: 'working' }, '1 working day'],
    [{ amount: 5, unit: 'day', basis: 'working' }, '5 working days'],
    [{ amount: 1, unit: 'hour', basis: 'natural' }, '1 hour (clock time)'],
    [{ amount: 2, unit: 'hour', basis: 'natural' }, '2 hours (clock time)'],
    [{ amount: 30, unit: 'minute', basis: 'working' }, '30 working minutes'],
  ] as const)('reads %j in English as %s, singular only for one', (d, text) => {
    expect(durationText(d, en)).toBe(text);
  });

  it('shows a dash for no duration or one without an amount', () => {
    expect(durationText(null, zh)).toBe('—');
    expect(durationText(undefined, en)).toBe('—');
    expect(durationText({ unit: 'day', basis: 'working' } as never, zh)).toBe('—');
  });
});

describe('hoursText', () => {
  it('reads minutes as hours with at most one decimal', () => {
    expect(hoursText(450, zh)).toBe('7.5 小时');
    expect(hoursText(480, en)).toBe('8 hours');
    expect(hoursText(100, en)).toBe('1.7 hours');
    expect(hoursText(0, zh)).toBe('0 小时');
  });
});

describe('names', () => {
  it('names handling levels in both languages', () => {
    expect(['grid', 'street', 'district'].map((l) => levelName(l as never, 'zh'))).toEqual([
      '网格级',
      '街道级',
      '区级',
    ]);
    expect(levelName('street', 'en')).toBe('Street level');
  });

  it('names urgencies in both languages', () => {
    expect(['normal', 'urgent', 'critical'].map((u) => urgencyName(u as never, 'zh'))).toEqual([
      '一般',
      '紧急',
      '特急',
    ]);
    expect(urgencyName('critical', 'en')).toBe('Critical');
  });

  it('shows an unknown level or urgency code as it is', () => {
    expect(levelName('province' as never, 'zh')).toBe('province');
    expect(urgencyName('whenever' as never, 'en')).toBe('whenever');
  });

  it('names source types, a dash for none and the code for an unknown one', () => {
    expect(sourceTypeName('catering', 'zh')).toBe('餐饮单位');
    expect(sourceTypeName('construction_site', 'en')).toBe('Construction site');
    expect(sourceTypeName(null, 'zh')).toBe('—');
    expect(sourceTypeName('', 'en')).toBe('—');
    expect(sourceTypeName('spaceport', 'zh')).toBe('spaceport');
  });
});
