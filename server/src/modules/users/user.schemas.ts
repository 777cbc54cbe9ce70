import { ROLES } from '@envgrid/core';
import { Type, type Static } from 'typebox';
import { Limit, Offset } from '../../http/common-schemas.ts';

export const RoleSchema = Type.Enum([...ROLES]);
export const ScopeSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('district'), Type.Literal('street'), Type.Literal('department')]),
    code: Type.String({ minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' }),
  },
  { additionalProperties: false },
);

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    roles: Type.Array(RoleSchema),
    scope: ScopeSchema,
    disabled: Type.Boolean(),
    phone: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.Number(),
    updatedAt: Type.Number(),
  },
  { $id: 'User' },
);
export type UserDto = Static<typeof UserSchema>;

export const UserSummarySchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
});

export const Username = Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
export const Password = Type.String({ minLength: 1, maxLength: 200 });

export const CreateUserBody = Type.Object(
  {
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    password: Password,
    roles: Type.Array(RoleSchema, { minItems: 1, maxItems: ROLES.length, uniqueItems: true }),
    scope: ScopeSchema,
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 32 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, maxItems: ROLES.length, uniqueItems: true })),
    scope: Type.Optional(ScopeSchema),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 32 }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ResetPasswordBody = Type.Object({ password: Password }, { additionalProperties: false });

export const ListUsersQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 64 })),
    role: Type.Optional(RoleSchema),
    street: Type.Optional(Type.String({ pattern: '^\\d{9}$' })),
    disabled: Type.Optional(Type.Boolean()),
    offset: Type.Optional(Offset),
    limit: Type.Optional(Limit),
  },
  { additionalProperties: false },
);
