/**
 * Parsers for the reference data in data/reference/ (see data/README.md), turning file text
 * into {@link buildDemoDistrict} input. Pure: the caller reads the files.
 */
import type { Feature } from 'geojson';
import { AppError } from '@envgrid/core';
import type { PolygonGeometry } from '@envgrid/core';
import type { DemoCommunityInput, DemoStreetInput } from './demo-district.ts';

/** Rows of a simple CSV (no quoted commas or newlines), keyed by the header line. */
export function parseSimpleCsv(text: string): Array<Record<string, string>> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim());
  return lines.map((line, n) => {
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== header.length) {
      throw new AppError(
        'VALIDATION_FAILED',
        `CSV line ${n + 2} has ${cells.length} fields, expected ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((h, i) => [h, cells[i]!]));
  });
}

/** dongcheng-streets.csv: code,name,approx_center_lng,approx_center_lat. */
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

/** dongcheng-communities.csv: code,name,street_code. */
export function parseCommunitiesCsv(text: string): DemoCommunityInput[] {
  return parseSimpleCsv(text).map((row, n) => {
    const community = { code: row.code ?? '', name: row.name ?? '', streetCode: row.street_code ?? '' };
    if (!community.code || !community.name || !community.streetCode) {
      throw new AppError('VALIDATION_FAILED', `communities CSV line ${n + 2} needs code, name, street_code`);
    }
    return community;
  });
}

/** The outline from dongcheng-boundary.geojson (a FeatureCollection, Feature or bare geometry). */
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
