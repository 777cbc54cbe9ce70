// Rule: the API client builds query strings, sends CSRF on unsafe methods and turns every failure into an ApiError.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  api,
  buildUrl,
  getCsrfToken,
  setCsrfToken,
  setUnauthorizedHandler,
  toApiError,
} from './client.ts';

describe('buildUrl', () => {
  it('leaves the path alone without a query or with nothing to send', () => {
    expect(buildUrl('/api/v1/cases')).toBe('/api/v1/cases');
    expect(buildUrl('/api/v1/cases', {})).toBe('/api/v1/cases');
    expect(buildUrl('/api/v1/cases', { q: '', cursor: null, limit: undefined })).toBe('/api/v1/cases');
  });

  it('repeats a key for each value of a list, in order', () => {
    expect(buildUrl('/api/v1/cases', { status: ['reported', 'filed'], mine: true, limit: 50 })).toBe(
      '/api/v1/cases?status=reported&status=filed&mine=true&limit=50',
    );
  });

  it('skips empty values but keeps 0 and false', () => {
    expect(buildUrl('/p', { a: undefined, b: null, c: '', d: 0, e: false, f: ['', 'x', null] })).toBe(
      '/p?d=0&e=false&f=x',
    );
  });

  it('appends to a path that already has a query', () => {
    expect(buildUrl('/api/v1/calendar?year=2025', { format: 'ics' })).toBe(
      '/api/v1/calendar?year=2025&format=ics',
    );
  });

  it('encodes values', () => {
    expect(buildUrl('/s', { q: '东华门 & co' })).toBe('/s?q=%E4%B8%9C%E5%8D%8E%E9%97%A8+%26+co');
  });
});

describe('toApiError', () => {
  it('passes an ApiError through unchanged', () => {
    const e = new ApiError(409, 'VERSION_CONFLICT', 'stale');
    expect(toApiError(e)).toBe(e);
  });

  it('reads a cancelled request as ABORTED', () => {
    const e = toApiError(new DOMException('The user aborted a request.', 'AbortError'));
    expect([e.status, e.code, e.message]).toEqual([0, 'ABORTED', 'The request was cancelled']);
  });

  it('reads any other failure as a network error with its message', () => {
    const e = toApiError(new TypeError('fetch failed'));
    expect([e.status, e.code, e.message, e.isNetworkError]).toEqual([
      0,
      'NETWORK_ERROR',
      'fetch failed',
      true,
    ]);
    expect(toApiError('offline').message).toBe('offline');
  });

  it('tells a network error from an answer', () => {
    expect(new ApiError(500, 'INTERNAL_ERROR', 'x').isNetworkError).toBe(false);
    expect(new ApiError(0, 'NETWORK_ERROR', 'x').isNetworkError).toBe(true);
  });
});

describe('request', () => {
  const calls: { url: string; init: RequestInit }[] = [];

  function answer(status: number, body: string, headers: Record<string, string> = {}): void {
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(status === 204 ? null : body, { status, headers });
    });
  }

  async function failure(p: Promise<unknown>): Promise<ApiError> {
    try {
      await p;
    } catch (e) {
      return e as ApiError;
    }
    throw new Error('expected the request to fail');
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    calls.length = 0;
    setCsrfToken(null);
    setUnauthorizedHandler(null);
  });

  it('returns the parsed JSON of a 2xx answer and nothing for 204', async () => {
    answer(200, '{"items":[1,2]}', { 'content-type': 'application/json; charset=utf-8' });
    await expect(api.get('/api/v1/x', { query: { limit: 2 } })).resolves.toEqual({ items: [1, 2] });
    expect(calls[0]!.url).toBe('/api/v1/x?limit=2');
    answer(204, '');
    await expect(api.delete('/api/v1/x/1')).resolves.toBeUndefined();
  });

  it('sends the CSRF token on unsafe methods only, and the body as JSON', async () => {
    setCsrfToken('tok-1');
    expect(getCsrfToken()).toBe('tok-1');
    answer(200, '{}', { 'content-type': 'application/json' });
    await api.post('/api/v1/cases', { a: 1 });
    await api.get('/api/v1/cases');
    const [post, get] = calls.map((c) => new Headers(c.init.headers));
    expect([post!.get('x-csrf-token'), post!.get('content-type'), calls[0]!.init.body]).toEqual([
      'tok-1',
      'application/json',
      '{"a":1}',
    ]);
    expect(get!.get('x-csrf-token')).toBeNull();
  });

  it("turns the server's error shape into an ApiError with the request id", async () => {
    answer(409, '{"error":{"code":"VERSION_CONFLICT","message":"Case changed","details":{"version":4}}}', {
      'content-type': 'application/json',
      'x-request-id': 'req-7',
    });
    const e = await failure(api.put('/api/v1/cases/1', {}));
    expect([e.status, e.code, e.message, e.details, e.requestId]).toEqual([
      409,
      'VERSION_CONFLICT',
      'Case changed',
      { version: 4 },
      'req-7',
    ]);
  });

  it.each([
    [400, 'VALIDATION_FAILED'],
    [404, 'NOT_FOUND'],
    [413, 'PAYLOAD_TOO_LARGE'],
    [429, 'TOO_MANY_REQUESTS'],
    [503, 'SERVICE_UNAVAILABLE'],
    [502, 'INTERNAL_ERROR'],
    [418, 'HTTP_ERROR'],
  ])('names an answer %i without the error shape %s', async (status, code) => {
    answer(status, '<html>proxy</html>', { 'content-type': 'text/html' });
    const e = await failure(api.get('/api/v1/x'));
    expect([e.status, e.code]).toEqual([status, code]);
  });

  it('returns the body of a status the caller accepts', async () => {
    answer(503, '{"ready":false}', { 'content-type': 'application/json' });
    await expect(api.get('/readyz', { okStatuses: [503] })).resolves.toEqual({ ready: false });
  });

  it('reports a 401 to the unauthorized handler unless told not to', async () => {
    const seen: string[] = [];
    setUnauthorizedHandler((e) => seen.push(e.code));
    answer(401, '{"error":{"code":"UNAUTHENTICATED","message":"Sign in"}}', {
      'content-type': 'application/json',
    });
    await failure(api.get('/api/v1/me'));
    await failure(api.post('/api/v1/auth/login', {}, { skipAuthRedirect: true }));
    expect(seen).toEqual(['UNAUTHENTICATED']);
  });

  it('turns a failed fetch into a network error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const e = await failure(api.get('/api/v1/x'));
    expect([e.status, e.code, e.message]).toEqual([0, 'NETWORK_ERROR', 'Failed to fetch']);
  });
});
