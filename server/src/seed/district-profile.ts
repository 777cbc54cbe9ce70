/**
 * The district envgrid runs for, as data (docs/district-profile.md): a folder holding
 * `district.json` (code, names, map centre, file names), the district's outline, its streets and
 * communities, and its departments by legal duty. Nothing about a particular district is code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError, isDistrictCode, type PolygonGeometry } from '@envgrid/core';
import { DEMO_DISTRICT_DIR } from '../data-files.ts';
import { boundaryFromGeoJson, parseCommunitiesCsv, parseStreetsCsv } from './demo-district/demo-reference.ts';
import type { DemoCommunityInput, DemoStreetInput } from './demo-district/demo-district.ts';

export type StreetRow = DemoStreetInput;
export type CommunityRow = DemoCommunityInput;

export interface DepartmentsFile {
  district: { code: string; name: string; nameEn: string }[];
  streetTeam: { codePrefix: string; nameSuffix: string; nameEnSuffix: string };
}

export interface DistrictProfile {
  code: string;
  name: string;
  nameEn: string;
  centre: { lng: number; lat: number };
  boundary: PolygonGeometry;
  streets: StreetRow[];
  communities: CommunityRow[];
  departments: DepartmentsFile;
  /** About how many demo grids to lay over the outline (default 1,650). */
  demoGridCount?: number;
}

interface ProfileFile {
  code?: unknown;
  name?: unknown;
  nameEn?: unknown;
  centre?: { lng?: unknown; lat?: unknown };
  boundary?: unknown;
  streets?: unknown;
  communities?: unknown;
  departments?: unknown;
  demoGridCount?: unknown;
}

const bad = (dir: string, message: string) =>
  new AppError('VALIDATION_FAILED', `District profile ${path.join(dir, 'district.json')}: ${message}`);

/** Reads and checks a district profile folder; every street and community must belong to it. */
export function loadDistrictProfile(dir = DEMO_DISTRICT_DIR): DistrictProfile {
  const read = (file: string) => fs.readFileSync(path.resolve(dir, file), 'utf8');
  const p = JSON.parse(read('district.json')) as ProfileFile;
  if (typeof p.code !== 'string' || !isDistrictCode(p.code))
    throw bad(dir, 'code must be a 6-digit district code');
  if (typeof p.name !== 'string' || !p.name.trim()) throw bad(dir, 'name is required');
  const lng = Number(p.centre?.lng);
  const lat = Number(p.centre?.lat);
  if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) throw bad(dir, 'centre must be {lng, lat}');
  for (const key of ['boundary', 'streets', 'communities', 'departments'] as const)
    if (typeof p[key] !== 'string') throw bad(dir, `${key} must name a file`);
  const streets = parseStreetsCsv(read(p.streets as string));
  const communities = parseCommunitiesCsv(read(p.communities as string));
  const code = p.code;
  const stray = [
    ...streets.filter((s) => !s.code.startsWith(code)).map((s) => s.code),
    ...communities.filter((c) => !c.code.startsWith(code)).map((c) => c.code),
  ];
  if (stray.length > 0) throw bad(dir, `codes outside district ${code}: ${stray.slice(0, 5).join(', ')}`);
  return {
    code,
    name: p.name,
    nameEn: typeof p.nameEn === 'string' ? p.nameEn : p.name,
    centre: { lng, lat },
    boundary: boundaryFromGeoJson(JSON.parse(read(p.boundary as string)) as unknown),
    streets,
    communities,
    departments: JSON.parse(read(p.departments as string)) as DepartmentsFile,
    ...(Number.isInteger(p.demoGridCount) && (p.demoGridCount as number) > 0
      ? { demoGridCount: p.demoGridCount as number }
      : {}),
  };
}
