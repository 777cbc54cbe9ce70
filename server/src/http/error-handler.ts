import { AppError, ERROR_STATUS, type ErrorCode } from '@envgrid/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const STATUS_CODE: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

/** Turns any thrown error into the pinned JSON shape. 5xx never reveal their cause to the client. */
export function toErrorResponse(
  err: FastifyError | Error,
  requestId: string,
): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    return { status: err.status, body: errorBody(err.code, err.message, err.details) };
  }
  const fe = err as FastifyError;
  // The router's own refusals (through `frameworkErrors`) would otherwise echo the whole URL.
  if (fe.code === 'FST_ERR_BAD_URL') {
    const details = [{ path: 'url', message: 'is not validly percent-encoded' }];
    return {
      status: 400,
      body: errorBody('VALIDATION_FAILED', 'The URL is not validly percent-encoded', details),
    };
  }
  if (fe.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    const details = [{ path: 'params', message: 'is too long' }];
    return { status: 400, body: errorBody('VALIDATION_FAILED', 'A path parameter is too long', details) };
  }
  if (fe.validation) {
    const details = fe.validation.map((v) => ({
      path: `${fe.validationContext ?? 'body'}${v.instancePath || ''}`,
      message: v.message ?? 'is invalid',
    }));
    return {
      status: 400,
      body: errorBody(
        'VALIDATION_FAILED',
        `Invalid ${fe.validationContext ?? 'request'}: ${details[0]?.path} ${details[0]?.message}`,
        details,
      ),
    };
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err instanceof SyntaxError && fe.statusCode === 400)) {
    return { status: 400, body: errorBody('VALIDATION_FAILED', 'The request body is not valid JSON') };
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return {
      status: 400,
      body: errorBody('VALIDATION_FAILED', 'The request body is empty but its type is JSON'),
    };
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = STATUS_CODE[status] ?? 'VALIDATION_FAILED';
    const message =
      status === 413
        ? 'The request body is too large'
        : status === 415
          ? 'This content type is not accepted here'
          : fe.message || code;
    return { status: ERROR_STATUS[code] === status ? status : 400, body: errorBody(code, message) };
  }
  return {
    status: status >= 500 && status < 600 ? status : 500,
    body: errorBody('INTERNAL_ERROR', 'Something went wrong on the server; it has been logged', {
      requestId,
    }),
  };
}

/** Answers a thrown error; also Fastify's `frameworkErrors`, which fire before routing and hooks. */
export function replyWithError(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorResponse(err, req.id);
  if (status >= 500) req.log.error({ err }, 'request failed');
  const retry = (body.error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (status === 429 && retry) void reply.header('retry-after', String(retry));
  else req.log.info({ code: body.error.code, status }, body.error.message);
  void reply
    .status(status)
    .header('x-request-id', req.id)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(body);
}

/**
 * Answers HTTP the parser could not read (`clientErrorHandler`): no request exists yet, so the
 * pinned shape is written to the socket by hand, as Fastify's default handler does with its own.
 */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  // 431 and 408 are not in the pinned set: the nearest pinned codes say what happened.
  const [status, statusText, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [413, 'Payload Too Large', 'PAYLOAD_TOO_LARGE', 'The request headers are too large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [400, 'Bad Request', 'VALIDATION_FAILED', 'The request did not arrive completely in time']
        : [400, 'Bad Request', 'VALIDATION_FAILED', 'The request is not well-formed HTTP'];
  const body = JSON.stringify(errorBody(code, message));
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  socket.destroy(err);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(replyWithError);
}
