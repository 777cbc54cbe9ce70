import os from 'node:os';
import path from 'node:path';
import { ManualClock, type Clock } from '@envgrid/core';
import { afterAll, beforeAll } from 'vitest';
import type { EngineContext } from './db-harness.ts';
import { seedDemo } from './seed.ts';
import { TEST_EPOCH } from './test-epoch.ts';
import { buildApp } from '../app.ts';
import { createDeps } from '../container.ts';
import { LocalEventBus } from '../realtime/event-bus.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { AppInstance } from '../http/app-types.ts';

export interface TestServer {
  app: AppInstance;
  url: string;
  clock: Clock;
  close(): Promise<void>;
  /** A real HTTP request to the running server. */
  fetch(pathname: string, init?: RequestInit): Promise<Response>;
  /**
   * The same request through Fastify's `inject`: the same routing, hooks, schemas and answers,
   * without a socket. ApiClient uses it for everything but streams.
   */
  inject(pathname: string, init?: RequestInit): Promise<Response>;
}

/** `init` as `app.inject` takes it, and its answer as a fetch Response. */
async function injectAsFetch(app: AppInstance, pathname: string, init: RequestInit = {}): Promise<Response> {
  // A Request normalises the body (JSON text, FormData as multipart) and its headers.
  const req = new Request(`http://envgrid.test${pathname}`, init);
  const payload =
    init.body === undefined || init.body === null ? undefined : Buffer.from(await req.arrayBuffer());
  const res = await app.inject({
    method: req.method as 'GET',
    url: pathname,
    headers: Object.fromEntries(req.headers.entries()),
    ...(payload ? { payload } : {}),
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, String(v));
    else if (value !== undefined) headers.set(name, String(value));
  }
  const empty = res.statusCode === 204 || res.statusCode === 304 || req.method === 'HEAD';
  return new Response(empty ? null : res.rawPayload, { status: res.statusCode, headers });
}

export { TEST_EPOCH } from './test-epoch.ts';

export async function startTestServer(
  db: Db,
  opts: {
    clock?: Clock;
    env?: Record<string, string>;
    beforeListen?: (app: AppInstance) => void;
    databaseUrl?: string;
  } = {},
): Promise<TestServer> {
  const config: Config = loadConfig({
    LOG_LEVEL: 'silent',
    ENVGRID_DATA_DIR: path.join(os.tmpdir(), 'envgrid-http-test'),
    ...opts.env,
  });
  const clock = opts.clock ?? new ManualClock(TEST_EPOCH);
  const deps = createDeps(
    { ...config, databaseUrl: db.engine === 'postgres' ? (opts.databaseUrl ?? '') : config.databaseUrl },
    db,
    clock,
  );
  if (db.engine === 'postgres' && !opts.databaseUrl) deps.bus = new LocalEventBus();
  const app = await buildApp(config, deps);
  opts.beforeListen?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    clock,
    close: async () => {
      await app.close();
      await deps.bus.close();
    },
    fetch: (pathname, init) => fetch(url + pathname, init),
    inject: (pathname, init) => injectAsFetch(app, pathname, init),
  };
}

/**
 * The usual suite setup: the demo district seeded into the suite's database and a real server in
 * front of it, started before the suite's tests and closed after them. The returned object
 * stands for that server (its `app`, `url` and `fetch` are read once it runs).
 */
export function seededServer(
  ctx: EngineContext,
  opts: { clock?: ManualClock; env?: Record<string, string> } = {},
): TestServer & { clock: ManualClock } {
  const clock = opts.clock ?? new ManualClock(TEST_EPOCH);
  let running: TestServer | undefined;
  const live = () => {
    if (!running) throw new Error('the seeded server runs only inside tests and hooks');
    return running;
  };
  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    running = await startTestServer(ctx.db, { clock, env: opts.env });
  });
  afterAll(() => running?.close());
  return {
    clock,
    get app() {
      return live().app;
    },
    get url() {
      return live().url;
    },
    fetch: (pathname, init) => live().fetch(pathname, init),
    inject: (pathname, init) => live().inject(pathname, init),
    close: () => live().close(),
  };
}
