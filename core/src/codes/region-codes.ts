/**
 * Beijing grid coding (docs/domain.md): a 15-digit unit-grid code is
 *   6-digit district admin code + 3-digit street + 3-digit community + 3-digit grid sequence,
 * e.g. `110101001001004` = district 110101, street 001, community 001, grid 004.
 * A street code is the first 9 digits, a community code the first 12.
 */
import { AppError } from '../errors.ts';

export type RegionCodeKind = 'district' | 'street' | 'community' | 'grid';

/** Code length of each level. */
export const REGION_CODE_LENGTH: Readonly<Record<RegionCodeKind, number>> = {
  district: 6,
  street: 9,
  community: 12,
  grid: 15,
};

export interface ParsedRegionCode {
  kind: RegionCodeKind;
  code: string;
  districtCode: string;
  /** Present for street, community and grid codes. */
  streetCode?: string;
  /** Present for community and grid codes. */
  communityCode?: string;
  /** The grid sequence (1–999); present for grid codes. */
  sequence?: number;
}

export interface ParsedGridCode extends ParsedRegionCode {
  kind: 'grid';
  streetCode: string;
  communityCode: string;
  sequence: number;
}

const KIND_BY_LENGTH: ReadonlyMap<number, RegionCodeKind> = new Map([
  [6, 'district'],
  [9, 'street'],
  [12, 'community'],
  [15, 'grid'],
]);

const SEGMENT_LABEL = ['street', 'community', 'grid sequence'] as const;

/**
 * Why `code` is not a valid code of `kind`, or null if it is.
 * Checks: a string of digits of the right length, a district code not starting with 0,
 * and no 3-digit segment equal to 000.
 */
export function regionCodeProblem(code: unknown, kind: RegionCodeKind): string | null {
  const len = REGION_CODE_LENGTH[kind];
  if (typeof code !== 'string') return `${kind} code must be a string of ${len} digits`;
  if (!/^\d+$/.test(code)) return `${kind} code must be ${len} digits, got "${truncate(code)}"`;
  if (code.length !== len)
    return `${kind} code must be ${len} digits, got ${code.length} digits ("${truncate(code)}")`;
  if (code[0] === '0') return `${kind} code ${code} has an invalid district code ${code.slice(0, 6)}`;
  for (let i = 0; 6 + i * 3 < len; i++) {
    const segment = code.slice(6 + i * 3, 9 + i * 3);
    if (segment === '000') return `${kind} code ${code} has ${SEGMENT_LABEL[i]} 000, which is not allowed`;
  }
  return null;
}

/** Why `code` is not a valid 15-digit grid code, or null. */
export const gridCodeProblem = (code: unknown): string | null => regionCodeProblem(code, 'grid');
/** Why `code` is not a valid 12-digit community code, or null. */
export const communityCodeProblem = (code: unknown): string | null => regionCodeProblem(code, 'community');
/** Why `code` is not a valid 9-digit street code, or null. */
export const streetCodeProblem = (code: unknown): string | null => regionCodeProblem(code, 'street');
/** Why `code` is not a valid 6-digit district code, or null. */
export const districtCodeProblem = (code: unknown): string | null => regionCodeProblem(code, 'district');

export const isGridCode = (code: unknown): code is string => gridCodeProblem(code) === null;
export const isCommunityCode = (code: unknown): code is string => communityCodeProblem(code) === null;
export const isStreetCode = (code: unknown): code is string => streetCodeProblem(code) === null;
export const isDistrictCode = (code: unknown): code is string => districtCodeProblem(code) === null;

/** The level of a valid region code (by length), or null if it is not a valid code of any level. */
export function regionCodeKind(code: unknown): RegionCodeKind | null {
  if (typeof code !== 'string') return null;
  const kind = KIND_BY_LENGTH.get(code.length);
  if (!kind) return null;
  return regionCodeProblem(code, kind) === null ? kind : null;
}

/** Throws VALIDATION_FAILED (with `{code, kind}` details) unless `code` is a valid code of `kind`. */
export function assertRegionCode(code: unknown, kind: RegionCodeKind): string {
  const problem = regionCodeProblem(code, kind);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, { code, kind });
  return code as string;
}

/** Parses any valid region code (district, street, community or grid); throws VALIDATION_FAILED otherwise. */
export function parseRegionCode(code: unknown): ParsedRegionCode {
  const kind = regionCodeKind(code);
  if (!kind || typeof code !== 'string') {
    throw new AppError(
      'VALIDATION_FAILED',
      `region code must be 6, 9, 12 or 15 digits, got ${typeof code === 'string' ? `"${truncate(code)}"` : typeof code}`,
      { code },
    );
  }
  const parsed: ParsedRegionCode = { kind, code, districtCode: code.slice(0, 6) };
  if (code.length >= 9) parsed.streetCode = code.slice(0, 9);
  if (code.length >= 12) parsed.communityCode = code.slice(0, 12);
  if (code.length === 15) parsed.sequence = Number(code.slice(12));
  return parsed;
}

