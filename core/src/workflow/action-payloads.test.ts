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

describe('actionPayloadProblems: bounds and the messages a user reads', () => {
  const problem = (path: string, message: string) => ({ path, message });

  it('names a payload that is not an object', () => {
    expect(actionPayloadProblems('urge', 'x')).toEqual([problem('', 'The payload must be an object')]);
  });

  it('text: null is absent; required, type, blank and length each have their message', () => {
    expect(actionPayloadProblems('urge', { note: null })).toEqual([]);
    expect(actionPayloadProblems('reject', { reason: null })).toEqual([
      problem('/reason', 'reason is required'),
    ]);
    expect(actionPayloadProblems('reject', {})).toEqual([problem('/reason', 'reason is required')]);
    expect(actionPayloadProblems('urge', { note: 5 })).toEqual([problem('/note', 'note must be text')]);
    expect(actionPayloadProblems('return', { reason: ' \n ' })).toEqual([
      problem('/reason', 'reason must not be empty'),
    ]);
    expect(actionPayloadProblems('close', { note: 'x'.repeat(2000) })).toEqual([]);
    expect(actionPayloadProblems('close', { note: 'x'.repeat(2001) })).toEqual([
      problem('/note', 'note must be at most 2000 characters'),
    ]);
  });

  it('note is checked once for comment (where it is required) and as optional text elsewhere', () => {
    expect(actionPayloadProblems('comment', { note: 5 })).toEqual([problem('/note', 'note must be text')]);
    expect(actionPayloadProblems('comment', { note: '' })).toEqual([
      problem('/note', 'note must not be empty'),
    ]);
    for (const action of ['approve_extension', 'resume', 'close', 'escalate', 'urge', 'supervise'] as const) {
      expect(actionPayloadProblems(action, { note: [] })).toEqual([problem('/note', 'note must be text')]);
    }
  });

  it('verify: real must be a boolean', () => {
    expect(actionPayloadProblems('verify', { real: 'yes' })).toEqual([
      problem('/real', 'real must be true or false'),
    ]);
    expect(actionPayloadProblems('verify', { real: true })).toEqual([]);
  });

  it('file: itemCode must be a non-empty, known code; urgency and level from their lists', () => {
    expect(actionPayloadProblems('file', { itemCode: '' })).toEqual([
      problem('/itemCode', 'itemCode must be a non-empty code'),
    ]);
    expect(actionPayloadProblems('file', { itemCode: '  ' }, { knownItemCodes: ['air.x'] })).toEqual([
      problem('/itemCode', 'itemCode must be a non-empty code'),
    ]);
    expect(actionPayloadProblems('file', { itemCode: 7 })).toEqual([
      problem('/itemCode', 'itemCode must be a non-empty code'),
    ]);
    expect(actionPayloadProblems('file', { itemCode: 'air.nope' }, { knownItemCodes: ['air.x'] })).toEqual([
      problem('/itemCode', 'Unknown or retired item air.nope'),
    ]);
    expect(actionPayloadProblems('file', { itemCode: 'anything' })).toEqual([]);
    expect(actionPayloadProblems('file', { urgency: 'asap' })).toEqual([
      problem('/urgency', 'urgency must be one of normal, urgent, critical'),
    ]);
    expect(actionPayloadProblems('file', { level: 'city' })).toEqual([
      problem('/level', 'level must be one of grid, street, district'),
    ]);
    for (const urgency of ['normal', 'urgent', 'critical'])
      expect(actionPayloadProblems('file', { urgency })).toEqual([]);
    for (const level of ['grid', 'street', 'district'])
      expect(actionPayloadProblems('file', { level })).toEqual([]);
  });

  it('void: duplicateOf names another case, else a reason; the reason is text either way', () => {
    expect(actionPayloadProblems('void', {})).toEqual([
      problem('/reason', 'Give duplicateOf (the case this one repeats) or a reason'),
    ]);
    expect(actionPayloadProblems('void', { duplicateOf: null, reason: '测试数据' })).toEqual([]);
    expect(actionPayloadProblems('void', { duplicateOf: 'c2' }, { caseId: 'c1' })).toEqual([]);
    expect(actionPayloadProblems('void', { duplicateOf: 'c1' }, { caseId: 'c1' })).toEqual([
      problem('/duplicateOf', 'A case cannot duplicate itself'),
    ]);
    expect(actionPayloadProblems('void', { duplicateOf: ' ' })).toEqual([
      problem('/duplicateOf', 'duplicateOf must be a case id'),
    ]);
    expect(actionPayloadProblems('void', { duplicateOf: 'c2', reason: 5 })).toEqual([
      problem('/reason', 'reason must be text'),
    ]);
    expect(actionPayloadProblems('void', { duplicateOf: 'c2', reason: 'x'.repeat(2001) })).toEqual([
      problem('/reason', 'reason must be at most 2000 characters'),
    ]);
  });

  it('dispatch: the lead is required and known; assisting ids are a bounded list of distinct known ids', () => {
    expect(actionPayloadProblems('dispatch', { leadDepartmentId: '' })).toEqual([
      problem('/leadDepartmentId', 'leadDepartmentId is required'),
    ]);
    const ctx = { knownDepartmentIds: ['d1', 'd2'] };
    expect(actionPayloadProblems('dispatch', { leadDepartmentId: 'dx' }, ctx)).toEqual([
      problem('/leadDepartmentId', 'Unknown department dx'),
    ]);
    expect(
      actionPayloadProblems('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: ['d2', 'd9'] }, ctx),
    ).toEqual([problem('/assistDepartmentIds/1', 'Unknown id d9')]);
    expect(
      actionPayloadProblems('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: ['d2', 'd2', '', 3] }),
    ).toEqual([
      problem('/assistDepartmentIds/1', 'd2 is listed twice'),
      problem('/assistDepartmentIds/2', 'must be a non-empty id'),
      problem('/assistDepartmentIds/3', 'must be a non-empty id'),
    ]);
    expect(
      actionPayloadProblems('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: ['d1'] }),
    ).toEqual([problem('/assistDepartmentIds/0', 'The lead department cannot also be assisting')]);
    expect(actionPayloadProblems('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: 'd2' })).toEqual([
      problem('/assistDepartmentIds', 'assistDepartmentIds must be a list of ids'),
    ]);
    expect(actionPayloadProblems('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: null })).toEqual(
      [],
    );
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);
    expect(
      actionPayloadProblems('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: ids(10) }),
    ).toEqual([]);
    expect(
      actionPayloadProblems('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: ids(11) }),
    ).toEqual([problem('/assistDepartmentIds', 'assistDepartmentIds may hold at most 10 ids')]);
  });

  it('request_extension: extra {amount, unit, basis?}, at most 90 days', () => {
    const ext = (extra: unknown) => actionPayloadProblems('request_extension', { reason: '协调中', extra });
    expect(actionPayloadProblems('request_extension', { reason: '协调中' })).toEqual([
      problem('/extra', 'extra {amount, unit} is required'),
    ]);
    expect(ext({ amount: 1, unit: 'week' })).toEqual([
      problem('/extra/unit', 'unit must be one of minute, hour, day'),
    ]);
    expect(ext({ amount: 0, unit: 'hour' })).toEqual([
      problem('/extra/amount', 'amount must be a whole number greater than 0'),
    ]);
    expect(ext({ amount: '2', unit: 'hour' })).toEqual([
      problem('/extra/amount', 'amount must be a whole number greater than 0'),
    ]);
    expect(ext({ amount: 90, unit: 'day' })).toEqual([]);
    expect(ext({ amount: 90 * 24, unit: 'hour' })).toEqual([]);
    expect(ext({ amount: 90 * 24 * 60, unit: 'minute' })).toEqual([]);
    expect(ext({ amount: 90 * 24 * 60 + 1, unit: 'minute' })).toEqual([
      problem('/extra/amount', 'An extension may not exceed 90 days: request a suspension'),
    ]);
    expect(ext({ amount: 91, unit: 'day' })).toEqual([
      problem('/extra/amount', 'An extension may not exceed 90 days: request a suspension'),
    ]);
    expect(ext({ amount: 2, unit: 'day', basis: 'natural' })).toEqual([]);
    expect(ext({ amount: 2, unit: 'day', basis: 'working' })).toEqual([]);
    expect(ext({ amount: 2, unit: 'day', basis: '' })).toEqual([
      problem('/extra/basis', 'basis must be natural or working'),
    ]);
  });

  it('request_suspension: a why, and the reason is text', () => {
    expect(actionPayloadProblems('request_suspension', {})).toEqual([
      problem('/reason', 'Say why the case must be suspended (reason or note)'),
    ]);
    expect(actionPayloadProblems('request_suspension', { note: '等待裁定', reason: 5 })).toEqual([
      problem('/reason', 'reason must be text'),
    ]);
  });

  it('feedback: attachments optional (null is absent), at most 20; missingPartsReason non-blank when given', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
    expect(actionPayloadProblems('feedback', { result: 'ok', attachmentIds: null })).toEqual([]);
    expect(actionPayloadProblems('feedback', { result: 'ok', attachmentIds: ids(20) })).toEqual([]);
    expect(actionPayloadProblems('assist_feedback', { result: 'ok', attachmentIds: ids(21) })).toEqual([
      problem('/attachmentIds', 'attachmentIds may hold at most 20 ids'),
    ]);
    expect(actionPayloadProblems('feedback', { result: 'ok', missingPartsReason: null })).toEqual([]);
    expect(actionPayloadProblems('feedback', { result: 'ok', missingPartsReason: ' ' })).toEqual([
      problem('/missingPartsReason', 'missingPartsReason must not be empty'),
    ]);
    expect(actionPayloadProblems('feedback', {})).toEqual([problem('/result', 'result is required')]);
  });

  it('check: passed required, a note when failed, attachments a list', () => {
    expect(actionPayloadProblems('check', { passed: false })).toEqual([
      problem('/note', 'Say what is still wrong (note) when the check fails'),
    ]);
    expect(actionPayloadProblems('check', { passed: 'no' })).toEqual([
      problem('/passed', 'passed must be true or false'),
    ]);
    expect(actionPayloadProblems('check', { passed: true, attachmentIds: 'p1' })).toEqual([
      problem('/attachmentIds', 'attachmentIds must be a list of ids'),
    ]);
    expect(actionPayloadProblems('check', { passed: true, attachmentIds: ['p1', 'p1'] })).toEqual([
      problem('/attachmentIds/1', 'p1 is listed twice'),
    ]);
  });

  it('evaluate: a whole rating from 1 to 5', () => {
    for (const rating of [1, 2, 3, 4, 5]) expect(actionPayloadProblems('evaluate', { rating })).toEqual([]);
    for (const rating of [0, -1, 6, 2.5, '3', null])
      expect(actionPayloadProblems('evaluate', { rating })).toEqual([
        problem('/rating', 'rating must be a whole number from 1 to 5'),
      ]);
  });
});

describe('actionPayloadAdvice: messages', () => {
  const advice = (path: string, message: string) => [{ path, message }];
  it('photos of a result, for feedback and assisting feedback, when none or an empty list', () => {
    for (const action of ['feedback', 'assist_feedback'] as const) {
      expect(actionPayloadAdvice(action, { result: 'ok' })).toEqual(
        advice('/attachmentIds', 'Photos of the result are recommended'),
      );
      expect(actionPayloadAdvice(action, { result: 'ok', attachmentIds: [] })).toEqual(
        advice('/attachmentIds', 'Photos of the result are recommended'),
      );
      expect(actionPayloadAdvice(action, { result: 'ok', attachmentIds: ['p1'] })).toEqual([]);
    }
  });
  it('photos of what is still wrong when a check fails without them', () => {
    expect(actionPayloadAdvice('check', { passed: false, note: 'x' })).toEqual(
      advice('/attachmentIds', 'Photos of what is still wrong are recommended'),
    );
    expect(actionPayloadAdvice('check', { passed: false, note: 'x', attachmentIds: [] })).toEqual(
      advice('/attachmentIds', 'Photos of what is still wrong are recommended'),
    );
    expect(actionPayloadAdvice('check', { passed: false, note: 'x', attachmentIds: ['p1'] })).toEqual([]);
  });
  it('a reason when denying an extension or a suspension', () => {
    for (const action of ['deny_extension', 'deny_suspension'] as const) {
      expect(actionPayloadAdvice(action, {})).toEqual(advice('/note', 'Say why the request is denied'));
      expect(actionPayloadAdvice(action, { note: ' ' })).toEqual(
        advice('/note', 'Say why the request is denied'),
      );
      expect(actionPayloadAdvice(action, { note: '理由不充分' })).toEqual([]);
    }
    expect(actionPayloadAdvice('approve_extension', {})).toEqual([]);
  });
  it('gives no advice on a payload that is not an object', () => {
    for (const action of ['feedback', 'check', 'deny_suspension', 'urge'] as const) {
      expect(actionPayloadAdvice(action, null)).toEqual([]);
    }
  });
});

describe('actionHintsFromPayload: only what is given', () => {
  it('adds no keys for absent or malformed values', () => {
    expect(actionHintsFromPayload('verify', null)).toStrictEqual({});
    expect(actionHintsFromPayload('check', null)).toStrictEqual({});
    expect(actionHintsFromPayload('verify', {})).toStrictEqual({});
    expect(actionHintsFromPayload('verify', { real: 'no' })).toStrictEqual({});
    expect(actionHintsFromPayload('verify', { real: true })).toStrictEqual({ real: true });
    expect(actionHintsFromPayload('check', {})).toStrictEqual({});
    expect(actionHintsFromPayload('check', { passed: true })).toStrictEqual({ passed: true });
    expect(actionHintsFromPayload('urge', {})).toStrictEqual({});
    expect(actionHintsFromPayload('close', { real: false, passed: false, level: 'grid' })).toStrictEqual({});
  });
});
