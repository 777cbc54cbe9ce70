import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { CoverageQuery, CoverageSchema } from './coverage.schemas.ts';
import { presentCoverage } from './patrol.presenter.ts';

export async function coverageRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/coverage',
    {
      schema: {
        tags: ['patrols'],
        summary:
          'Patrol coverage per grid and inspection coverage per source over local dates from–to, with the blind spots (全覆盖、无盲点)',
        querystring: CoverageQuery,
        response: { 200: CoverageSchema },
      },
    },
    async (req) => presentCoverage(await app.services.coverage.coverage(requireActor(req), req.query)),
  );
}
