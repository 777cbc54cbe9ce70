import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { CASE_ACTIONS } from './case-actions.ts';
import {
  actionHintsFromPayload,
  actionPayloadAdvice,
  actionPayloadProblems,
  assertActionPayload,
  MAX_TEXT_LENGTH,
} from './action-payloads.ts';

const paths = (...args: Parameters<typeof actionPayloadProblems>) =>
  actionPayloadProblems(...args).map((p) => p.path);

describe('actionPayloadProblems', () => {
  it('refuses a payload that is not an object', () => {
    expect(paths('urge', null)).toEqual(['']);
    expect(paths('urge', [])).toEqual(['']);
  });

  it('accepts the minimal pinned payloads of note-only actions', () => {
    for (const action of [
      'approve_extension',
      'deny_extension',
      'resume',
      'close',
      'escalate',
      'urge',
    ] as const) {
      expect(actionPayloadProblems(action, { version: 3 })).toEqual([]);
      expect(actionPayloadProblems(action, { version: 3, note: '请尽快' })).toEqual([]);
    }
  });

  it('checks note as text everywhere', () => {
    expect(paths('urge', { note: 5 })).toEqual(['/note']);
    expect(paths('close', { note: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).toEqual(['/note']);
  });

  it('verify needs real', () => {
    expect(paths('verify', {})).toEqual(['/real']);
    expect(actionPayloadProblems('verify', { real: false, note: '现场无此问题' })).toEqual([]);
  });

  it('reject and return need a non-empty reason', () => {
    for (const action of ['reject', 'return'] as const) {
      expect(paths(action, {})).toEqual(['/reason']);
      expect(paths(action, { reason: '   ' })).toEqual(['/reason']);
      expect(actionPayloadProblems(action, { reason: '不属于本部门职责' })).toEqual([]);
    }
  });

  it('void needs duplicateOf or a reason, and not itself', () => {
    expect(paths('void', {})).toEqual(['/reason']);
    expect(actionPayloadProblems('void', { duplicateOf: 'c2' })).toEqual([]);
    expect(actionPayloadProblems('void', { reason: '测试数据' })).toEqual([]);
    expect(paths('void', { duplicateOf: 'c1' }, { caseId: 'c1' })).toEqual(['/duplicateOf']);
    expect(paths('void', { duplicateOf: '' })).toEqual(['/duplicateOf']);
  });

  it('file may set a known item, urgency and level', () => {
    expect(actionPayloadProblems('file', {})).toEqual([]);
    const ctx = { knownItemCodes: ['air.catering_fumes'] };
    expect(
      actionPayloadProblems(
        'file',
        { itemCode: 'air.catering_fumes', urgency: 'urgent', level: 'street' },
        ctx,
      ),
    ).toEqual([]);
    expect(paths('file', { itemCode: 'air.nope', urgency: 'asap', level: 'city' }, ctx)).toEqual([
      '/itemCode',
      '/urgency',
      '/level',
    ]);
  });

  it('dispatch needs a lead; assisting ids unique, not the lead, known', () => {
    expect(paths('dispatch', {})).toEqual(['/leadDepartmentId']);
    expect(
      actionPayloadProblems('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: ['d2', 'd3'] }),
    ).toEqual([]);
    expect(
      paths('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: ['d2', 'd1', 'd2', ''] }),
    ).toEqual(['/assistDepartmentIds/2', '/assistDepartmentIds/3', '/assistDepartmentIds/1']);
    expect(paths('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: 'd2' })).toEqual([
      '/assistDepartmentIds',
    ]);
    const ctx = { knownDepartmentIds: new Set(['d1', 'd2']) };
    expect(paths('dispatch', { leadDepartmentId: 'dx', assistDepartmentIds: ['d2', 'd9'] }, ctx)).toEqual([
      '/leadDepartmentId',
      '/assistDepartmentIds/1',
    ]);
  });

  it('request_extension needs a reason and a positive extra in minutes, hours or days', () => {
    expect(paths('request_extension', {})).toEqual(['/reason', '/extra']);
    expect(
      actionPayloadProblems('request_extension', {
        reason: '需协调产权单位',
        extra: { amount: 2, unit: 'day' },
      }),
    ).toEqual([]);
    expect(paths('request_extension', { reason: 'r', extra: { amount: 0, unit: 'week' } })).toEqual([
      '/extra/unit',
      '/extra/amount',
    ]);
    expect(paths('request_extension', { reason: 'r', extra: { amount: 1.5, unit: 'hour' } })).toEqual([
      '/extra/amount',
    ]);
    expect(paths('request_extension', { reason: 'r', extra: { amount: 91, unit: 'day' } })).toEqual([
      '/extra/amount',
    ]);
    expect(
      paths('request_extension', { reason: 'r', extra: { amount: 1, unit: 'day', basis: 'lunar' } }),
    ).toEqual(['/extra/basis']);
  });

  it('request_suspension needs a why (reason or note)', () => {
    expect(paths('request_suspension', {})).toEqual(['/reason']);
    expect(actionPayloadProblems('request_suspension', { note: '等待法院裁定' })).toEqual([]);
    expect(actionPayloadProblems('request_suspension', { reason: '等待法院裁定' })).toEqual([]);
  });

  it('feedback and assist_feedback need a result; attachments are a list of distinct ids', () => {
    for (const action of ['feedback', 'assist_feedback'] as const) {
      expect(paths(action, {})).toEqual(['/result']);
      expect(actionPayloadProblems(action, { result: '已责令整改', attachmentIds: ['a1', 'a2'] })).toEqual(
        [],
      );
      expect(paths(action, { result: 'ok', attachmentIds: ['a1', 'a1'] })).toEqual(['/attachmentIds/1']);
    }
    expect(paths('feedback', { result: 'ok', missingPartsReason: '' })).toEqual(['/missingPartsReason']);
    expect(actionPayloadProblems('feedback', { result: 'ok', missingPartsReason: '水务局未到场' })).toEqual(
      [],
    );
  });

  it('check needs passed, and a note when it fails', () => {
    expect(paths('check', {})).toEqual(['/passed']);
    expect(actionPayloadProblems('check', { passed: true })).toEqual([]);
    expect(paths('check', { passed: false })).toEqual(['/note']);
    expect(actionPayloadProblems('check', { passed: false, note: '油烟净化器未安装' })).toEqual([]);
  });

  it('comment needs a note; evaluate a rating from 1 to 5', () => {
    expect(paths('comment', {})).toEqual(['/note']);
    expect(actionPayloadProblems('comment', { note: '已电话联系' })).toEqual([]);
    expect(paths('evaluate', {})).toEqual(['/rating']);
    expect(paths('evaluate', { rating: 6 })).toEqual(['/rating']);
    expect(paths('evaluate', { rating: 2.5 })).toEqual(['/rating']);
    expect(actionPayloadProblems('evaluate', { rating: 5, comment: '处置及时' })).toEqual([]);
    expect(paths('evaluate', { rating: 4, comment: 7 })).toEqual(['/comment']);
  });

  it('has a rule for every action', () => {
    for (const action of CASE_ACTIONS) expect(Array.isArray(actionPayloadProblems(action, {}))).toBe(true);
  });
});

describe('assertActionPayload', () => {
  it('throws VALIDATION_FAILED with body-prefixed paths like the schema errors', () => {
    expect(() => assertActionPayload('return', { reason: '不属于本部门' })).not.toThrow();
    try {
      assertActionPayload('request_extension', { reason: 'r', extra: { amount: -1, unit: 'day' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const err = e as AppError;
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.details).toEqual([{ path: 'body/extra/amount', message: expect.any(String) }]);
      expect(err.message).toMatch(/^Invalid request_extension: body\/extra\/amount/);
    }
  });
});

describe('actionPayloadAdvice', () => {
  it('recommends photos and reasons without blocking', () => {
    expect(actionPayloadAdvice('feedback', { result: 'ok' }).map((p) => p.path)).toEqual(['/attachmentIds']);
    expect(actionPayloadAdvice('feedback', { result: 'ok', attachmentIds: ['a'] })).toEqual([]);
    expect(actionPayloadAdvice('check', { passed: false, note: 'x' })).toHaveLength(1);
    expect(actionPayloadAdvice('check', { passed: true })).toEqual([]);
    expect(actionPayloadAdvice('deny_extension', {})).toHaveLength(1);
    expect(actionPayloadAdvice('urge', {})).toEqual([]);
  });
});

describe('actionHintsFromPayload', () => {
  it('reads what the rules need', () => {
    expect(actionHintsFromPayload('verify', { real: false })).toEqual({ real: false });
    expect(actionHintsFromPayload('check', { passed: false })).toEqual({ passed: false });
    expect(actionHintsFromPayload('feedback', { result: 'x', missingPartsReason: '未到场' })).toEqual({
      hasMissingPartsReason: true,
    });
    expect(actionHintsFromPayload('feedback', { result: 'x', missingPartsReason: ' ' })).toEqual({
      hasMissingPartsReason: false,
    });
    expect(actionHintsFromPayload('file', { level: 'street' })).toEqual({ level: 'street' });
    expect(actionHintsFromPayload('file', { level: 'city' })).toEqual({});
    expect(actionHintsFromPayload('urge', null)).toEqual({});
  });
});
