import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { presentDepartment } from './department.presenter.ts';
import { CreateDepartmentBody, DepartmentSchema, UpdateDepartmentBody } from './department.schemas.ts';

const tags = ['departments'];

export async function departmentRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/departments',
    {
      schema: {
        tags,
        summary: 'Departments by legal duty, district and street level',
        response: { 200: Type.Array(DepartmentSchema) },
      },
    },
    async (req) => (await app.services.departments.list(requireActor(req))).map(presentDepartment),
  );

  app.post(
    '/api/v1/departments',
    {
      schema: {
        tags,
        summary: 'Create a department (admin)',
        body: CreateDepartmentBody,
        response: { 201: DepartmentSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentDepartment(await app.services.departments.create(requireActor(req), req.body))),
  );

  app.patch(
    '/api/v1/departments/:id',
    {
      schema: {
        tags,
        summary: 'Rename or (de)activate a department (admin); its code never changes',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: UpdateDepartmentBody,
        response: { 200: DepartmentSchema },
      },
    },
    async (req) =>
      presentDepartment(await app.services.departments.update(requireActor(req), req.params.id, req.body)),
  );
}
