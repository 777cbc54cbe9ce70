import { defineConfig } from 'vitest/config';
import base, { SERVER_RULE_TESTS } from './vitest.mutation.config.ts';

/** `npm run mutation:server`: the server's rule tests only, on SQLite. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: SERVER_RULE_TESTS,
  },
});
