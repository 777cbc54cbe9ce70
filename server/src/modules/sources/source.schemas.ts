import {
  INSPECTION_RESULTS,
  MAX_INSPECTION_EVERY_DAYS,
  RISK_LEVELS,
  SOURCE_ACTIONS,
  SOURCE_STATUSES,
  SOURCE_TYPES,
} from '@envgrid/core';
import { Type } from 'typebox';
import { Limit } from '../../http/common-schemas.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const MAX_VERSION = 2_147_483_647;
const Millis = Type.Number();
const Location = Type.Object(
  { lng: Type.Number({ minimum: -180, maximum: 180 }), lat: Type.Number({ minimum: -90, maximum: 90 }) },
  { additionalProperties: false },
);
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Address = Type.String({ maxLength: 300 });
const Risk = Type.Enum([...RISK_LEVELS], { description: 'key 重点 / general 一般' });
const EveryDays = Type.Integer({ minimum: 1, maximum: MAX_INSPECTION_EVERY_DAYS });
/** The type's own attributes (core SOURCE_ATTRIBUTES); checked against the type in core. */
const Attributes = Type.Record(
  Type.String({ maxLength: 40 }),
  Type.Union([Type.Boolean(), Type.String({ maxLength: 300 })]),
  {
    maxProperties: 20,
  },
);
const Department = Type.Union([Id, Type.Null()]);

export const SourceBody = Type.Object(
  {
    type: Type.Enum([...SOURCE_TYPES]),
    name: Name,
    address: Type.Optional(Address),
    location: Location,
    departmentId: Type.Optional(Department),
    riskLevel: Risk,
    inspectionEveryDays: Type.Optional(EveryDays),
    attributes: Type.Optional(Attributes),
  },
  { additionalProperties: false },
);

/** Every action's body: `version`, then the action's own fields (docs/sources.md). */
export const SourceActionBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: MAX_VERSION }),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
    intoId: Type.Optional(Id),
    closeReport: Type.Optional(
      Type.Boolean({
        description:
          'confirm: true (default) closes the proposing report as a registration; false leaves it to be filed as an enforcement case',
      }),
    ),
    name: Type.Optional(Name),
    address: Type.Optional(Address),
    location: Type.Optional(Location),
    departmentId: Type.Optional(Department),
    riskLevel: Type.Optional(Risk),
    inspectionEveryDays: Type.Optional(EveryDays),
    attributes: Type.Optional(Attributes),
  },
  { additionalProperties: false },
);

export const SourceActionParams = Type.Object({ id: Id, action: Type.Enum([...SOURCE_ACTIONS]) });
export const SourceIdParams = Type.Object({ id: Id });

export const SourceListQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ maxLength: 100, description: 'comma list of statuses' })),
    type: Type.Optional(Type.Enum([...SOURCE_TYPES])),
    street: Type.Optional(Type.String({ maxLength: 32 })),
    grid: Type.Optional(Type.String({ maxLength: 2000, description: 'comma list of grid codes' })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    repeat: Type.Optional(Type.Boolean({ description: 'only repeat offenders (3+ cases in 90 days)' })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Limit),
  },
  { additionalProperties: false },
);

export const SourceImportBody = Type.Object(
  { content: Type.String({ minLength: 1, maxLength: 5_000_000, description: 'the CSV file' }) },
  { additionalProperties: false },
);

export const SourceSchema = Type.Object({
  id: Type.String(),
  type: Type.Enum([...SOURCE_TYPES]),
  name: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
  location: Location,
  gridCode: Type.String(),
  communityCode: Type.String(),
  streetCode: Type.String(),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  riskLevel: Risk,
  inspectionEveryDays: Type.Integer(),
  status: Type.Enum([...SOURCE_STATUSES]),
  attributes: Type.Record(Type.String(), Type.Union([Type.String(), Type.Boolean()])),
  proposedByCaseId: Type.Union([Type.String(), Type.Null()]),
  mergedIntoId: Type.Union([Type.String(), Type.Null()]),
  repeatOffender: Type.Boolean(),
  recentCaseCount: Type.Integer({ description: 'cases against it in the last 90 days' }),
  lastInspectedAt: Type.Union([Millis, Type.Null()]),
  version: Type.Integer(),
  createdAt: Millis,
  updatedAt: Millis,
  abilities: Type.Array(Type.Enum([...SOURCE_ACTIONS])),
  closesReport: Type.Boolean({
    description:
      'confirm would also close the proposing report as a registration (register_source): the report awaits filing and this user may register it',
  }),
});

export const SourceDetailSchema = Type.Intersect([
  SourceSchema,
  Type.Object({
    history: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        action: Type.String(),
        actorId: Type.Union([Type.String(), Type.Null()]),
        actorName: Type.Union([Type.String(), Type.Null()]),
        fromStatus: Type.Union([Type.String(), Type.Null()]),
        toStatus: Type.String(),
        reason: Type.Union([Type.String(), Type.Null()]),
        payload: Type.Record(Type.String(), Type.Unknown()),
        at: Millis,
      }),
    ),
    cases: Type.Array(
      Type.Object({
        id: Type.String(),
        caseNo: Type.String(),
        status: Type.String(),
        itemCode: Type.String(),
        createdAt: Millis,
        closedAt: Type.Union([Millis, Type.Null()]),
      }),
    ),
    inspections: Type.Array(
      Type.Object({
        id: Type.String(),
        patrolId: Type.Union([Type.String(), Type.Null()]),
        userId: Type.String(),
        userName: Type.Union([Type.String(), Type.Null()]),
        result: Type.Enum([...INSPECTION_RESULTS]),
        note: Type.Union([Type.String(), Type.Null()]),
        caseId: Type.Union([Type.String(), Type.Null()]),
        at: Millis,
      }),
    ),
    possibleDuplicates: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        type: Type.Enum([...SOURCE_TYPES]),
        status: Type.Enum([...SOURCE_STATUSES]),
        distanceM: Type.Number(),
      }),
    ),
  }),
]);