/** Parses a 15-digit grid code into its parts; throws VALIDATION_FAILED with a clear message otherwise. */
export function parseGridCode(code: unknown): ParsedGridCode {
  assertRegionCode(code, 'grid');
  return parseRegionCode(code) as ParsedGridCode;
}

/** Parses a 12-digit community code; throws VALIDATION_FAILED otherwise. */
export function parseCommunityCode(
  code: unknown,
): ParsedRegionCode & { kind: 'community'; streetCode: string; communityCode: string } {
  assertRegionCode(code, 'community');
  return parseRegionCode(code) as ParsedRegionCode & {
    kind: 'community';
    streetCode: string;
    communityCode: string;
  };
}

/** Parses a 9-digit street code; throws VALIDATION_FAILED otherwise. */
export function parseStreetCode(code: unknown): ParsedRegionCode & { kind: 'street'; streetCode: string } {
  assertRegionCode(code, 'street');
  return parseRegionCode(code) as ParsedRegionCode & { kind: 'street'; streetCode: string };
}

/**
 * The code of the level above: grid → community, community → street, street → district,
 * district → null. Throws VALIDATION_FAILED for an invalid code.
 */
export function parentOf(code: string): string | null {
  const { kind } = parseRegionCode(code);
  if (kind === 'district') return null;
  return code.slice(0, code.length - 3);
}

/** The code of `code`'s ancestor (or itself) at `kind`; throws if `code` is invalid or above that level. */
export function ancestorAt(code: string, kind: RegionCodeKind): string {
  const parsed = parseRegionCode(code);
  const len = REGION_CODE_LENGTH[kind];
  if (code.length < len) {
    throw new AppError('VALIDATION_FAILED', `${parsed.kind} code ${code} has no ${kind} code`, {
      code,
      kind,
    });
  }
  return code.slice(0, len);
}

/** True if `code` is `ancestor` or lies below it (e.g. a grid within a street). Never throws. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  if (regionCodeKind(code) === null || regionCodeKind(ancestor) === null) return false;
  return code.length >= ancestor.length && code.startsWith(ancestor);
}

/** Formats a grid sequence as its 3-digit suffix ("004"). Throws unless 1 ≤ seq ≤ 999. */
export function formatGridSequence(seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > 999) {
    throw new AppError('VALIDATION_FAILED', `grid sequence must be an integer from 1 to 999, got ${seq}`, {
      seq,
    });
  }
  return String(seq).padStart(3, '0');
}

/** The grid code of sequence `seq` (1–999) in `communityCode`: gridCode('110101001001', 4) = '110101001001004'. */
export function gridCode(communityCode: string, seq: number): string {
  assertRegionCode(communityCode, 'community');
  return communityCode + formatGridSequence(seq);
}

/**
 * Why `gridCode` does not belong to `communityCode`, or null if it does (both must be valid).
 * Message example: "grid 110101001001004 does not belong to community 110101002001".
 */
export function gridCommunityProblem(grid: string, community: string): string | null {
  return childParentProblem(grid, 'grid', community, 'community');
}

/** Why `communityCode` does not belong to `streetCode`, or null. */
export function communityStreetProblem(community: string, street: string): string | null {
  return childParentProblem(community, 'community', street, 'street');
}

/** Why `child` (of kind `childKind`) is not directly or indirectly under `parent` (of kind `parentKind`), or null. */
export function childParentProblem(
  child: unknown,
  childKind: RegionCodeKind,
  parent: unknown,
  parentKind: RegionCodeKind,
): string | null {
  const childProblem = regionCodeProblem(child, childKind);
  if (childProblem) return childProblem;
  const parentProblem = regionCodeProblem(parent, parentKind);
  if (parentProblem) return parentProblem;
  const c = child as string;
  const p = parent as string;
  if (p.length >= c.length) return `a ${childKind} cannot belong to a ${parentKind}`;
  if (!c.startsWith(p)) return `${childKind} ${c} does not belong to ${parentKind} ${p}`;
  return null;
}

/** Throws VALIDATION_FAILED unless grid `grid` belongs to community `community`. */
export function assertGridInCommunity(grid: string, community: string): void {
  const problem = gridCommunityProblem(grid, community);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, { grid, community });
}

/** Compares region codes so that sorting puts them in code order (codes are fixed-width digits per level). */
export function compareRegionCodes(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function truncate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}
