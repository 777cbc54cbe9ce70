// Rule: an API token is revoked once revoked, else expired from its expiry instant on, else active.
import { describe, expect, it } from 'vitest';
import type { ApiToken } from '../../api/account-types.ts';
import { tokenStatus } from './token-table.tsx';

const NOW = Date.UTC(2025, 5, 1, 8, 0);
const token = (expiresAt: number | null, revokedAt: number | null): ApiToken => ({
  id: 't1',
  name: 'ci',
  createdAt: NOW - 86_400_000,
  expiresAt,
  lastUsedAt: null,
  revokedAt,
});

describe('tokenStatus', () => {
  it('is active without expiry, or before it', () => {
    expect(tokenStatus(token(null, null), NOW)).toBe('active');
    expect(tokenStatus(token(NOW + 1, null), NOW)).toBe('active');
  });

  it('is expired at the expiry instant and after it', () => {
    expect(tokenStatus(token(NOW, null), NOW)).toBe('expired');
    expect(tokenStatus(token(NOW - 1, null), NOW)).toBe('expired');
  });

  it('is revoked once revoked, even if it has expired since', () => {
    expect(tokenStatus(token(null, NOW - 10), NOW)).toBe('revoked');
    expect(tokenStatus(token(NOW - 1, NOW - 10), NOW)).toBe('revoked');
    expect(tokenStatus(token(NOW + 1000, NOW - 10), NOW)).toBe('revoked');
  });
});
