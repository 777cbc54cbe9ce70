import type { AppInstance } from '../../http/app-types.ts';

export async function caseAuditRoutes(_app: AppInstance): Promise<void> {}
