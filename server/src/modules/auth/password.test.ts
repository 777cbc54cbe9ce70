/**
 * Passwords are stored as argon2id at OWASP's baseline: 19 MiB, 2 passes, 1 lane (docs/security.md).
 * The test suites seed their demo users with a cheap hash for speed; this is the one test of the
 * production parameters.
 */
import { describe, expect, it } from 'vitest';
import { dummyHash, hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('uses argon2id with m=19456 KiB, t=2, p=1 and a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password only, and never throws on a malformed hash', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });

  it('keeps a dummy hash with the same parameters, so an unknown user costs the same time', async () => {
    expect(await dummyHash()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
