/**
 * The duplicate rule (docs/workflow.md): an open case of the same item within 50 m, reported in
 * the 72 hours before, may be the same problem. Distances below were worked out independently
 * (haversine on a 6,371,008.8 m sphere) and written as numbers.
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './case-record.ts';
import type { CaseStatus } from './case-states.ts';
import { distanceM, duplicateSearch, rankDuplicates } from './duplicate-rule.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 2, 4, 2, 0);
const here = { lng: 116.4, lat: 39.9 };

type Other = Pick<CaseRecord, 'id' | 'caseNo' | 'status' | 'itemCode' | 'location' | 'createdAt'>;
const other = (id: string, over: Partial<Other> = {}): Other => ({
  id,
  caseNo: `No-${id}`,
  status: 'dispatched',
  itemCode: '0101',
  location: { lng: 116.4, lat: 39.9004 },
  createdAt: NOW - HOUR,
  ...over,
});
const theCase = { id: 'new', itemCode: '0101', location: here };

describe('duplicate rule', () => {
  it('measures metres on the ground', () => {
    expect(distanceM(here, { lng: 116.4, lat: 39.9004 })).toBeCloseTo(44.478, 2);
    expect(distanceM(here, { lng: 116.4005, lat: 39.9 })).toBeCloseTo(42.652, 2);
    expect(distanceM(here, here)).toBe(0);
  });

  it('names open cases of the same item within 50 m from the last 72 h, nearest first', () => {
    const found = rankDuplicates(
      theCase,
      [
        other('north-44m'),
        other('east-43m', { location: { lng: 116.4005, lat: 39.9 } }),
        other('north-56m', { location: { lng: 116.4, lat: 39.9005 } }),
        // 50.04 m: within 50 m at the metre the rule measures in.
        other('south-50m', { location: { lng: 116.4, lat: 39.89955 } }),
        other('other-item', { itemCode: '0102' }),
        other('just-72h', { createdAt: NOW - 72 * HOUR, location: { lng: 116.4003, lat: 39.9003 } }),
        other('older', { createdAt: NOW - 72 * HOUR - 1 }),
        other('new'),
      ],
      NOW,
    );
    expect(found).toEqual([
      {
        id: 'just-72h',
        caseNo: 'No-just-72h',
        status: 'dispatched',
        createdAt: NOW - 72 * HOUR,
        distanceM: 42,
      },
      { id: 'east-43m', caseNo: 'No-east-43m', status: 'dispatched', createdAt: NOW - HOUR, distanceM: 43 },
      { id: 'north-44m', caseNo: 'No-north-44m', status: 'dispatched', createdAt: NOW - HOUR, distanceM: 44 },
      { id: 'south-50m', caseNo: 'No-south-50m', status: 'dispatched', createdAt: NOW - HOUR, distanceM: 50 },
    ]);
  });

  it('a closed, rejected or voided case is never a duplicate; every open one can be', () => {
    const ended: CaseStatus[] = ['closed', 'rejected', 'voided'];
    const open: CaseStatus[] = [
      'pending_verification',
      'reported',
      'filed',
      'dispatched',
      'suspended',
      'pending_check',
      'pending_close',
    ];
    const found = rankDuplicates(
      theCase,
      [...ended, ...open].map((status) => other(status, { status })),
      NOW,
    );
    expect(found.map((d) => d.id).sort()).toEqual([...open].sort());
  });

  it('equally near: the older report first', () => {
    const found = rankDuplicates(
      theCase,
      [other('b', { createdAt: NOW - HOUR }), other('a', { createdAt: NOW - 2 * HOUR })],
      NOW,
    );
    expect(found.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('asks the store for open cases of the item in a box around the 50 m circle, since 72 h ago', () => {
    const q = duplicateSearch(theCase, NOW);
    expect(q.itemCode).toBe('0101');
    expect(q.since).toBe(NOW - 259_200_000);
    expect([...q.statuses].sort()).toEqual([
      'dispatched',
      'filed',
      'pending_check',
      'pending_close',
      'pending_verification',
      'reported',
      'suspended',
    ]);
    // 50 m is 0.000449° of latitude and, at 39.9° N, 0.000585° of longitude.
    expect(q.bbox[0]).toBeCloseTo(116.4 - 0.000585, 6);
    expect(q.bbox[1]).toBeCloseTo(39.9 - 0.000449, 6);
    expect(q.bbox[2]).toBeCloseTo(116.4 + 0.000585, 6);
    expect(q.bbox[3]).toBeCloseTo(39.9 + 0.000449, 6);
  });
});
