import type { AppInstance } from '../../http/app-types.ts';

export async function assessmentRoutes(_app: AppInstance): Promise<void> {}
