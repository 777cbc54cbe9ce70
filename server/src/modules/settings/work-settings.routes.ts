import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';

const tags = ['settings'];
const Duration = Type.Object({ amount: Type.Number(), unit: Type.String(), basis: Type.String() });
const TaxonomyItem = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  hint: Type.Optional(Type.String()),
  hintEn: Type.Optional(Type.String()),
  defaultDepartmentCode: Type.String(),
  defaultLevel: Type.String(),
  defaultUrgency: Type.String(),
  handleLimitNormal: Duration,
  sourceType: Type.Union([Type.String(), Type.Null()]),
  proposesSource: Type.Optional(Type.Boolean()),
  retired: Type.Optional(Type.Boolean()),
});
const TaxonomyCategory = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  retired: Type.Optional(Type.Boolean()),
  items: Type.Array(TaxonomyItem),
});

export async function workSettingsRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/taxonomy',
    {
      schema: {
        tags,
        summary: 'Problem categories and items (大类 → 小类) with their defaults',
        querystring: Type.Object(
          { all: Type.Optional(Type.Boolean({ description: 'include retired items' })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(TaxonomyCategory) },
      },
    },
    async (req) => app.services.taxonomy.list(requireActor(req), req.query.all === true),
  );

  app.put(
    '/api/v1/taxonomy',
    {
      schema: {
        tags,
        summary:
          'Replace the taxonomy (admin); codes used by cases never change or disappear (retire them instead)',
        body: Type.Object({ categories: Type.Array(Type.Unknown()) }),
        response: { 200: Type.Array(TaxonomyCategory) },
      },
    },
    async (req) => (await app.services.taxonomy.replace(requireActor(req), req.body)).categories,
  );

  app.get(
    '/api/v1/time-limits',
    {
      schema: {
        tags,
        summary: 'Time limits per step (核实, 立案, 派遣, 处置, 核查, 结案) and urgency rules',
      },
    },
    async (req) => app.services.timeLimits.get(requireActor(req)),
  );

  app.put(
    '/api/v1/time-limits',
    {
      schema: {
        tags,
        summary: 'Replace the time-limit table (admin)',
        body: Type.Object({}, { additionalProperties: true }),
      },
    },
    async (req) => app.services.timeLimits.replace(requireActor(req), req.body),
  );

  app.get(
    '/api/v1/calendar',
    {
      schema: {
        tags,
        summary: 'The working-time calendar: work windows, known range and the overrides of a year',
        querystring: Type.Object(
          { year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2199 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => app.services.calendar.year(requireActor(req), req.query.year),
  );

  app.post(
    '/api/v1/calendar/import',
    {
      schema: {
        tags,
        summary:
          'Import one year of holidays and make-up workdays (admin): JSON, or CSV text `date,kind[,name]`',
        querystring: Type.Object(
          { year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2199 })) },
          { additionalProperties: false },
        ),
        body: Type.Object(
          { content: Type.Unknown({ description: 'CSV text, or a JSON object/array of entries' }) },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => app.services.calendar.import(requireActor(req), req.body.content, req.query.year),
  );
}
