// Rule: case photos are grouped under the label of what they show; unknown kinds fall under "other".
import { describe, expect, it } from 'vitest';
import { photoKindKey } from './case-photos.tsx';

describe('photoKindKey', () => {
  it('labels each known photo kind', () => {
    expect(['report', 'before', 'after', 'feedback', 'assist_feedback', 'check'].map(photoKindKey)).toEqual([
      'cases.photoKind.report',
      'cases.photoKind.before',
      'cases.photoKind.after',
      'cases.photoKind.feedback',
      'cases.photoKind.assist',
      'cases.photoKind.check',
    ]);
  });

  it('labels any other kind as other', () => {
    expect(['selfie', '', 'REPORT', 'toString', 'constructor'].map(photoKindKey)).toEqual([
      'cases.photoKind.other',
      'cases.photoKind.other',
      'cases.photoKind.other',
      'cases.photoKind.other',
      'cases.photoKind.other',
    ]);
  });
});
