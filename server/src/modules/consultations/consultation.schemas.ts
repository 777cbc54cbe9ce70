import {
  CONSULTATION_ABILITIES,
  CONSULTATION_ATTACHMENTS_MAX,
  CONSULTATION_QUESTION_MAX,
  CONSULTATION_REPLY_MAX,
  CONSULTATION_STATUSES,
} from '@envgrid/core';
import { Type } from 'typebox';
import { Limit } from '../../http/common-schemas.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Location = Type.Object(
  { lng: Type.Number({ minimum: -180, maximum: 180 }), lat: Type.Number({ minimum: -90, maximum: 90 }) },
  { additionalProperties: false },
);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const AskBody = Type.Object(
  {
    question: Type.String({ minLength: 1, maxLength: CONSULTATION_QUESTION_MAX }),
    location: Type.Optional(Location),
    caseId: Type.Optional(Id),
    sourceId: Type.Optional(Id),
    attachmentIds: Type.Optional(
      Type.Array(Id, { maxItems: CONSULTATION_ATTACHMENTS_MAX, uniqueItems: true }),
    ),
  },
  {
    additionalProperties: false,
    description: 'The grid comes from location, else from the case, else from the source: one is needed',
  },
);

export const ReplyBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: CONSULTATION_REPLY_MAX }) },
  { additionalProperties: false },
);

export const ConsultationParams = Type.Object({ id: Id });

export const ListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...CONSULTATION_STATUSES])),
    mine: Type.Optional(Type.Boolean({ description: 'only the consultations this user asked' })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Limit),
  },
  { additionalProperties: false },
);

export const ConsultationSchema = Type.Object(
  {
    id: Type.String(),
    askerId: Type.String(),
    askerName: Type.String(),
    question: Type.String(),
    location: Nullable(Type.Object({ lng: Type.Number(), lat: Type.Number() })),
    gridCode: Type.String(),
    streetCode: Type.String(),
    caseId: Nullable(Type.String()),
    sourceId: Nullable(Type.String()),
    attachmentIds: Type.Array(Type.String()),
    status: Type.Enum([...CONSULTATION_STATUSES]),
    replyDeadlineAt: Type.Number({ description: 'the first answer is due then (2 working hours)' }),
    firstReplyAt: Nullable(Type.Number()),
    overdue: Type.Boolean({
      description: 'the first answer came, or has still not come, after the deadline',
    }),
    remindedAt: Nullable(
      Type.Number({ description: 'when the officers were reminded of the missed deadline' }),
    ),
    escalatedAt: Nullable(Type.Number({ description: "when the street's sub-center was told" })),
    createdAt: Type.Number(),
    abilities: Type.Array(Type.Enum([...CONSULTATION_ABILITIES]), {
      description: 'reply: this user may write in the thread',
    }),
  },
  { $id: 'Consultation' },
);

export const ReplySchema = Type.Object({
  id: Type.String(),
  authorId: Type.String(),
  authorName: Type.String(),
  text: Type.String(),
  at: Type.Number(),
});

export const ThreadSchema = Type.Intersect([
  ConsultationSchema,
  Type.Object({ replies: Type.Array(ReplySchema) }),
]);
