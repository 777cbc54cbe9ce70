import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../db/repos.ts';
import type { Services } from '../container.ts';
import { CaseGenerator } from './case-generator/case-generator.ts';
import { seedDemoSources } from './demo-sources.ts';
import { seedDemoConsultations } from './demo-consultations.ts';
import { seedDemoPatrols } from './demo-patrols.ts';

/** Half a year of a district's cases (about eleven a day): every queue, light and state has some. */
export const DEMO_HISTORY = { cases: 2000, years: 0.5, seed: 1 } as const;

/**
 * The demo's case history (`npm start`, `envgrid seed --demo`): a small run of `envgrid generate`,
 * so the demo shows what a district's work looks like, through the same rules and event chain.
 */
export async function seedDemoHistory(
  data: DataAccess,
  clock: Clock,
  services: Pick<Services, 'workSettings' | 'cases'>,
): Promise<number> {
  const { cases } = await new CaseGenerator(data, clock, services.workSettings).generate({ ...DEMO_HISTORY });
  // The management layer around the cases: sources (some linked to cases), patrols that
  // inspect them, consultations.
  await seedDemoSources(data, clock, services);
  await seedDemoPatrols(data, clock);
  await seedDemoConsultations(data, clock);
  return cases;
}
