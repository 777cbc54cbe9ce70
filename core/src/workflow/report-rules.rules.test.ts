/** Plan step 1 (docs/workflow.md): channels, starting status and level, case numbers. */
import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import {
  caseNumber,
  caseNumberCounter,
  mayResolveOnSite,
  reportChannelOf,
  reportStart,
  staysInOwnStreet,
  takesCallerContact,
} from './report-rules.ts';

const as = (...roles: Role[]) => ({ roles });

describe('report rules', () => {
  it('the channel follows the reporter’s roles', () => {
    expect(reportChannelOf(as('supervisor'))).toBe('patrol');
    expect(reportChannelOf(as('intake'))).toBe('hotline');
    expect(reportChannelOf(as('subcenter'))).toBe('hotline');
    expect(reportChannelOf(as('auditor'))).toBe('audit');
    expect(reportChannelOf(as('intake', 'supervisor'))).toBe('patrol');
    expect(reportChannelOf(as('auditor', 'subcenter'))).toBe('hotline');
    for (const r of ['dispatcher', 'handler', 'leader', 'officer', 'admin'] as const)
      expect(reportChannelOf(as(r)), r).toBeNull();
  });

  it('only patrol resolves on the spot; only the hotline records a caller', () => {
    expect([mayResolveOnSite('patrol'), mayResolveOnSite('hotline'), mayResolveOnSite('audit')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([
      takesCallerContact('patrol'),
      takesCallerContact('hotline'),
      takesCallerContact('audit'),
    ]).toEqual([false, true, false]);
  });

  it('a street-scoped reporter off patrol stays in the street', () => {
    const street = { scope: { kind: 'street' as const, code: '110101001' } };
    const district = { scope: { kind: 'district' as const, code: '110101' } };
    expect(staysInOwnStreet(street, 'hotline')).toBe(true);
    expect(staysInOwnStreet(street, 'audit')).toBe(true);
    expect(staysInOwnStreet(street, 'patrol')).toBe(false);
    expect(staysInOwnStreet(district, 'hotline')).toBe(false);
  });

  it('where a case starts', () => {
    expect(reportStart('patrol', false, 'street')).toEqual({ status: 'reported', level: 'street' });
    expect(reportStart('audit', false, 'district')).toEqual({ status: 'reported', level: 'district' });
    expect(reportStart('hotline', false, 'district')).toEqual({
      status: 'pending_verification',
      level: 'district',
    });
    expect(reportStart('patrol', true, 'district')).toEqual({ status: 'pending_close', level: 'grid' });
  });

  it('case numbers are the local date and a 4-digit sequence', () => {
    expect(caseNumber('2026-03-04', 7)).toBe('202603040007');
    expect(caseNumber('2026-12-31', 10_000)).toBe('2026123110000');
    expect(caseNumberCounter('2026-03-04')).toBe('case_no:20260304');
  });
});
