import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** The repository's data/ folder: default datasets shipped with envgrid. */
export const DATA_DIR = path.resolve(import.meta.dirname, '../../../data');

export interface StreetRow {
  code: string;
  name: string;
  centerLng: number;
  centerLat: number;
}
export interface CommunityRow {
  code: string;
  name: string;
  streetCode: string;
}

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  // These files are plain: no quoted fields, no commas inside values.
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i], v.trim()])));
}

export function loadStreets(dir = DATA_DIR): StreetRow[] {
  return readCsv(path.join(dir, 'reference/dongcheng-streets.csv')).map((r) => ({
    code: r.code!,
    name: r.name!,
    centerLng: Number(r.approx_center_lng),
    centerLat: Number(r.approx_center_lat),
  }));
}

export function loadCommunities(dir = DATA_DIR): CommunityRow[] {
  return readCsv(path.join(dir, 'reference/dongcheng-communities.csv')).map((r) => ({
    code: r.code!,
    name: r.name!,
    streetCode: r.street_code!,
  }));
}

export function loadBoundary(dir = DATA_DIR): Polygon | MultiPolygon {
  const fc = JSON.parse(fs.readFileSync(path.join(dir, 'reference/dongcheng-boundary.geojson'), 'utf8')) as
    FeatureCollection | Feature;
  const feature = fc.type === 'FeatureCollection' ? fc.features[0] : fc;
  return feature!.geometry as Polygon | MultiPolygon;
}

export interface DepartmentsFile {
  district: { code: string; name: string; nameEn: string }[];
  streetTeam: { codePrefix: string; nameSuffix: string; nameEnSuffix: string };
}

export function loadDepartments(dir = DATA_DIR): DepartmentsFile {
  return JSON.parse(fs.readFileSync(path.join(dir, 'departments.json'), 'utf8')) as DepartmentsFile;
}
