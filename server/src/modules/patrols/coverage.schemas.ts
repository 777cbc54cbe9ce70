import { Type } from 'typebox';

const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'local date YYYY-MM-DD' });
const Share = Type.Union([Type.Number(), Type.Null()], {
  description: 'covered / required; null when none required',
});
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const CoverageQuery = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    street: Type.Optional(Type.String({ pattern: '^[0-9]{1,32}$', description: 'street code' })),
  },
  { additionalProperties: false },
);

const ShareSchema = Type.Object({ covered: Type.Integer(), required: Type.Integer(), share: Share });

export const CoverageSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  days: Type.Integer(),
  startAt: Type.Number({ description: 'the period is [startAt, endAt) in epoch ms' }),
  endAt: Type.Number(),
  street: Type.Union([Type.String(), Type.Null()]),
  grids: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      streetCode: Type.String(),
      communityCode: Type.String(),
      supervisorId: Type.Union([Type.String(), Type.Null()]),
      patrols: Type.Integer(),
      required: Type.Integer(),
      covered: Type.Boolean(),
      lastPatrolAt: NullableNumber,
    }),
  ),
  sources: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      type: Type.String(),
      status: Type.String(),
      gridCode: Type.String(),
      streetCode: Type.String(),
      location: Type.Object({ lng: Type.Number(), lat: Type.Number() }),
      inspectionEveryDays: Type.Integer(),
      inspections: Type.Integer(),
      required: Type.Integer(),
      overdue: Type.Boolean(),
      lastInspectedAt: NullableNumber,
    }),
  ),
  blindSpots: Type.Object({ grids: Type.Array(Type.String()), sources: Type.Array(Type.String()) }),
  summary: Type.Object({ gridShare: Share, sourceShare: Share }),
  patrolCoverage: Type.Object({
    overall: ShareSchema,
    streets: Type.Array(Type.Intersect([Type.Object({ streetCode: Type.String() }), ShareSchema])),
    supervisors: Type.Array(
      Type.Intersect([
        Type.Object({ userId: Type.String(), displayName: Type.Union([Type.String(), Type.Null()]) }),
        ShareSchema,
      ]),
    ),
  }),
});
