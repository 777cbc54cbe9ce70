import {
  CASE_ACTIONS,
  CASE_LEVELS,
  CASE_STATUSES,
  CASE_URGENCIES,
  MAX_EXTENSION_MINUTES,
  PLAN_STEPS,
  WORKFLOW_STEPS,
} from '@envgrid/core';
import { Type } from 'typebox';
import { Limit } from '../../http/common-schemas.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
/** `cases.version` is a 32-bit integer column; a bigger number cannot be a version. */
const MAX_VERSION = 2_147_483_647;
const Text = (max = 2000) => Type.String({ maxLength: max });
const Location = Type.Object(
  { lng: Type.Number({ minimum: -180, maximum: 180 }), lat: Type.Number({ minimum: -90, maximum: 90 }) },
  { additionalProperties: false },
);
export const Urgency = Type.Enum([...CASE_URGENCIES]);
export const Level = Type.Enum([...CASE_LEVELS]);

export const ReportBody = Type.Object(
  {
    itemCode: Type.String({ minLength: 1, maxLength: 64 }),
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    location: Location,
    address: Type.Optional(Text(300)),
    urgency: Type.Optional(Urgency),
    sourceId: Type.Optional(Id),
    attachmentIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
    resolvedOnSite: Type.Optional(Type.Boolean()),
    afterAttachmentIds: Type.Optional(
      Type.Array(Id, {
        maxItems: 20,
        uniqueItems: true,
        description: 'after photos of an on-site resolution',
      }),
    ),
    reporterContact: Type.Optional(
      Type.Object(
        { name: Type.Optional(Text(50)), phone: Type.Optional(Text(32)) },
        { additionalProperties: false, description: 'hotline caller' },
      ),
    ),
  },
  { additionalProperties: false },
);

/** Every action's body: `version` always, then the action's own fields (docs/domain.md); semantics checked in core. */
export const ActionBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: MAX_VERSION }),
    note: Type.Optional(Text()),
    reason: Type.Optional(Text()),
    result: Type.Optional(Text()),
    comment: Type.Optional(Text()),
    missingPartsReason: Type.Optional(Text()),
    real: Type.Optional(Type.Boolean()),
    passed: Type.Optional(Type.Boolean()),
    itemCode: Type.Optional(Type.String({ maxLength: 64 })),
    urgency: Type.Optional(Urgency),
    level: Type.Optional(Level),
    duplicateOf: Type.Optional(Id),
    leadDepartmentId: Type.Optional(Id),
    assistDepartmentIds: Type.Optional(Type.Array(Id, { maxItems: 10 })),
    officerId: Type.Optional(Id),
    attachmentIds: Type.Optional(Type.Array(Id, { maxItems: 20 })),
    extra: Type.Optional(
      Type.Object(
        {
          // Per unit the rules in core are stricter; no unit allows more minutes than this.
          amount: Type.Integer({ minimum: 1, maximum: MAX_EXTENSION_MINUTES }),
          unit: Type.Enum(['minute', 'hour', 'day']),
          basis: Type.Optional(Type.Enum(['natural', 'working'])),
        },
        { additionalProperties: false },
      ),
    ),
    rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  },
  { additionalProperties: false },
);

export const ActionParams = Type.Object({ id: Id, action: Type.Enum([...CASE_ACTIONS]) });

