import type { TestServer } from './http-harness.ts';

export const DEMO_PASSWORD = 'envgrid-demo';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A logged-in (or anonymous) client of a test server, speaking to it as the web app does: cookies,
 * CSRF header, JSON. Requests go through Fastify's inject (streams through a real socket).
 */
export class ApiClient {
  cookie: string | null = null;
  /** The trusted-browser cookie, sent (like a browser does) only to the login route. */
  deviceCookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(private readonly server: TestServer) {}

  static async login(server: TestServer, username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const c = new ApiClient(server);
    const r = await c.request('POST', '/api/v1/auth/login', { username, password });
    if (r.status !== 200)
      throw new Error(`login of ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return c;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
    opts: { headersOnly?: boolean } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    const isForm = body instanceof FormData;
    if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
    const cookies = [this.cookie, path === '/api/v1/auth/login' ? this.deviceCookie : null].filter(Boolean);
    if (cookies.length > 0) headers.cookie = cookies.join('; ');
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && !['GET', 'HEAD'].includes(method) && !('x-csrf-token' in extraHeaders))
      headers['x-csrf-token'] = this.csrfToken;
    const abort = new AbortController();
    // A stream needs a socket; every other request goes through inject (same app, no TCP).
    const send = opts.headersOnly ? this.server.fetch : this.server.inject;
    const res = await send(path, {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal: abort.signal,
    });
    if (opts.headersOnly) {
      // A stream never ends by itself: take the status and hang up.
      abort.abort();
      return { status: res.status, body: undefined as T, headers: res.headers };
    }
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /envgrid_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `envgrid_session=${m[1]}` : null;
      const d = /envgrid_device=([^;]*)/.exec(setCookie);
      if (d) this.deviceCookie = d[1] ? `envgrid_device=${d[1]}` : null;
    }
    const text = await res.text();
    const parsed =
      text && res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as T) : (text as T);
    if (method === 'POST' && path === '/api/v1/auth/login' && res.status === 200) {
      this.csrfToken = (parsed as { csrfToken: string }).csrfToken;
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }
}
