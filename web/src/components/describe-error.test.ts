// Rule: a failure reads by its code in Chinese (server words as detail) and by the server's message in English.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { en } from '../i18n/en.ts';
import { format, type Translate } from '../i18n/i18n-context.tsx';
import { zhCN } from '../i18n/zh-CN.ts';
import { describeError } from './describe-error.ts';

const zh = { t: ((key, params) => format(zhCN[key], params)) as Translate, locale: 'zh-CN' as const };
const enUi = { t: ((key, params) => format(en[key], params)) as Translate, locale: 'en' as const };

describe('describeError, any language', () => {
  it('takes a string as our own message, already translated', () => {
    expect(describeError('请选择网格', zh)).toEqual({ code: 'LOCAL', summary: '请选择网格' });
  });

  it('reads a failed connection as a network error', () => {
    expect(describeError(new TypeError('fetch failed'), zh)).toEqual({
      code: 'NETWORK_ERROR',
      summary: '网络错误,请检查连接后重试',
    });
    expect(describeError(new TypeError('fetch failed'), enUi)).toEqual({
      code: 'NETWORK_ERROR',
      summary: 'Network error; check the connection and try again',
    });
  });

  it('reads a cancelled request as a generic failure, not a network error', () => {
    expect(describeError(new ApiError(0, 'ABORTED', 'The request was cancelled'), zh)).toEqual({
      code: 'ABORTED',
      summary: '操作失败',
    });
  });
});

describe('describeError in Chinese', () => {
  it('chooses the summary by code and keeps the server message as detail', () => {
    expect(describeError(new ApiError(404, 'NOT_FOUND', 'Case c-9 not found'), zh)).toEqual({
      code: 'NOT_FOUND',
      summary: '记录不存在或不在您的管辖范围内',
      detail: 'Case c-9 not found',
      requestId: undefined,
    });
  });

  it('adds no detail when the message is only the code', () => {
    expect(describeError(new ApiError(403, 'FORBIDDEN', 'FORBIDDEN'), zh)).toMatchObject({
      summary: '无权执行此操作',
      detail: undefined,
    });
  });

  it('reads an unknown code as a generic failure', () => {
    expect(describeError(new ApiError(400, 'WEIRD_CODE', 'Odd'), zh)).toMatchObject({
      summary: '操作失败',
      detail: 'Odd',
    });
  });

  it('reads UNAUTHENTICATED as wrong credentials on the sign-in form only', () => {
    const e = new ApiError(401, 'UNAUTHENTICATED', 'Invalid username or password');
    expect(describeError(e, zh, { context: 'login' }).summary).toBe('用户名或密码错误');
    expect(describeError(e, zh).summary).toBe('请先登录');
  });

  it('says how long to wait after too many attempts, in seconds under a minute', () => {
    const wait = (s: unknown) =>
      new ApiError(429, 'TOO_MANY_REQUESTS', 'Slow down', { retryAfterSeconds: s });
    expect(describeError(wait(30), zh).summary).toBe('尝试次数过多，请 30 秒后再试');
    expect(describeError(wait(12.2), zh).summary).toBe('尝试次数过多，请 13 秒后再试');
    expect(describeError(wait(60), zh).summary).toBe('尝试次数过多，请 1 分钟后再试');
    expect(describeError(wait(61), zh).summary).toBe('尝试次数过多，请 2 分钟后再试');
    expect(describeError(wait(45), zh, { context: 'login' }).summary).toBe('登录尝试过多，请 45 秒后再试');
    expect(describeError(wait(600), zh, { context: 'login' }).summary).toBe('登录尝试过多，请 10 分钟后再试');
  });

  it('falls back to the plain too-many line without a usable wait', () => {
    const wait = (s: unknown) =>
      new ApiError(429, 'TOO_MANY_REQUESTS', 'Slow down', { retryAfterSeconds: s });
    expect(describeError(wait(0), zh).summary).toBe('尝试次数过多，请稍后再试');
    expect(describeError(wait('30'), zh).summary).toBe('尝试次数过多，请稍后再试');
  });

  it('names the request id of a server error, from the header or the details', () => {
    const fromHeader = new ApiError(500, 'INTERNAL_ERROR', 'boom', undefined, 'req-1');
    expect(describeError(fromHeader, zh)).toEqual({
      code: 'INTERNAL_ERROR',
      summary: '服务器出错，请稍后再试（请求号 req-1）',
      detail: 'boom',
      requestId: 'req-1',
    });
    const fromDetails = new ApiError(500, 'INTERNAL_ERROR', 'INTERNAL_ERROR', { requestId: 'req-2' });
    expect(describeError(fromDetails, zh)).toEqual({
      code: 'INTERNAL_ERROR',
      summary: '服务器出错，请稍后再试（请求号 req-2）',
      detail: undefined,
      requestId: 'req-2',
    });
  });
});

describe('describeError in English', () => {
  it("uses the server's message as the summary", () => {
    expect(
      describeError(new ApiError(409, 'VERSION_CONFLICT', 'Case was changed by someone else'), enUi),
    ).toEqual({
      code: 'VERSION_CONFLICT',
      summary: 'Case was changed by someone else',
      detail: undefined,
      requestId: undefined,
    });
  });

  it("uses the code's line when the message says nothing more", () => {
    expect(describeError(new ApiError(404, 'NOT_FOUND', 'NOT_FOUND'), enUi).summary).toBe(
      'Not found, or outside your jurisdiction',
    );
    expect(describeError(new ApiError(400, 'ODD', 'ODD'), enUi).summary).toBe('Something went wrong');
  });

  it('quotes the request id of a 5xx answer only', () => {
    expect(
      describeError(new ApiError(502, 'INTERNAL_ERROR', 'Bad gateway', undefined, 'req-9'), enUi),
    ).toEqual({
      code: 'INTERNAL_ERROR',
      summary: 'Bad gateway',
      detail: 'Request ID req-9',
      requestId: 'req-9',
    });
    expect(
      describeError(new ApiError(400, 'VALIDATION_FAILED', 'Bad', undefined, 'req-3'), enUi).detail,
    ).toBe(undefined);
  });
});
