import {
  AUDIT_ATTACHMENTS_MAX,
  AUDIT_NOTE_MAX,
  AUDIT_RESULTS,
  AUDIT_SAMPLE_ABILITIES,
  AUDIT_SEED_MAX,
} from '@envgrid/core';
import { Type } from 'typebox';
import { Limit } from '../../http/common-schemas.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'local date YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const NewRunBody = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    rate: Type.Number({
      // Above 0: one case in a thousand is the smallest share a run samples.
      minimum: 0.001,
      maximum: 1,
      description: "share of each lead department's closed cases sampled, ceil(rate × n)",
    }),
    seed: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: AUDIT_SEED_MAX,
        description: 'the random seed; left out, one is derived and stored',
      }),
    ),
  },
  { additionalProperties: false },
);

export const RecheckBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    result: Type.Enum([...AUDIT_RESULTS]),
    note: Type.Optional(Type.String({ maxLength: AUDIT_NOTE_MAX, description: 'required when failed' })),
    attachmentIds: Type.Optional(Type.Array(Id, { maxItems: AUDIT_ATTACHMENTS_MAX, uniqueItems: true })),
    itemCode: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: "the follow-up case's item when failed (default: the original case's)",
      }),
    ),
  },
  { additionalProperties: false },
);

export const RunParams = Type.Object({ id: Id });
export const SampleParams = Type.Object({ id: Id, sampleId: Id });
export const RunListQuery = Type.Object({ limit: Type.Optional(Limit) }, { additionalProperties: false });
export const FindingsQuery = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    street: Type.Optional(Type.String({ pattern: '^\\d{9}$', description: 'street code' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })),
  },
  { additionalProperties: false },
);

export const RunSchema = Type.Object(
  {
    id: Type.String(),
    from: Type.String(),
    to: Type.String(),
    rate: Type.Number(),
    seed: Type.Integer(),
    sampleCount: Type.Integer(),
    checkedCount: Type.Integer(),
    failedCount: Type.Integer(),
    createdBy: Type.String(),
    createdByName: Nullable(Type.String()),
    createdAt: Type.Number(),
  },
  { $id: 'AuditRun' },
);

export const SampleSchema = Type.Object(
  {
    id: Type.String(),
    runId: Type.String(),
    caseId: Type.String(),
    caseNo: Type.String(),
    itemCode: Type.String(),
    description: Type.String(),
    address: Nullable(Type.String()),
    gridCode: Type.String(),
    streetCode: Type.String(),
    closedAt: Nullable(Type.Number()),
    departmentId: Nullable(Type.String({ description: 'the lead department at closure' })),
    departmentName: Nullable(Type.String()),
    result: Nullable(Type.Enum([...AUDIT_RESULTS])),
    note: Nullable(Type.String()),
    attachmentIds: Type.Array(Type.String()),
    auditorId: Nullable(Type.String()),
    auditorName: Nullable(Type.String()),
    checkedAt: Nullable(Type.Number()),
    followUpCaseId: Nullable(Type.String({ description: 'the case a failed re-check opened' })),
    followUpCaseNo: Nullable(Type.String()),
    version: Type.Integer(),
    abilities: Type.Array(Type.Enum([...AUDIT_SAMPLE_ABILITIES]), {
      description: 'recheck: this user may re-check the sample now',
    }),
  },
  { $id: 'AuditSample' },
);

export const RunDetailSchema = Type.Intersect([
  RunSchema,
  Type.Object({ samples: Type.Array(SampleSchema) }),
]);

export const FindingSchema = Type.Object(
  {
    caseId: Type.String(),
    caseNo: Type.String(),
    status: Type.String(),
    itemCode: Type.String(),
    description: Type.String(),
    gridCode: Type.String(),
    streetCode: Type.String(),
    reportedAt: Type.Number(),
    reporterId: Nullable(Type.String()),
    reporterName: Nullable(Type.String()),
    supervisorId: Nullable(Type.String({ description: "the grid's responsible supervisor then (漏报)" })),
    supervisorName: Nullable(Type.String()),
  },
  { $id: 'AuditFinding' },
);
