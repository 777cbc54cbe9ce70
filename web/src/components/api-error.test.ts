// Rule: the server's schema problems land on the form fields they name (body/ prefix dropped), others are left.
import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { applyFieldErrors } from './api-error.tsx';

function fakeForm() {
  const set: unknown[] = [];
  const form = { setFields: (fields: unknown[]) => set.push(...fields) } as unknown as FormInstance;
  return { form, set };
}

const invalid = (details: unknown) => new ApiError(400, 'VALIDATION_FAILED', 'Invalid body', details);

describe('applyFieldErrors', () => {
  it('puts each problem on the form field it names', () => {
    const { form, set } = fakeForm();
    const err = invalid([
      { path: 'body/username', message: 'must be at least 3 characters' },
      { path: 'body/scope/code', message: 'unknown street' },
      { path: 'body/other', message: 'not on this form' },
      { path: 'displayName', message: 'required' },
    ]);
    expect(applyFieldErrors(form, err, ['username', 'scope', 'displayName'])).toBe(true);
    expect(set).toEqual([
      { name: 'username', errors: ['must be at least 3 characters'] },
      { name: 'scope', errors: ['unknown street'] },
      { name: 'displayName', errors: ['required'] },
    ]);
  });

  it('touches no field and says so when nothing matches', () => {
    const { form, set } = fakeForm();
    expect(applyFieldErrors(form, invalid([{ path: 'body/x', message: 'm' }]), ['username'])).toBe(false);
    expect(set).toEqual([]);
  });

  it('ignores details that are not a problem list, and malformed entries', () => {
    const { form, set } = fakeForm();
    expect(applyFieldErrors(form, invalid({ problems: [] }), ['username'])).toBe(false);
    expect(applyFieldErrors(form, new Error('offline'), ['username'])).toBe(false);
    expect(
      applyFieldErrors(form, invalid([null, { path: 'body/username' }, { path: 3, message: 'x' }]), [
        'username',
      ]),
    ).toBe(false);
    expect(set).toEqual([]);
  });
});
