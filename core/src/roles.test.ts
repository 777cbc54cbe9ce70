import { describe, expect, it } from 'vitest';
import { isRole, passwordProblem } from './roles.ts';

describe('passwordProblem', () => {
  it('accepts the demo password and mixed passwords', () => {
    expect(passwordProblem('envgrid-demo')).toBeNull();
    expect(passwordProblem('abc12345')).toBeNull();
  });
  it('refuses short and single-kind passwords with a reason', () => {
    expect(passwordProblem('a1-')).toMatch(/at least 8/);
    expect(passwordProblem('abcdefghij')).toMatch(/two of/);
    expect(passwordProblem('1234567890')).toMatch(/two of/);
  });
});

describe('isRole', () => {
  it('knows the pinned role codes only', () => {
    expect(isRole('dispatcher')).toBe(true);
    expect(isRole('root')).toBe(false);
  });
});
