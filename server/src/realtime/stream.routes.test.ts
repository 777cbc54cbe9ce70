import { afterEach, expect, it } from 'vitest';
import { ApiClient } from '../test/api-client.ts';
import { describeEachEngineWithDemo } from '../test/db-harness.ts';
import { seededServer } from '../test/http-harness.ts';

/** Long enough for a loaded 2-core machine; streams re-check their credential every 2 s. */
const DEADLINE_MS = 20_000;

interface OpenStream {
  status: number;
  body: string;
  /** Resolves once the server has ended the stream. */
  ended: Promise<void>;
  /** Resolves with the body once it contains `text`. */
  waitFor(text: string): Promise<string>;
  close(): void;
}

describeEachEngineWithDemo('live stream', (ctx) => {
  const server = seededServer(ctx);
  const opened: OpenStream[] = [];
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
  });

  async function open(c: ApiClient): Promise<OpenStream> {
    const abort = new AbortController();
    const headers: Record<string, string> = {};
    if (c.cookie) headers.cookie = c.cookie;
    if (c.bearer) headers.authorization = `Bearer ${c.bearer}`;
    const res = await server.fetch('/api/v1/stream', { headers, signal: abort.signal });
    const s: OpenStream = {
      status: res.status,
      body: '',
      ended: Promise.resolve(),
      waitFor: async () => '',
      close: () => abort.abort(),
    };
    if (res.status !== 200) {
      s.body = await res.text();
      return s;
    }
    const waiters: { text: string; resolve: (b: string) => void }[] = [];
    s.ended = (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of res.body!) {
          s.body += decoder.decode(chunk as Uint8Array, { stream: true });
          for (const w of waiters.filter((x) => s.body.includes(x.text))) w.resolve(s.body);
        }
      } catch {
        /* aborted by the test */
      }
    })();
    s.waitFor = (text) =>
      s.body.includes(text)
        ? Promise.resolve(s.body)
        : new Promise((resolve) => waiters.push({ text, resolve }));
    opened.push(s);
    await s.waitFor('retry:');
    return s;
  }

  const within = <T>(p: Promise<T>, what: string) =>
    Promise.race([
      p,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${what} within ${DEADLINE_MS} ms`)), DEADLINE_MS),
      ),
    ]);

  it('ends a stream once its session is logged out', async () => {
    const c = await ApiClient.login(server, 'sup007-01');
    const s = await open(c);
    expect(s.status).toBe(200);
    expect((await c.post('/api/v1/auth/logout')).status).toBe(204);
    await within(s.ended, 'the stream should end after logout');
  });

  it('ends a stream once its user is disabled', async () => {
    const c = await ApiClient.login(server, 'sup007-02');
    const id = (await c.get<{ user: { id: string } }>('/api/v1/me')).body.user.id;
    const s = await open(c);
    const admin = await ApiClient.login(server, 'admin');
    expect((await admin.post(`/api/v1/users/${id}/disable`)).status).toBe(200);
    await within(s.ended, 'the stream should end after disabling');
  });

  it('ends a token stream once the token is revoked', async () => {
    const owner = await ApiClient.login(server, 'hbj01');
    const t = await owner.post<{ id: string; token: string }>('/api/v1/auth/tokens', { name: 'screen' });
    const bot = new ApiClient(server);
    bot.bearer = t.body.token;
    const s = await open(bot);
    expect(s.status).toBe(200);
    expect((await owner.delete(`/api/v1/auth/tokens/${t.body.id}`)).status).toBe(204);
    await within(s.ended, 'the stream should end after revoking its token');
  });

  it('allows five open streams per user and refuses the sixth with the pinned error', async () => {
    const c = await ApiClient.login(server, 'sup007-03');
    for (let i = 0; i < 5; i++) expect((await open(c)).status).toBe(200);
    const sixth = await open(c);
    expect(sixth.status).toBe(429);
    expect(JSON.parse(sixth.body)).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } });
    expect((await open(await ApiClient.login(server, 'sup008-01'))).status).toBe(200); // others unaffected
  });

  it("sends a notification to its recipients without the other recipients' ids", async () => {
    const c = await ApiClient.login(server, 'sup008-02');
    const me = (await c.get<{ user: { id: string } }>('/api/v1/me')).body.user.id;
    const s = await open(c);
    const secret = '00000000-0000-4000-8000-00000000beef';
    await server.app.deps.bus.publish({
      type: 'notification',
      userIds: [me, secret],
      caseId: 'case-1',
      at: 42,
    });
    const body = await within(s.waitFor('event: notification'), 'the notification should arrive');
    await within(s.waitFor('\n\n'), 'the event should be complete');
    const data = /event: notification\ndata: (.*)\n/.exec(body)?.[1];
    expect(JSON.parse(data!)).toEqual({ type: 'notification', caseId: 'case-1', at: 42 });
    expect(body).not.toContain(secret);
    expect(body).not.toContain(me);
  });
});
