import { describe, it, expect } from 'vitest';
import { AppError } from '../errors.ts';
import {
  ancestorAt,
  assertGridInCommunity,
  communityStreetProblem,
  compareRegionCodes,
  gridCode,
  gridCodeProblem,
  gridCommunityProblem,
  isCommunityCode,
  isGridCode,
  isStreetCode,
  isWithinRegion,
  parentOf,
  parseCommunityCode,
  parseGridCode,
  parseStreetCode,
  regionCodeKind,
} from './region-codes.ts';

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a throw');
}

describe('grid codes', () => {
  it('parses the parts of a grid code', () => {
    expect(parseGridCode('110101001001004')).toEqual({
      kind: 'grid',
      code: '110101001001004',
      districtCode: '110101',
      streetCode: '110101001',
      communityCode: '110101001001',
      sequence: 4,
    });
  });

  it('rejects bad grid codes with clear messages', () => {
    expect(gridCodeProblem('11010100100100')).toMatch(/^grid code must be 15 digits/);
    expect(gridCodeProblem('1101010010010045')).toMatch(/^grid code must be 15 digits/);
    expect(gridCodeProblem('11010100100100x')).toMatch(/^grid code must be 15 digits/);
    expect(gridCodeProblem(110101001001004)).toBe('grid code must be a string of 15 digits');
    expect(gridCodeProblem('110101001001000')).toMatch(/grid sequence 000/);
    expect(gridCodeProblem('110101000001001')).toMatch(/street 000/);
    expect(gridCodeProblem('110101001000001')).toMatch(/community 000/);
    expect(gridCodeProblem('010101001001001')).toMatch(/invalid district code/);
    expect(gridCodeProblem('110101001001004')).toBeNull();
    const err = thrown(() => parseGridCode('123'));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.message).toMatch(/grid code must be 15 digits/);
  });

  it('type guards tell the levels apart', () => {
    expect(isGridCode('110101001001004')).toBe(true);
    expect(isGridCode('110101001001')).toBe(false);
    expect(isCommunityCode('110101001001')).toBe(true);
    expect(isCommunityCode('110101001')).toBe(false);
    expect(isStreetCode('110101001')).toBe(true);
    expect(isStreetCode('110101001001004')).toBe(false);
    expect(isStreetCode(null)).toBe(false);
    expect(regionCodeKind('110101')).toBe('district');
    expect(regionCodeKind('110101017')).toBe('street');
    expect(regionCodeKind('11010101')).toBeNull();
  });

  it('parses street and community codes', () => {
    expect(parseCommunityCode('110101002001')).toMatchObject({
      streetCode: '110101002',
      communityCode: '110101002001',
    });
    expect(parseStreetCode('110101017')).toMatchObject({ districtCode: '110101', streetCode: '110101017' });
    expect(thrown(() => parseCommunityCode('110101002')).message).toMatch(/community code must be 12 digits/);
    expect(thrown(() => parseStreetCode('1101010')).message).toMatch(/street code must be 9 digits/);
  });
});

describe('hierarchy', () => {
  it('parentOf walks up one level', () => {
    expect(parentOf('110101001001004')).toBe('110101001001');
    expect(parentOf('110101001001')).toBe('110101001');
    expect(parentOf('110101001')).toBe('110101');
    expect(parentOf('110101')).toBeNull();
    expect(thrown(() => parentOf('1101010010010')).code).toBe('VALIDATION_FAILED');
  });

  it('ancestorAt and isWithinRegion', () => {
    expect(ancestorAt('110101001001004', 'street')).toBe('110101001');
    expect(ancestorAt('110101001001004', 'grid')).toBe('110101001001004');
    expect(() => ancestorAt('110101001', 'community')).toThrow(/street code 110101001 has no community code/);
    expect(isWithinRegion('110101001001004', '110101001')).toBe(true);
    expect(isWithinRegion('110101001001004', '110101002')).toBe(false);
    expect(isWithinRegion('110101001', '110101001001')).toBe(false);
    expect(isWithinRegion('junk', '110101')).toBe(false);
  });

  it('gridCode builds a code from a community and a sequence', () => {
    expect(gridCode('110101001001', 4)).toBe('110101001001004');
    expect(gridCode('110101001001', 999)).toBe('110101001001999');
    expect(() => gridCode('110101001001', 0)).toThrow(/grid sequence must be an integer from 1 to 999/);
    expect(() => gridCode('110101001001', 1000)).toThrow(/from 1 to 999/);
    expect(() => gridCode('110101001001', 1.5)).toThrow(/from 1 to 999/);
    expect(() => gridCode('1101010010', 1)).toThrow(/community code must be 12 digits/);
  });

  it('explains a grid that does not belong to a community', () => {
    expect(gridCommunityProblem('110101001001004', '110101002001')).toBe(
      'grid 110101001001004 does not belong to community 110101002001',
    );
    expect(gridCommunityProblem('110101001001004', '110101001001')).toBeNull();
    expect(communityStreetProblem('110101002001', '110101001')).toBe(
      'community 110101002001 does not belong to street 110101001',
    );
    expect(communityStreetProblem('110101002001', '110101002')).toBeNull();
    const err = thrown(() => assertGridInCommunity('110101001001004', '110101002001'));
    expect(err.message).toBe('grid 110101001001004 does not belong to community 110101002001');
    expect(err.details).toEqual({ grid: '110101001001004', community: '110101002001' });
  });

  it('compareRegionCodes sorts by level then code', () => {
    const codes = ['110101001001004', '110101002', '110101001001', '110101001', '110101001001001'];
    expect([...codes].sort(compareRegionCodes)).toEqual([
      '110101001',
      '110101002',
      '110101001001',
      '110101001001001',
      '110101001001004',
    ]);
  });
});
