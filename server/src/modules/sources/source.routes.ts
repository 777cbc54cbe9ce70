import type { AppInstance } from '../../http/app-types.ts';

export async function sourceRoutes(_app: AppInstance): Promise<void> {}
