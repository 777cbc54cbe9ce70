/**
 * The shared API types (core/src/api/openapi.ts) are generated from the routes' schemas; this
 * fails when a route changed and `npm run api:types` was not run, so the web and the tests can
 * never type an answer the server no longer gives.
 */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { CONTRACT_FILE, contractSource } from './api-contract.ts';

it('core/src/api/openapi.ts is current (run `npm run api:types` after changing a route)', async () => {
  const committed = fs.readFileSync(CONTRACT_FILE, 'utf8');
  expect(committed === (await contractSource()), 'the contract is stale: run `npm run api:types`').toBe(true);
  // And it is the contract: the case answer is typed from the route's schema.
  expect(committed).toContain('"/api/v1/cases/{id}"');
  expect(committed).toMatch(/abilities: \("verify" \| "file" \|/);
});
