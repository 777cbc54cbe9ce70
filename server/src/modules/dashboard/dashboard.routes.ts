import type { AppInstance } from '../../http/app-types.ts';

export async function dashboardRoutes(_app: AppInstance): Promise<void> {}
