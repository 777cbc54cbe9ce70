// Rule: each case action sends exactly the fields its request needs, trimmed, with uploaded photo ids.
import type { UploadFile } from 'antd';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../api/case-types.ts';
import { actionHintKey, missingAssistParts } from './action-fields.tsx';
import { actionBody, type ActionValues } from './case-action-modal.tsx';
import { attachmentIdsOf, uploadsPending } from './photo-upload.tsx';

const caseWith = (assist: string[], done: string[]): Case =>
  ({
    id: 'c1',
    leadDepartmentId: 'd-lead',
    assistDepartmentIds: assist,
    assistDoneIds: done,
  }) as unknown as Case;
const NO_ASSIST = caseWith([], []);

const photo = (uid: string, status: UploadFile['status'], id?: string): UploadFile => ({
  uid,
  name: `${uid}.jpg`,
  status,
  ...(id ? { response: { id } } : {}),
});
const PHOTOS = [
  photo('1', 'done', 'att-1'),
  photo('2', 'uploading'),
  photo('3', 'error'),
  photo('4', 'done', 'att-4'),
];

describe('attachmentIdsOf and uploadsPending', () => {
  it('sends only the ids of finished uploads, in order', () => {
    expect(attachmentIdsOf(PHOTOS)).toEqual(['att-1', 'att-4']);
    expect(attachmentIdsOf([photo('5', 'done')])).toEqual([]);
    expect(attachmentIdsOf(undefined)).toEqual([]);
  });

  it('knows when an upload is still running', () => {
    expect(uploadsPending(PHOTOS)).toBe(true);
    expect(uploadsPending([photo('1', 'done', 'a'), photo('3', 'error')])).toBe(false);
    expect(uploadsPending(undefined)).toBe(false);
  });
});

describe('missingAssistParts', () => {
  it('lists the assisting departments that have not given their part', () => {
    expect(missingAssistParts(caseWith(['d1', 'd2', 'd3'], ['d2']))).toEqual(['d1', 'd3']);
    expect(missingAssistParts(caseWith(['d1'], ['d1']))).toEqual([]);
  });
});

describe('actionHintKey', () => {
  it('names the hint of an action, and none for an action without one', () => {
    expect(actionHintKey('request_suspension')).toBe('cases.hint.suspension');
    expect(actionHintKey('dispatch')).toBe('cases.hint.dispatch');
    expect(actionHintKey('comment')).toBeNull();
  });
});

describe('actionBody', () => {
  const body = (action: Parameters<typeof actionBody>[0], v: ActionValues, c: Case = NO_ASSIST) =>
    actionBody(action, c, v);

  it('sends a verification with its trimmed note, a blank note as none', () => {
    expect(body('verify', { real: true, note: '  属实 ', reason: 'ignored' })).toEqual({
      real: true,
      note: '属实',
    });
    expect(body('verify', { real: false, note: '   ' })).toEqual({ real: false, note: undefined });
  });

  it('files with item, urgency and level only', () => {
    expect(body('file', { itemCode: 'air.dust', urgency: 'urgent', level: 'street', note: 'x' })).toEqual({
      itemCode: 'air.dust',
      urgency: 'urgent',
      level: 'street',
    });
  });

  it.each(['reject', 'return', 'request_suspension'] as const)(
    'sends a %s with its trimmed reason',
    (action) => {
      expect(body(action, { reason: ' 非本部门职责 ', note: 'x' })).toEqual({ reason: '非本部门职责' });
    },
  );

  it('voids as a duplicate of a case, or with a reason alone', () => {
    expect(body('void', { duplicateOf: 'c0', reason: ' 重复 ' })).toEqual({
      duplicateOf: 'c0',
      reason: '重复',
    });
    expect(body('void', { duplicateOf: '', reason: '误报' })).toEqual({
      duplicateOf: undefined,
      reason: '误报',
    });
  });

  it('dispatches without listing the lead department among the assistants', () => {
    expect(body('dispatch', { leadDepartmentId: 'd1', assistDepartmentIds: ['d1', 'd2', 'd3'] })).toEqual({
      leadDepartmentId: 'd1',
      assistDepartmentIds: ['d2', 'd3'],
    });
    expect(body('dispatch', { leadDepartmentId: 'd1' })).toEqual({
      leadDepartmentId: 'd1',
      assistDepartmentIds: [],
    });
  });

  it('asks for an extension with its reason and the extra time', () => {
    expect(body('request_extension', { reason: ' 需要检测 ', amount: 2, unit: 'day' })).toEqual({
      reason: '需要检测',
      extra: { amount: 2, unit: 'day' },
    });
  });

  it('sends feedback with finished photos, and a reason for missing parts only while parts are missing', () => {
    const v: ActionValues = { result: ' 已整改 ', photos: PHOTOS, missingPartsReason: ' 协办未回复 ' };
    expect(body('feedback', v, caseWith(['d2'], []))).toEqual({
      result: '已整改',
      attachmentIds: ['att-1', 'att-4'],
      missingPartsReason: '协办未回复',
    });
    expect(body('feedback', v, caseWith(['d2'], ['d2']))).toEqual({
      result: '已整改',
      attachmentIds: ['att-1', 'att-4'],
      missingPartsReason: undefined,
    });
  });

  it('sends no attachment list when no photo has finished', () => {
    expect(body('assist_feedback', { result: '完成', photos: [photo('2', 'uploading')] })).toEqual({
      result: '完成',
      attachmentIds: undefined,
    });
    expect(body('check', { passed: false, note: ' 仍有油烟 ' })).toEqual({
      passed: false,
      note: '仍有油烟',
      attachmentIds: undefined,
    });
  });

  it('evaluates with a rating and comment', () => {
    expect(body('evaluate', { rating: 4, comment: ' 及时 ', note: 'x' })).toEqual({
      rating: 4,
      comment: '及时',
    });
  });

  it.each(['urge', 'close', 'comment', 'resume', 'approve_extension'] as const)(
    'sends a %s with its note only',
    (action) => {
      expect(body(action, { note: ' 请尽快 ', reason: 'x', rating: 5 })).toEqual({ note: '请尽快' });
    },
  );
});
