// Rule: messages fill their {placeholders}; every English message has exactly the placeholders of the Chinese one.
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { format } from './i18n-context.tsx';
import { zhCN, type MessageKey } from './zh-CN.ts';

describe('format', () => {
  it('fills each placeholder, however often it appears', () => {
    expect(format('{n} 个工作日', { n: 5 })).toBe('5 个工作日');
    expect(format('{a}-{b}-{a}', { a: 'x', b: 0 })).toBe('x-0-x');
  });

  it('leaves unknown placeholders visible so a mistake shows', () => {
    expect(format('{d}天 {hms}', { d: 2 })).toBe('2天 {hms}');
    // Names every object inherits are not parameters either.
    expect(format('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('returns the template unchanged without parameters', () => {
    expect(format('请求号 {id}')).toBe('请求号 {id}');
  });
});

describe('dictionaries', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('have the same keys in both languages', () => {
    const zhKeys = Object.keys(zhCN).sort();
    expect(Object.keys(en).sort()).toEqual(zhKeys);
  });

  it('use the same placeholders in both languages', () => {
    const mismatches = (Object.keys(zhCN) as MessageKey[])
      .filter((k) => placeholders(zhCN[k]).join() !== placeholders(en[k]).join())
      .map((k) => `${k}: ${zhCN[k]} / ${en[k]}`);
    expect(mismatches).toEqual([]);
  });

  it('leave no message empty', () => {
    const empty = (Object.keys(zhCN) as MessageKey[]).filter((k) => !zhCN[k].trim() || !en[k].trim());
    expect(empty).toEqual([]);
  });
});
