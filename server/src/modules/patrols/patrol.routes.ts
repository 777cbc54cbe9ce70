import type { AppInstance } from '../../http/app-types.ts';

export async function patrolRoutes(_app: AppInstance): Promise<void> {}
