import { Type } from 'typebox';
import { IndicatorRowSchema, LocalDate, SubjectKindSchema } from '../indicators/indicator.schemas.ts';

const PeriodKindSchema = Type.Union([
  Type.Literal('month'),
  Type.Literal('quarter'),
  Type.Literal('year'),
  Type.Literal('custom'),
]);

export const RunBody = Type.Object(
  {
    periodKind: PeriodKindSchema,
    from: LocalDate,
    to: LocalDate,
  },
  { additionalProperties: false },
);

export const RunParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const AckBody = Type.Union([
  Type.Object(
    {
      subjectKind: Type.Optional(SubjectKindSchema),
      subjectId: Type.Optional(Type.String({ maxLength: 64 })),
    },
    { additionalProperties: false },
  ),
  Type.Null(),
]);

export const ExportQuery = Type.Object(
  { subject: Type.Optional(SubjectKindSchema) },
  { additionalProperties: false },
);

/** A grade's lowest score, 0–100. */
const Band = Type.Number({ minimum: 0, maximum: 100 });
const Bands = Type.Object({ A: Band, B: Band, C: Band, D: Band });
/** subject kind → indicator key → weight (weights are renormalised over the rates that have data). */
const WeightsSchema = Type.Record(
  Type.String({ maxLength: 32 }),
  Type.Record(Type.String({ maxLength: 64 }), Type.Number({ minimum: 0, maximum: 1000 })),
);

export const WeightsBody = Type.Object(
  { weights: WeightsSchema, gradeBands: Bands },
  { additionalProperties: false },
);

export const WeightsSchemaOut = Type.Object({
  version: Type.Integer({ description: '0: the built-in defaults' }),
  weights: WeightsSchema,
  gradeBands: Bands,
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.Union([Type.Number(), Type.Null()]),
});

export const RunSummarySchema = Type.Object({
  id: Type.String(),
  periodKind: PeriodKindSchema,
  from: Type.String(),
  to: Type.String(),
  weightsVersion: Type.Integer(),
  createdBy: Type.String(),
  createdAt: Type.Number(),
  supersededBy: Type.Union([Type.String(), Type.Null()]),
});

export const AckSchema = Type.Object({
  runId: Type.String(),
  subjectKind: SubjectKindSchema,
  subjectId: Type.String(),
  userId: Type.String(),
  at: Type.Number(),
});

const Rows = Type.Array(IndicatorRowSchema);
export const RunSchema = Type.Intersect([
  RunSummarySchema,
  Type.Object({
    definitions: Type.Object({
      definitionsVersion: Type.Integer(),
      weightsVersion: Type.Integer(),
      weights: WeightsSchema,
      gradeBands: Bands,
      minSample: Type.Integer(),
      falseCheckDeduction: Type.Number(),
      timeZone: Type.String(),
      rounding: Type.String(),
      computedAt: Type.Number(),
      doc: Type.String(),
    }),
    results: Type.Object({ supervisor: Rows, department: Rows, street: Rows, staff: Rows }),
    acks: Type.Array(AckSchema),
  }),
]);

export const RunListSchema = Type.Object({ items: Type.Array(RunSummarySchema) });
