// Rule: only well-formed problem and import-error entries of a 400 answer are shown; another shape gives null.
import { describe, expect, it } from 'vitest';
import { importErrorsOf, problemsOf } from './settings-types.ts';

describe('problemsOf', () => {
  it('keeps the entries with a path and a message', () => {
    expect(
      problemsOf({
        problems: [
          { path: 'steps.verify', message: 'too short' },
          { path: 'steps.file' },
          { message: 'no path' },
          null,
          'text',
          { path: 'handle.byUrgency.urgent', message: 'bad', extra: 1 },
        ],
      }),
    ).toEqual([
      { path: 'steps.verify', message: 'too short' },
      { path: 'handle.byUrgency.urgent', message: 'bad', extra: 1 },
    ]);
  });

  it('is null when the details hold no problem list', () => {
    expect(problemsOf(undefined)).toBeNull();
    expect(problemsOf({})).toBeNull();
    expect(problemsOf({ problems: 'bad' })).toBeNull();
    expect(problemsOf({ problems: [] })).toEqual([]);
  });
});

describe('importErrorsOf', () => {
  it('keeps the entries with a message, with or without a line', () => {
    expect(
      importErrorsOf({
        errors: [{ line: 3, message: 'bad date' }, { line: null, message: 'empty file' }, { line: 4 }, 7],
      }),
    ).toEqual([
      { line: 3, message: 'bad date' },
      { line: null, message: 'empty file' },
    ]);
  });

  it('is null when the details hold no error list', () => {
    expect(importErrorsOf(undefined)).toBeNull();
    expect(importErrorsOf({ problems: [] })).toBeNull();
  });
});
