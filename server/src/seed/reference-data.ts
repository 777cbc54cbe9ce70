import fs from 'node:fs';
import path from 'node:path';
import {
  boundaryFromGeoJson,
  parseCommunitiesCsv,
  parseStreetsCsv,
  type DemoCommunityInput,
  type DemoStreetInput,
  type PolygonGeometry,
} from '@envgrid/core';

/** The repository's data/ folder: default datasets shipped with envgrid. */
export const DATA_DIR = path.resolve(import.meta.dirname, '../../../data');

export type StreetRow = DemoStreetInput;
export type CommunityRow = DemoCommunityInput;

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

export const loadStreets = (dir = DATA_DIR): StreetRow[] =>
  parseStreetsCsv(read(dir, 'reference/dongcheng-streets.csv'));
export const loadCommunities = (dir = DATA_DIR): CommunityRow[] =>
  parseCommunitiesCsv(read(dir, 'reference/dongcheng-communities.csv'));
export const loadBoundary = (dir = DATA_DIR): PolygonGeometry =>
  boundaryFromGeoJson(JSON.parse(read(dir, 'reference/dongcheng-boundary.geojson')) as unknown);

export interface DepartmentsFile {
  district: { code: string; name: string; nameEn: string }[];
  streetTeam: { codePrefix: string; nameSuffix: string; nameEnSuffix: string };
}

export const loadDepartments = (dir = DATA_DIR): DepartmentsFile =>
  JSON.parse(read(dir, 'departments.json')) as DepartmentsFile;
