import { CASE_LEVELS, CASE_STATUSES, CASE_URGENCIES, PLAN_STEPS } from '@envgrid/core';
import { Type } from 'typebox';

/** A local date in the business time zone. */
const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'local date YYYY-MM-DD' });
const StreetCode = Type.String({ pattern: '^\\d{9}$', description: 'street code' });
const DepartmentCode = Type.String({
  pattern: '^[A-Za-z0-9_-]{1,32}$',
  description: 'department code, e.g. hbj',
});
const Share = Type.Union([Type.Number(), Type.Null()], {
  description: 'part / whole, 0–1; null when whole is 0',
});
const Count = Type.Integer({ minimum: 0 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const DashboardQuery = Type.Object(
  {
    from: Type.Optional(
      Type.Unsafe<string>({ ...LocalDate, description: 'first local date; default: the 1st of to’s month' }),
    ),
    to: Type.Optional(Type.Unsafe<string>({ ...LocalDate, description: 'last local date; default: today' })),
    street: Type.Optional(StreetCode),
    department: Type.Optional(DepartmentCode),
  },
  { additionalProperties: false },
);

const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM (business time zone)' });

export const DashboardSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  startAt: Type.Number({ description: 'the period is [startAt, endAt) in epoch ms' }),
  endAt: Type.Number(),
  timeZone: Type.String(),
  scope: Type.Object({
    kind: Type.Enum(['district', 'street', 'department']),
    street: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
    department: Nullable(Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() })),
  }),
  today: Type.Object(
    {
      date: Type.String(),
      new: Count,
      open: Count,
      overdue: Count,
      closedToday: Count,
    },
    { description: 'now, whatever the period: reported today, open now, overdue now, closed today' },
  ),
  totals: Type.Object({
    reported: Count,
    closed: Count,
    reportedClosed: Type.Integer({ description: 'of the cases reported in the period, closed by now' }),
    closeRate: Share,
    evaluated: Type.Integer({ description: 'closed in the period with an evaluation' }),
    onTime: Count,
    onTimeRate: Share,
    grassroots: Count,
    grassrootsRate: Share,
  }),
  byCategory: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), count: Count })),
  byItem: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), categoryCode: Type.String(), count: Count }),
    { description: 'the 10 most reported problem types' },
  ),
  byStreet: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), reported: Count, closed: Count }),
  ),
  byDepartment: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      name: Type.String(),
      reported: Type.Integer({ description: 'reported in the period, led by the department (now)' }),
      closed: Type.Integer({ description: 'closed in the period, led by the department' }),
    }),
  ),
  byMonth: Type.Array(Type.Object({ month: Month, reported: Count, closed: Count })),
  onTimeByMonth: Type.Array(Type.Object({ month: Month, evaluated: Count, onTime: Count, share: Share })),
  grassrootsByMonth: Type.Array(
    Type.Object({ month: Month, closed: Count, grassroots: Count, share: Share }),
  ),
  hotSpots: Type.Array(
    Type.Object({
      gridCode: Type.String(),
      gridName: Type.String(),
      streetCode: Type.String(),
      communityCode: Type.String(),
      count: Count,
      center: Nullable(Type.Object({ lng: Type.Number(), lat: Type.Number() })),
    }),
    { description: 'the 10 grids with the most cases reported in the period' },
  ),
  rankings: Type.Object({
    streets: Type.Array(
      Type.Object({
        rank: Type.Integer(),
        code: Type.String(),
        name: Type.String(),
        reported: Count,
        closed: Type.Integer({ description: 'of those reported, closed by now' }),
        closeRate: Share,
      }),
      { description: 'by close rate, highest first; streets with nothing reported last' },
    ),
    departments: Type.Array(
      Type.Object({
        rank: Type.Integer(),
        id: Type.String(),
        code: Type.String(),
        name: Type.String(),
        handled: Type.Integer({ description: 'closed in the period with a judged handling step' }),
        onTime: Count,
        onTimeRate: Share,
      }),
      { description: 'by on-time handling rate, highest first; departments with nothing judged last' },
    ),
  }),
});

// ---- the case map -------------------------------------------------------------------------

