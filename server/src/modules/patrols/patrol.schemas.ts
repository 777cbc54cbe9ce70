import {
  INSPECTION_RESULTS,
  MAX_POINTS_PER_BATCH,
  PATROL_ACTIONS,
  PATROL_KINDS,
  PATROL_STATUSES,
} from '@envgrid/core';
import { Type } from 'typebox';
import { Limit } from '../../http/common-schemas.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
/** Epoch milliseconds; bounded so nothing past PostgreSQL's bigint (or JS's safe integers) gets in. */
const Millis = (description?: string) =>
  Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, ...(description ? { description } : {}) });
const Lng = Type.Number({ minimum: -180, maximum: 180 });
const Lat = Type.Number({ minimum: -90, maximum: 90 });

export const PatrolParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export const PointsBody = Type.Object(
  {
    points: Type.Array(
      Type.Object(
        { lng: Lng, lat: Lat, at: Millis('when the fix was taken') },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: MAX_POINTS_PER_BATCH },
    ),
  },
  { additionalProperties: false },
);

export const InspectionBody = Type.Object(
  {
    sourceId: Id,
    result: Type.Enum([...INSPECTION_RESULTS]),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    attachmentIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
    caseId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const PatrolListQuery = Type.Object(
  {
    user: Type.Optional(Type.String({ maxLength: 64, description: 'one person’s patrols (user id)' })),
    from: Type.Optional(Millis('started at or after')),
    to: Type.Optional(Millis('started before')),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Limit),
  },
  { additionalProperties: false },
);

export const InspectionSchema = Type.Object({
  id: Type.String(),
  sourceId: Type.String(),
  patrolId: Type.Union([Type.String(), Type.Null()]),
  userId: Type.String(),
  result: Type.Enum([...INSPECTION_RESULTS]),
  note: Type.Union([Type.String(), Type.Null()]),
  attachmentIds: Type.Array(Type.String()),
  caseId: Type.Union([Type.String(), Type.Null()]),
  at: Type.Number(),
});

export const PatrolSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  kind: Type.Enum([...PATROL_KINDS]),
  status: Type.Enum([...PATROL_STATUSES]),
  streetCode: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.Number(),
  endedAt: Type.Union([Type.Number(), Type.Null()]),
  pointCount: Type.Integer(),
  flaggedCount: Type.Integer(),
  distanceM: Type.Number({ description: 'metres walked along the trusted track' }),
  gridsVisited: Type.Array(Type.String(), { description: 'grids the trusted track entered, in order' }),
  inspections: Type.Array(InspectionSchema),
  version: Type.Integer(),
  abilities: Type.Array(Type.Enum([...PATROL_ACTIONS])),
});

export const TrackPointSchema = Type.Object({
  lng: Type.Number(),
  lat: Type.Number(),
  at: Type.Number(),
  flagged: Type.Boolean(),
});

export const PatrolDetailSchema = Type.Intersect([
  PatrolSchema,
  Type.Object({ track: Type.Array(TrackPointSchema, { description: 'every fix, in time order' }) }),
]);

export const PatrolPageSchema = Type.Object({
  items: Type.Array(PatrolSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
