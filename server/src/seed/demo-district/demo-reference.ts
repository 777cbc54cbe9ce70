/**
 * Parsers for a district profile's files (docs/district-profile.md), turning file text
 * into {@link buildDemoDistrict} input. Pure: the caller reads the files.
 */
import type { Feature } from 'geojson';
import Papa from 'papaparse';
import { AppError, type PolygonGeometry } from '@envgrid/core';
import type { DemoCommunityInput, DemoStreetInput } from './demo-district.ts';

/**
 * Rows of a CSV file keyed by its header line (papaparse: quoted fields may hold commas); a row
 * with the wrong number of fields is refused with its line number.
 */
export function parseSimpleCsv(text: string): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  const bad = parsed.errors.find((e) => e.code === 'TooFewFields' || e.code === 'TooManyFields');
  if (bad) {
    const fields = parsed.meta.fields?.length ?? 0;
    throw new AppError(
      'VALIDATION_FAILED',
      `CSV line ${(bad.row ?? 0) + 2} does not have the ${fields} fields of its header`,
    );
  }
  return parsed.data;
}

/** streets.csv: code,name,approx_center_lng,approx_center_lat. */
export function parseStreetsCsv(text: string): DemoStreetInput[] {
  return parseSimpleCsv(text).map((row, n) => {
    const street = {
      code: row.code ?? '',
      name: row.name ?? '',
      centerLng: Number(row.approx_center_lng),
      centerLat: Number(row.approx_center_lat),
    };
    if (
      !street.code ||
      !street.name ||
      !Number.isFinite(street.centerLng) ||
      !Number.isFinite(street.centerLat)
    ) {
      throw new AppError(
        'VALIDATION_FAILED',
        `streets CSV line ${n + 2} needs code, name, approx_center_lng, approx_center_lat`,
      );
    }
    return street;
  });
}

/** communities.csv: code,name,street_code. */
export function parseCommunitiesCsv(text: string): DemoCommunityInput[] {
  return parseSimpleCsv(text).map((row, n) => {
    const community = { code: row.code ?? '', name: row.name ?? '', streetCode: row.street_code ?? '' };
    if (!community.code || !community.name || !community.streetCode) {
      throw new AppError('VALIDATION_FAILED', `communities CSV line ${n + 2} needs code, name, street_code`);
    }
    return community;
  });
}

/** The outline from boundary.geojson (a FeatureCollection, Feature or bare geometry). */
export function boundaryFromGeoJson(json: unknown): PolygonGeometry {
  const obj = json as { type?: string; features?: unknown[]; geometry?: unknown };
  const candidate =
    obj?.type === 'FeatureCollection'
      ? (obj.features?.[0] as Feature | undefined)?.geometry
      : obj?.type === 'Feature'
        ? obj.geometry
        : json;
  const g = candidate as PolygonGeometry | undefined;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'boundary must be a Polygon or MultiPolygon (or a Feature / FeatureCollection holding one)',
    );
  }
  return g;
}
