/**
 * The API contract as TypeScript types, generated from the server's own OpenAPI document (which
 * the routes' TypeBox schemas produce): `core/src/api/openapi.ts`, shared by the web app and the
 * tests instead of hand-kept copies. `npm run api:types` writes it; `api-contract.test.ts` fails
 * when it is stale.
 */
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '@envgrid/core';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createDeps } from '../container.ts';
import { openDatabase } from '../db/database.ts';

export const CONTRACT_FILE = path.resolve(import.meta.dirname, '../../../core/src/api/openapi.ts');

const HEADER = `/**
 * The envgrid HTTP API as TypeScript types: GENERATED from the server's OpenAPI document by
 * \`npm run api:types\` (server/src/http/api-contract.ts). Do not edit by hand.
 */
`;

/** The OpenAPI document of the app as built now (no database is touched). */
export async function openApiDocument(): Promise<unknown> {
  const db = openDatabase('sqlite::memory:');
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ENVGRID_DATA_DIR: path.join(os.tmpdir(), 'envgrid-contract'),
  });
  const deps = createDeps({ ...config, databaseUrl: 'sqlite::memory:' }, db, new ManualClock(0));
  const app = await buildApp(config, deps);
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await deps.bus.close();
    await db.close();
  }
}

/** The contract file's text for the current routes. */
export async function contractSource(): Promise<string> {
  const doc = await openApiDocument();
  const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0], { exportType: false });
  return HEADER + astToString(ast);
}
