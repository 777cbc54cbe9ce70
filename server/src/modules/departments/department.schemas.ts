import { Type } from 'typebox';

export const DepartmentSchema = Type.Object(
  {
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    nameEn: Type.String(),
    level: Type.Union([Type.Literal('district'), Type.Literal('street')]),
    streetCode: Type.Optional(Type.String()),
    active: Type.Boolean(),
  },
  { $id: 'Department' },
);

export const CreateDepartmentBody = Type.Object(
  {
    code: Type.String({ minLength: 2, maxLength: 32, pattern: '^[a-z][a-z0-9_]*$' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    nameEn: Type.String({ minLength: 1, maxLength: 200 }),
    level: Type.Union([Type.Literal('district'), Type.Literal('street')]),
    streetCode: Type.Optional(Type.String({ pattern: '^\\d{9}$' })),
  },
  { additionalProperties: false },
);

export const UpdateDepartmentBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
