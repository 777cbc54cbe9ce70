import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { presentGridCollection, presentGridFeature } from './grid.presenter.ts';
import {
  GridCode,
  GridCollection,
  GridDetail,
  IMPORT_BODY_LIMIT,
  IMPORT_DESCRIPTION,
  ImportBody,
  ImportKind,
  ImportResult,
  LocateResponse,
  StreetCode,
} from './grid.schemas.ts';
import type { GridDetails } from './grid.service.ts';

const tags = ['grids'];
const CodeParams = Type.Object({ code: GridCode });
const UserRef = Type.Object(
  { userId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

const presentDetail = (d: GridDetails) => ({
  grid: presentGridFeature(d.grid),
  officers: d.officers,
  assignments: d.assignments,
});

export async function gridRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/grids',
    {
      schema: {
        tags,
        summary: 'Unit grids as GeoJSON with their responsible supervisor (a street user sees their street)',
        querystring: Type.Object(
          {
            street: Type.Optional(StreetCode),
            community: Type.Optional(Type.String({ pattern: '^\\d{12}$' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: GridCollection },
      },
    },
    async (req) => presentGridCollection(await app.services.grids.list(requireActor(req), req.query)),
  );

  app.get(
    '/api/v1/grids/locate',
    {
      schema: {
        tags,
        summary:
          'The grid a WGS-84 point lies in; its supervisor only for callers who may see that grid (else null); 422 OUTSIDE_JURISDICTION outside the district',
        querystring: Type.Object(
          {
            lng: Type.Number({ minimum: -180, maximum: 180 }),
            lat: Type.Number({ minimum: -90, maximum: 90 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: LocateResponse },
      },
    },
    async (req) => {
      const g = await app.services.grids.locate(requireActor(req), req.query.lng, req.query.lat);
      return {
        grid: {
          code: g.code,
          communityCode: g.communityCode,
          streetCode: g.streetCode,
          supervisor: g.supervisor,
        },
      };
    },
  );

  app.post(
    '/api/v1/grids/import',
    {
      // The body is parsed on the event loop, before any check: 200,000 positions (the cap) take
      // about 8 MB written compactly and 19 MB indented by two spaces; more is not needed.
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Import streets, communities or grids from a GeoJSON FeatureCollection (admin); all or nothing',
        description: IMPORT_DESCRIPTION,
        querystring: Type.Object({ kind: Type.Optional(ImportKind) }, { additionalProperties: false }),
        body: ImportBody,
        response: { 200: ImportResult },
      },
    },
    async (req) => app.services.gridImport.import(requireActor(req), req.query.kind ?? 'grid', req.body),
  );

  app.get(
    '/api/v1/grids/export',
    {
      schema: {
        tags,
        summary: 'Export streets, communities or grids as a GeoJSON FeatureCollection',
        querystring: Type.Object(
          { kind: Type.Optional(ImportKind), street: Type.Optional(StreetCode) },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      const kind = req.query.kind ?? 'grid';
      const fc = await app.services.gridImport.export(requireActor(req), kind, req.query.street);
      return reply
        .header('content-type', 'application/geo+json; charset=utf-8')
        .header('content-disposition', `attachment; filename="envgrid-${kind}s.geojson"`)
        .send(JSON.stringify(fc));
    },
  );

  app.get(
    '/api/v1/grids/:code',
    {
      schema: {
        tags,
        summary: 'One grid with its officers and assignment history',
        params: CodeParams,
        response: { 200: GridDetail },
      },
    },
    async (req) => presentDetail(await app.services.grids.get(requireActor(req), req.params.code)),
  );

  app.put(
    '/api/v1/grids/:code/supervisor',
    {
      schema: {
        tags,
        summary: 'Make a user the responsible supervisor of the grid (admin, or the street sub-center)',
        params: CodeParams,
        body: UserRef,
        response: { 200: GridDetail },
      },
    },
    async (req) =>
      presentDetail(
        await app.services.grids.assignSupervisor(requireActor(req), req.params.code, req.body.userId),
      ),
  );

  app.post(
    '/api/v1/grids/:code/officers',
    {
      schema: {
        tags,
        summary: 'Attach an officer to the grid',
        params: CodeParams,
        body: UserRef,
        response: { 200: GridDetail },
      },
    },
    async (req) =>
      presentDetail(await app.services.grids.addOfficer(requireActor(req), req.params.code, req.body.userId)),
  );

  app.delete(
    '/api/v1/grids/:code/officers/:userId',
    {
      schema: {
        tags,
        summary: 'Detach an officer from the grid',
        params: Type.Object({ code: GridCode, userId: Type.String({ maxLength: 64 }) }),
        response: { 200: GridDetail },
      },
    },
    async (req) =>
      presentDetail(
        await app.services.grids.removeOfficer(requireActor(req), req.params.code, req.params.userId),
      ),
  );
}