const MapFilters = {
  from: Type.Optional(
    Type.Unsafe<string>({ ...LocalDate, description: 'reported on or after; default: 30 days before to' }),
  ),
  to: Type.Optional(
    Type.Unsafe<string>({ ...LocalDate, description: 'reported on or before; default: today' }),
  ),
  status: Type.Optional(Type.String({ maxLength: 200, description: 'comma-separated statuses' })),
  category: Type.Optional(
    Type.String({ pattern: '^[a-z0-9_]{1,32}$', description: 'taxonomy category code' }),
  ),
  item: Type.Optional(Type.String({ maxLength: 64, description: 'taxonomy item code' })),
  overdue: Type.Optional(Type.Boolean({ description: 'only open cases past their step’s deadline now' })),
  street: Type.Optional(StreetCode),
};

export const MapCasesQuery = Type.Object(
  {
    ...MapFilters,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 5000 })),
  },
  { additionalProperties: false },
);

export const MapCasesSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      caseNo: Type.String(),
      lng: Type.Number(),
      lat: Type.Number(),
      status: Type.Enum([...CASE_STATUSES]),
      itemCode: Type.String(),
      gridCode: Type.String(),
      light: Nullable(Type.Enum(['green', 'yellow', 'red'])),
      overdue: Type.Boolean(),
      createdAt: Type.Number(),
    }),
    { description: 'newest first' },
  ),
  capped: Type.Boolean({ description: 'more cases matched than `limit`: only the newest are listed' }),
  limit: Type.Integer(),
});

export const GridHeatQuery = Type.Object(MapFilters, { additionalProperties: false });

export const GridHeatSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  max: Count,
  grids: Type.Array(
    Type.Object({
      code: Type.String(),
      count: Count,
      mine: Type.Boolean({ description: 'a grid this user is the responsible supervisor of' }),
    }),
    { description: 'grids with at least one case, most first' },
  ),
});

// ---- exports and the printable sheet --------------------------------------------------------

export const ExportQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ maxLength: 200, description: 'comma-separated statuses' })),
    street: Type.Optional(StreetCode),
    grid: Type.Optional(Type.String({ pattern: '^\\d{15}(,\\d{15})*$' })),
    item: Type.Optional(Type.String({ maxLength: 64 })),
    overdue: Type.Optional(Type.Boolean()),
    supervised: Type.Optional(Type.Boolean()),
    mine: Type.Optional(Type.Boolean({ description: 'only the grids this user is responsible for' })),
    reportedByMe: Type.Optional(Type.Boolean({ description: 'only the cases this user reported' })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: Type.Optional(Type.Union([Type.Literal('newest'), Type.Literal('deadline')])),
  },
  { additionalProperties: false },
);

const Named = Type.Object({ code: Type.String(), name: Type.String() });
const Dept = Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() });

export const CaseSheetSchema = Type.Object({
  id: Type.String(),
  caseNo: Type.String(),
  status: Type.Enum([...CASE_STATUSES]),
  statusName: Type.String(),
  channel: Type.String(),
  category: Named,
  item: Named,
  urgency: Type.Enum([...CASE_URGENCIES]),
  urgencyName: Type.String(),
  level: Type.Enum([...CASE_LEVELS]),
  levelName: Type.String(),
  description: Type.String(),
  location: Type.Object({ lng: Type.Number(), lat: Type.Number() }),
  address: Nullable(Type.String()),
  street: Named,
  community: Named,
  grid: Named,
  reporter: Nullable(Type.Object({ id: Type.String(), displayName: Type.String() })),
  leadDepartment: Nullable(Dept),
  assistDepartments: Type.Array(Dept),
  deadline: Nullable(Type.Number()),
  overdue: Type.Boolean(),
  createdAt: Type.Number(),
  closedAt: Nullable(Type.Number()),
  evaluation: Nullable(
    Type.Object({
      allOnTime: Nullable(Type.Boolean()),
      grassroots: Nullable(Type.Boolean()),
      rating: Nullable(Type.Number()),
    }),
  ),
  timeline: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: Type.Number(),
      action: Type.String(),
      actionName: Type.String(),
      planStep: Nullable(Type.Enum([...PLAN_STEPS])),
      planStepName: Nullable(Type.String()),
      actor: Nullable(Type.Object({ id: Type.String(), displayName: Type.String() })),
      fromStatus: Nullable(Type.String()),
      toStatus: Type.String(),
      note: Nullable(Type.String({ description: 'the event’s note, reason, result or comment' })),
      photoIds: Type.Array(Type.String()),
    }),
  ),
  photoIds: Type.Array(Type.String(), { description: 'every photo of the case, in timeline order' }),
  printedAt: Type.Number(),
});
