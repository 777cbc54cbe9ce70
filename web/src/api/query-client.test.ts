// Rule: a live case change marks every case query stale (list, one case, its events, a search), and nothing else.
import type { Query } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isCaseQuery, isNotificationQuery } from './query-client.ts';

const q = (head: string) => ({ queryKey: [head] }) as unknown as Query;

describe('which cached queries a live event touches', () => {
  it('case data', () => {
    expect(
      ['cases', 'case:abc', 'case-events:abc', 'case-search:2026'].map((k) => isCaseQuery(q(k))),
    ).toEqual([true, true, true, true]);
    expect(
      ['ref:departments', 'grids:110101001', 'notifications:unread', 'caseload'].map((k) =>
        isCaseQuery(q(k)),
      ),
    ).toEqual([false, false, false, false]);
  });

  it('the inbox', () => {
    expect(isNotificationQuery(q('notifications:unread'))).toBe(true);
    expect(isNotificationQuery(q('case:abc'))).toBe(false);
  });
});
