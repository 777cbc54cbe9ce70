import { AppError, ERROR_STATUS, type ErrorCode } from '@envgrid/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

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

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorResponse(err, req.id);
    if (status >= 500) req.log.error({ err }, 'request failed');
    const retry = (body.error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (status === 429 && retry) void reply.header('retry-after', String(retry));
    else req.log.info({ code: body.error.code, status }, body.error.message);
    void reply.status(status).header('cache-control', 'no-store').send(body);
  });
}
