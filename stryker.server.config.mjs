// @ts-check
import base from './stryker.config.mjs';

/**
 * `npm run mutation:server`: only the server's rule-bearing modules, with reports and sandbox of
 * their own (so it can run beside `npm run mutation:core`).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation-server.config.ts' },
  mutate: [
    'server/src/modules/auth/login-throttle.ts',
    'server/src/modules/cases/duplicates.ts',
    'server/src/modules/cases/event-chain.ts',
  ],
  incrementalFile: 'reports/mutation/server/stryker-incremental.json',
  jsonReporter: { fileName: 'reports/mutation/server/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/server/mutation.html' },
  tempDirName: '.stryker-tmp-server',
};
