import { duplicateSearch, rankDuplicates, type CaseRecord, type DuplicateCandidate } from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';

/**
 * The possible duplicates of `c` (core's duplicate rule), naming only cases that `visible`
 * admits, so a reporter never learns of cases outside their scope.
 */
export async function findDuplicates(
  repos: Repos,
  c: CaseRecord,
  now: number,
  visible: (other: CaseRecord) => Promise<boolean>,
): Promise<DuplicateCandidate[]> {
  const near = await repos.cases.near(duplicateSearch(c, now));
  const seen: CaseRecord[] = [];
  for (const o of near) if (await visible(o)) seen.push(o);
  return rankDuplicates(c, seen, now);
}
