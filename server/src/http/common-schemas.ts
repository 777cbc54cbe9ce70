import { Type, type TSchema } from 'typebox';

/** The pinned error shape (DESIGN §9), for documenting error responses. */
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

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer() });
