import type { DataAccess } from '../../db/repos.ts';
import { verifyChain, type ChainBreak } from './event-chain.ts';

/** Walks every case's event chain and names each case whose history was altered. */
export class EventLogService {
  constructor(private readonly data: DataAccess) {}

  async verify(): Promise<{
    cases: number;
    events: number;
    broken: (ChainBreak & { caseNo: string | null })[];
  }> {
    let after: string | null = null;
    let cases = 0;
    let events = 0;
    const broken: (ChainBreak & { caseNo: string | null })[] = [];
    for (;;) {
      const ids = await this.data.repos.caseEvents.caseIds(after, 200);
      if (ids.length === 0) break;
      const all = await this.data.repos.caseEvents.listForCases(ids);
      for (const id of ids) {
        const chain = all.filter((e) => e.caseId === id).map((e) => ({ ...e, payload: e.payloadText }));
        events += chain.length;
        const bad = verifyChain(chain);
        if (bad) broken.push({ ...bad, caseNo: (await this.data.repos.cases.find(id))?.caseNo ?? null });
      }
      cases += ids.length;
      after = ids[ids.length - 1]!;
    }
    return { cases, events, broken };
  }
}
