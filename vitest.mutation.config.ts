import { defineConfig } from 'vitest/config';

/**
 * The suite as StrykerJS runs it for `npm run mutation`: unit and database tests on SQLite only
 * (each mutant runs the tests that cover it; PostgreSQL adds time, not killed mutants for rules),
 * no browser tests.
 */
export default defineConfig({
  test: {
    include: ['core/src/**/*.test.ts', 'server/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/**', 'e2e/**'],
    globalSetup: ['server/src/test/global-setup.ts'],
    env: { TEST_ENGINES: 'sqlite' },
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
