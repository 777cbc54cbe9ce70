import type { AppInstance } from '../../http/app-types.ts';

export async function coverageRoutes(_app: AppInstance): Promise<void> {}
