import { defineConfig } from 'vitest/config';

/**
 * The tests that guard the server's rule-bearing modules and run in seconds: their own unit and
 * database tests, not the HTTP suites (which each mutant would restart a server for).
 */
export const SERVER_RULE_TESTS = [
  'server/src/modules/auth/login-throttle.test.ts',
  'server/src/modules/cases/event-chain.test.ts',
  'server/src/modules/cases/case-duplicates.test.ts',
];

/**
 * The suite as StrykerJS runs it for `npm run mutation`: core's tests and the server's rule tests
 * on SQLite only (each mutant runs the tests that cover it; PostgreSQL adds time, not killed
 * mutants for rules), no browser tests.
 */
export default defineConfig({
  test: {
    include: ['core/src/**/*.test.ts', ...SERVER_RULE_TESTS],
    exclude: ['**/node_modules/**', 'web/**', 'e2e/**'],
    globalSetup: ['server/src/test/global-setup.ts'],
    env: { TEST_ENGINES: 'sqlite' },
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
