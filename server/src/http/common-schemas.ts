import { Type } from 'typebox';

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
