import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../db/repos.ts';
import type { Services } from '../container.ts';
import { CaseGenerator } from './case-generator/case-generator.ts';
import { seedDemoSources } from './demo-sources.ts';
import { seedDemoConsultations } from './demo-consultations.ts';
import { seedDemoPatrols } from './demo-patrols.ts';

/**
 * A year of a district's cases (20,000 by default, about 55 a day; `ENVGRID_DEMO_CASES`): every
 * queue, light and state has some, and the dashboards, rankings and maps have a year to show.
 */
export const DEMO_HISTORY = { years: 1, seed: 1 } as const;

/**
 * The demo's case history (`npm start`, `envgrid seed --demo`): a small run of `envgrid generate`,
 * so the demo shows what a district's work looks like, through the same rules and event chain.
 */
export async function seedDemoHistory(
  data: DataAccess,
  clock: Clock,
  services: Pick<Services, 'workSettings' | 'cases' | 'indicatorRollup'>,
  count: number,
): Promise<number> {
  const { cases } = await new CaseGenerator(data, clock, services.workSettings).generate({
    ...DEMO_HISTORY,
    cases: count,
  });
  // The management layer around the cases: sources (some linked to cases), patrols that
  // inspect them, consultations.
  await seedDemoSources(data, clock, services);
  await seedDemoPatrols(data, clock);
  await seedDemoConsultations(data, clock);
  // Count the history into the indicator rollup now, not on the first dashboard read.
  await services.indicatorRollup.drain({ batch: 2000 });
  return cases;
}
