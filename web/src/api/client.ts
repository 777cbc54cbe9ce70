/**
 * The one way the web app talks to the server: same-origin fetch, JSON in and out,
 * the CSRF token on unsafe methods, and the pinned error shape
 * `{"error": {"code", "message", "details"}}` turned into an ApiError.
 */

const CSRF_STORAGE_KEY = 'envgrid.csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const STATUS_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    /** The server's UPPER_SNAKE code, or NETWORK_ERROR / ABORTED on the client side. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** The server's x-request-id, to quote when reporting a problem. */
    readonly requestId?: string,
  ) {
    super(message);
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

/** Any thrown value as an ApiError (for code that catches `unknown`). */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof DOMException && err.name === 'AbortError')
    return new ApiError(0, 'ABORTED', 'The request was cancelled');
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError(0, 'NETWORK_ERROR', message);
}

// ---- CSRF token: kept in memory, mirrored in sessionStorage so a reload keeps it ----

let csrfToken: string | null = readStoredToken();

function readStoredToken(): string | null {
  try {
    return window.sessionStorage.getItem(CSRF_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  try {
    if (token) window.sessionStorage.setItem(CSRF_STORAGE_KEY, token);
    else window.sessionStorage.removeItem(CSRF_STORAGE_KEY);
  } catch {
    // Memory copy is enough for this page.
  }
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

// ---- 401 handling: the auth provider registers what to do (go to the login page) ----

let unauthorizedHandler: ((err: ApiError) => void) | null = null;

export function setUnauthorizedHandler(handler: ((err: ApiError) => void) | null): void {
  unauthorizedHandler = handler;
}

// ---- requests ----

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  /** A plain value is sent as JSON; FormData as multipart (for attachments); a Blob as it is (CSV). */
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Statuses besides 2xx whose body is returned instead of thrown (e.g. 503 of /readyz). */
  okStatuses?: readonly number[];
  /** Do not treat a 401 as "the session ended" (the login call and the start-up /me). */
  skipAuthRedirect?: boolean;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, raw] of Object.entries(query)) {
    const values = Array.isArray(raw) ? raw : [raw];
    for (const v of values as QueryValue[]) {
      if (v === undefined || v === null || v === '') continue;
      params.append(key, String(v));
    }
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const upper = method.toUpperCase();
  const headers = new Headers({ accept: 'application/json', ...options.headers });
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof Blob) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(options.body);
  }
  if (UNSAFE_METHODS.has(upper) && csrfToken) headers.set('x-csrf-token', csrfToken);

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: upper,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    throw toApiError(err);
  }

  const payload = await readBody(response);
  if (response.ok || options.okStatuses?.includes(response.status)) return payload as T;

  const error = errorFrom(response, payload);
  if (response.status === 401 && !options.skipAuthRedirect) unauthorizedHandler?.(error);
  throw error;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function errorFrom(response: Response, payload: unknown): ApiError {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const e = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  if (e && typeof e.code === 'string') {
    const message = typeof e.message === 'string' && e.message ? e.message : e.code;
    return new ApiError(response.status, e.code, message, e.details, requestId);
  }
  const code = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'INTERNAL_ERROR' : 'HTTP_ERROR');
  return new ApiError(response.status, code, response.statusText || code, undefined, requestId);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
