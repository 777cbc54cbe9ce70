import { Type } from 'typebox';

export const LocalDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'local date YYYY-MM-DD',
});
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
export const SubjectKindSchema = Type.Union(
  [Type.Literal('supervisor'), Type.Literal('department'), Type.Literal('street'), Type.Literal('staff')],
  { description: 'supervisor, department, street or staff' },
);

export const IndicatorQuery = Type.Object(
  {
    subject: SubjectKindSchema,
    from: Type.Optional(LocalDate),
    to: Type.Optional(LocalDate),
  },
  { additionalProperties: false },
);

export const GrassrootsQuery = Type.Object(
  {
    from: Type.Optional(LocalDate),
    to: Type.Optional(LocalDate),
    street: Type.Optional(Type.String({ pattern: '^[0-9]{1,32}$', description: 'street code' })),
    by: Type.Optional(Type.Union([Type.Literal('month'), Type.Literal('week')])),
  },
  { additionalProperties: false },
);

export const IndicatorValueSchema = Type.Object({
  value: NullableNumber,
  numerator: Type.Number(),
  denominator: NullableNumber,
});

export const IndicatorRowSchema = Type.Object({
  subject: Type.Object({
    kind: SubjectKindSchema,
    id: Type.String(),
    code: Type.Optional(Type.String()),
    username: Type.Optional(Type.String()),
    name: Type.String(),
  }),
  indicators: Type.Record(Type.String(), IndicatorValueSchema),
  sample: Type.Integer({
    description: 'cases the figures rest on; below the minimum the row is not comparable',
  }),
  score: NullableNumber,
  grade: Type.Union([Type.String(), Type.Null()]),
  rank: Type.Union([Type.Integer(), Type.Null()]),
  comparable: Type.Boolean(),
});

export const IndicatorTableSchema = Type.Object({
  subject: SubjectKindSchema,
  from: Type.String(),
  to: Type.String(),
  weightsVersion: Type.Integer(),
  rows: Type.Array(IndicatorRowSchema),
});

export const GrassrootsSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  by: Type.String(),
  series: Type.Array(
    Type.Object({
      street: Type.Union([Type.String(), Type.Null()], { description: 'null: the whole district' }),
      name: Type.String(),
      points: Type.Array(
        Type.Object({
          label: Type.String(),
          from: Type.String(),
          to: Type.String(),
          value: NullableNumber,
          numerator: Type.Number(),
          denominator: NullableNumber,
        }),
      ),
    }),
  ),
});