export const CaseSchema = Type.Object(
  {
    id: Type.String(),
    caseNo: Type.String(),
    status: Type.Enum([...CASE_STATUSES]),
    channel: Type.String(),
    itemCode: Type.String(),
    urgency: Urgency,
    level: Level,
    description: Type.String(),
    location: Type.Object({ lng: Type.Number(), lat: Type.Number() }),
    address: Type.Union([Type.String(), Type.Null()]),
    gridCode: Type.String(),
    communityCode: Type.String(),
    streetCode: Type.String(),
    reporterId: Type.Union([Type.String(), Type.Null()]),
    reporterContact: Type.Union([
      Type.Object({ name: Type.Optional(Type.String()), phone: Type.Optional(Type.String()) }),
      Type.Null(),
    ]),
    leadDepartmentId: Type.Union([Type.String(), Type.Null()]),
    assistDepartmentIds: Type.Array(Type.String()),
    assistDoneIds: Type.Array(Type.String(), { description: 'assisting departments that gave their part' }),
    suggestedDepartmentId: Type.Union([Type.String(), Type.Null()]),
    step: Type.Union([Type.Enum([...WORKFLOW_STEPS]), Type.Null()], {
      description: 'the timed step now running: verify, file, dispatch, handle, check, close',
    }),
    deadline: Type.Union([Type.Number(), Type.Null()]),
    light: Type.Union([Type.Enum(['green', 'yellow', 'red']), Type.Null()]),
    overdue: Type.Boolean(),
    remainingMs: Type.Union([Type.Number(), Type.Null()]),
    calendarFallback: Type.Boolean({
      description: 'a date past the known calendar was involved: the weekday rule was used',
    }),
    suspended: Type.Boolean(),
    pendingRequest: Type.Union([
      Type.Object({
        kind: Type.Enum(['extension', 'suspension']),
        requestedBy: Type.String(),
        requestedAt: Type.Number(),
        reason: Type.String(),
        extra: Type.Optional(Type.Object({ amount: Type.Number(), unit: Type.String() })),
      }),
      Type.Null(),
    ]),
    counters: Type.Object({
      returned: Type.Integer(),
      reworked: Type.Integer(),
      extended: Type.Integer(),
      suspended: Type.Integer(),
      urged: Type.Integer(),
    }),
    supervised: Type.Boolean(),
    resolvedOnSite: Type.Boolean(),
    sourceId: Type.Union([Type.String(), Type.Null()]),
    duplicateOf: Type.Union([Type.String(), Type.Null()]),
    evaluation: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    version: Type.Integer(),
    createdAt: Type.Number(),
    updatedAt: Type.Number(),
    closedAt: Type.Union([Type.Number(), Type.Null()]),
    abilities: Type.Array(Type.Enum([...CASE_ACTIONS]), {
      description: 'the actions this user may take now',
    }),
  },
  { $id: 'Case' },
);

export const DuplicateSchema = Type.Object({
  id: Type.String(),
  caseNo: Type.String(),
  status: Type.Enum([...CASE_STATUSES]),
  distanceM: Type.Number(),
  createdAt: Type.Number(),
});

export const ListQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ maxLength: 200, description: 'comma-separated statuses' })),
    street: Type.Optional(Type.String({ pattern: '^\\d{9}$' })),
    grid: Type.Optional(Type.String({ pattern: '^\\d{15}(,\\d{15})*$' })),
    item: Type.Optional(Type.String({ maxLength: 64 })),
    overdue: Type.Optional(Type.Boolean()),
    supervised: Type.Optional(Type.Boolean()),
    mine: Type.Optional(Type.Boolean({ description: 'only the grids this user is responsible for' })),
    reportedByMe: Type.Optional(Type.Boolean({ description: 'only the cases this user reported' })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: Type.Optional(
      Type.Union([Type.Literal('newest'), Type.Literal('deadline')], {
        description:
          'newest (default): newest first; deadline: running steps only (open, not suspended), nearest deadline first',
      }),
    ),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Limit),
  },
  { additionalProperties: false },
);

export const EventSchema = Type.Object({
  seq: Type.Integer(),
  action: Type.Enum(['report', ...CASE_ACTIONS]),
  actor: Type.Union([
    Type.Object({ id: Type.String(), username: Type.String(), displayName: Type.String() }),
    Type.Null(),
  ]),
  fromStatus: Type.Union([Type.Enum([...CASE_STATUSES]), Type.Null()]),
  toStatus: Type.Enum([...CASE_STATUSES]),
  planStep: Type.Union([Type.Enum([...PLAN_STEPS]), Type.Null()], {
    description:
      'the plan’s eight steps: collect, file, dispatch, handle, feedback, check_close, evaluate, assess',
  }),
  payload: Type.Record(Type.String(), Type.Unknown()),
  attachments: Type.Array(Type.Object({ id: Type.String(), url: Type.String(), kind: Type.String() })),
  at: Type.Number(),
  hash: Type.String(),
});
