import { REGION_IMPORT_LIMITS } from '@envgrid/core';
import { Type } from 'typebox';
import { UserSummarySchema } from '../users/user.schemas.ts';

export const GridCode = Type.String({ pattern: '^\\d{15}$', description: '15-digit grid code' });
export const StreetCode = Type.String({ pattern: '^\\d{9}$' });

const Geometry = Type.Object(
  {
    type: Type.Union([Type.Literal('Polygon'), Type.Literal('MultiPolygon')]),
    coordinates: Type.Array(Type.Unknown()),
  },
  { description: 'GeoJSON Polygon or MultiPolygon, WGS-84 lng/lat' },
);

export const GridFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  properties: Type.Object({
    code: Type.String(),
    name: Type.String(),
    communityCode: Type.String(),
    streetCode: Type.String(),
    areaM2: Type.Number(),
    demo: Type.Boolean({ description: 'true for generated demo geometry' }),
    supervisor: Type.Union([UserSummarySchema, Type.Null()]),
  }),
  geometry: Geometry,
});

export const GridCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(GridFeature),
});

export const AssignmentSchema = Type.Object({
  id: Type.String(),
  role: Type.Union([Type.Literal('supervisor'), Type.Literal('officer')]),
  startsAt: Type.Number(),
  endsAt: Type.Union([Type.Number(), Type.Null()]),
  user: UserSummarySchema,
});

export const GridDetail = Type.Object({
  grid: GridFeature,
  officers: Type.Array(UserSummarySchema),
  assignments: Type.Array(AssignmentSchema, { description: 'history, newest first' }),
});

export const LocateResponse = Type.Object({
  grid: Type.Object({
    code: Type.String(),
    communityCode: Type.String(),
    streetCode: Type.String(),
    supervisor: Type.Union([UserSummarySchema, Type.Null()]),
  }),
});

export const ImportKind = Type.Union([
  Type.Literal('street'),
  Type.Literal('community'),
  Type.Literal('grid'),
]);

const L = REGION_IMPORT_LIMITS;
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
export const IMPORT_DESCRIPTION =
  'Each feature needs properties.code (and name); communities need streetCode, grids communityCode. ' +
  'A bad feature makes the whole import fail with details.problems: [{index, code, reason}]. ' +
  'A grid may not overlap a stored grid unless the same file replaces that grid. ' +
  `One file holds at most ${L.maxFeatures} features and ${L.maxPositions} positions (${L.maxRingPositions} per ring); ` +
  'a file over a limit is refused whole, with details.limit: {name, max, actual}. ' +
  `Bodies over ${IMPORT_BODY_LIMIT / 1024 / 1024} MB are refused with 413 PAYLOAD_TOO_LARGE.`;

export const ImportBody = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 20000 }),
  },
  { additionalProperties: true },
);

export const ImportResult = Type.Object({
  kind: ImportKind,
  created: Type.Integer(),
  updated: Type.Integer(),
});
