/**
 * One place that decides how a failure reads. The server answers `{"error": {code, message,
 * details}}` with an English message; in Chinese the summary is chosen by `code` and the server's
 * own words (which carry specifics) become the secondary detail. In English the server's message
 * is the summary, as it always was. Components render this through api-error.tsx.
 */
import { useCallback } from 'react';
import { toApiError } from '../api/client.ts';
import { useI18n, type Locale, type Translate } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';

export interface ErrorDescription {
  /** The server's UPPER_SNAKE code, NETWORK_ERROR / ABORTED from the client, LOCAL for our own text. */
  code: string;
  /** The line to show first, in the user's language. */
  summary: string;
  /** Secondary text for a smaller grey line: the server's own message, or the request id. */
  detail?: string;
  /** The server's x-request-id (5xx answers name it so a problem can be reported). */
  requestId?: string;
}

export interface DescribeOptions {
  /** On the sign-in form UNAUTHENTICATED means "wrong username or password", not "sign in first". */
  context?: 'login';
}

const CODE_KEYS: Record<string, MessageKey> = {
  VALIDATION_FAILED: 'error.code.VALIDATION_FAILED',
  UNAUTHENTICATED: 'error.code.UNAUTHENTICATED',
  FORBIDDEN: 'error.code.FORBIDDEN',
  NOT_FOUND: 'error.code.NOT_FOUND',
  METHOD_NOT_ALLOWED: 'error.code.METHOD_NOT_ALLOWED',
  VERSION_CONFLICT: 'error.code.VERSION_CONFLICT',
  INVALID_TRANSITION: 'error.code.INVALID_TRANSITION',
  CONFLICT: 'error.code.CONFLICT',
  PAYLOAD_TOO_LARGE: 'error.code.PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'error.code.UNSUPPORTED_MEDIA_TYPE',
  OUTSIDE_JURISDICTION: 'error.code.OUTSIDE_JURISDICTION',
  UNPROCESSABLE: 'error.code.UNPROCESSABLE',
  TOO_MANY_REQUESTS: 'error.code.TOO_MANY_REQUESTS',
  INTERNAL_ERROR: 'error.code.INTERNAL_ERROR',
  SERVICE_UNAVAILABLE: 'error.code.SERVICE_UNAVAILABLE',
};

function field(details: unknown, name: string): unknown {
  return typeof details === 'object' && details !== null && !Array.isArray(details)
    ? (details as Record<string, unknown>)[name]
    : undefined;
}

/** The localized line for a code (Chinese UI), with what the details add (wait time, request id). */
function localSummary(
  code: string,
  details: unknown,
  requestId: string | undefined,
  t: Translate,
  options: DescribeOptions,
): string {
  if (options.context === 'login' && code === 'UNAUTHENTICATED') return t('login.invalidCredentials');
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = field(details, 'retryAfterSeconds');
    const login = options.context === 'login';
    if (typeof seconds === 'number' && seconds > 0) {
      if (seconds < 60)
        return t(login ? 'login.tooManySeconds' : 'error.retryInSeconds', { seconds: Math.ceil(seconds) });
      return t(login ? 'login.tooManyMinutes' : 'error.retryInMinutes', { minutes: Math.ceil(seconds / 60) });
    }
  }
  if (code === 'INTERNAL_ERROR' && requestId) return t('error.internalWithId', { id: requestId });
  const key = CODE_KEYS[code];
  return key ? t(key) : t('error.generic');
}

/**
 * What went wrong, for people. A string is taken as a message of our own, already in the user's
 * language (forms mix local checks with server answers in one error slot).
 */
export function describeError(
  err: unknown,
  { t, locale }: { t: Translate; locale: Locale },
  options: DescribeOptions = {},
): ErrorDescription {
  if (typeof err === 'string') return { code: 'LOCAL', summary: err };
  const e = toApiError(err);
  if (e.code === 'ABORTED') return { code: e.code, summary: t('error.generic') };
  if (e.isNetworkError) return { code: e.code, summary: t('error.network') };

  const requestId =
    e.requestId ??
    (typeof field(e.details, 'requestId') === 'string' ? String(field(e.details, 'requestId')) : undefined);
  // A message that is only the code (or a bare status text) says nothing the summary does not.
  const serverText = e.message && e.message !== e.code ? e.message : undefined;

  if (locale === 'en') {
    const summary = serverText ?? t(CODE_KEYS[e.code] ?? 'error.generic');
    const detail = e.status >= 500 && requestId ? t('error.requestId', { id: requestId }) : undefined;
    return { code: e.code, summary, detail, requestId };
  }
  const summary = localSummary(e.code, e.details, requestId, t, options);
  return { code: e.code, summary, detail: serverText !== summary ? serverText : undefined, requestId };
}

/** `describeError` bound to the current language. */
export function useDescribeError(): (err: unknown, options?: DescribeOptions) => ErrorDescription {
  const { t, locale } = useI18n();
  return useCallback((err, options) => describeError(err, { t, locale }, options), [t, locale]);
}
