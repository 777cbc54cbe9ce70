import type { AppInstance } from '../../http/app-types.ts';

export async function consultationRoutes(_app: AppInstance): Promise<void> {}
