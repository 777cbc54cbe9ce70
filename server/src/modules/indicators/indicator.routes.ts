import type { AppInstance } from '../../http/app-types.ts';

export async function indicatorRoutes(_app: AppInstance): Promise<void> {}
