import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../db/repos.ts';
import type { WorkSettingsService } from '../modules/settings/work-settings.service.ts';
import { CaseGenerator } from './case-generator/case-generator.ts';

/** Half a year of a district's cases (about eleven a day): every queue, light and state has some. */
export const DEMO_HISTORY = { cases: 2000, years: 0.5, seed: 1 } as const;

/**
 * The demo's case history (`npm start`, `envgrid seed --demo`): a small run of `envgrid generate`,
 * so the demo shows what a district's work looks like, through the same rules and event chain.
 */
export async function seedDemoHistory(
  data: DataAccess,
  clock: Clock,
  workSettings: WorkSettingsService,
): Promise<number> {
  return (await new CaseGenerator(data, clock, workSettings).generate({ ...DEMO_HISTORY })).cases;
}
