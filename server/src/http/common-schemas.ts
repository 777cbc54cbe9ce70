import { Type } from 'typebox';

/** The pinned error shape (docs/domain.md), for documenting error responses. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'UPPER_SNAKE error code' }),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { description: 'An error' },
);

/**
 * Bounded numbers for request schemas. An unbounded integer lets `1e30` through to the database,
 * where PostgreSQL's bigint refuses it with a 500; every request number needs a range.
 */
export const MAX_ID = Number.MAX_SAFE_INTEGER;

/** A database row id (bigint identity), also used as a "before this id" page position. */
export const RowId = (description?: string) =>
  Type.Integer({ minimum: 1, maximum: MAX_ID, ...(description ? { description } : {}) });

/** A page size. */
export const Limit = Type.Integer({ minimum: 1, maximum: 200, default: 50 });

/** How many rows to skip; deeper pages than this are a mistake or a probe. */
export const Offset = Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 });
