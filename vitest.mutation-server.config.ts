import { defineConfig } from 'vitest/config';
import base from './vitest.mutation.config.ts';

/** `npm run mutation:server`: the tests that cover the server's rule-bearing modules, on SQLite. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['server/src/modules/auth/**/*.test.ts', 'server/src/modules/cases/**/*.test.ts'],
  },
});
