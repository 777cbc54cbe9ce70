/**
 * Keeps the indicator rollup (migration 0014) up to date: counts the cases whose events changed —
 * each case's facts recomputed from its whole log (core `caseFacts`), the difference to the facts
 * it was last counted with added to the daily sums — in batches, one transaction each, one drain
 * at a time. Readers drain before they read, so the indicators are exact; a job drains in the
 * background, so readers seldom find much to do.
 */
import { caseFacts, factDelta, localDateOf, summedFacts, type CaseFact } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';

export interface DrainOptions {
  /** Stop after about this many cases (default: until no case is waiting). */
  max?: number;
  batch?: number;
  onProgress?: (counted: number, waiting: number) => void;
}

export class IndicatorRollup {
  constructor(
    private readonly data: DataAccess,
    private readonly timeZone: () => Promise<string>,
  ) {}

  /** Counts waiting cases; returns how many marks were counted. */
  async drain(opts: DrainOptions = {}): Promise<number> {
    const batch = opts.batch ?? 1000;
    const max = opts.max ?? Infinity;
    const tz = await this.timeZone();
    const dayOf = (at: number) => localDateOf(tz, at);
    let counted = 0;
    while (counted < max && (await this.data.repos.indicatorRollup.anyWaiting())) {
      const n = await this.data.transaction(async (repos) => {
        const r = repos.indicatorRollup;
        await r.lock();
        const marks = await r.dirty(batch);
        if (marks.length === 0) return 0;
        const ids = [...new Set(marks.map((m) => m.caseId))];
        // One after the other: a transaction is one connection (pg would queue them anyway).
        const inputs = await r.inputs(ids);
        const stored = await r.storedFacts(ids);
        const facts = new Map<string, CaseFact[]>();
        const changes: CaseFact[] = [];
        for (const id of ids) {
          const input = inputs.get(id);
          const now = input ? summedFacts(caseFacts(input.c, input.events, dayOf)) : [];
          changes.push(...factDelta(stored.get(id) ?? [], now));
          facts.set(id, now);
        }
        await r.write(
          summedFacts(changes),
          facts,
          marks.map((m) => m.id),
        );
        return marks.length;
      });
      if (n === 0) break;
      counted += n;
      if (opts.onProgress) opts.onProgress(counted, await this.data.repos.indicatorRollup.pending());
    }
    return counted;
  }
}
