// @ts-check
/**
 * Mutation testing (`npm run mutation`): plants small bugs in the rule-bearing code and checks
 * that a test fails for each. Incremental: a re-run after a small change only re-tests the
 * mutants it touches. Scores and targets: docs/testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'core/src/workflow/**/*.ts',
    'core/src/time/**/*.ts',
    'core/src/permissions.ts',
    'server/src/modules/auth/login-throttle.ts',
    'server/src/modules/cases/duplicates.ts',
    'server/src/modules/cases/event-chain.ts',
    '!**/*.test.ts',
    '!core/src/time/test-calendars.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables) reload every test file: a quarter of the mutants, four
  // fifths of the time. `npm run mutation:full` includes them; docs/testing.md says how they fare.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 5_000,
  thresholds: { high: 85, low: 70, break: null },
};
