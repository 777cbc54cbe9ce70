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
      // Walk the cases, not the events: a case whose events were all deleted must be named too.
      const heads = await this.data.repos.caseEvents.chainHeads(after, 200);
      if (heads.length === 0) break;
      const all = await this.data.repos.caseEvents.listForCases(heads.map((h) => h.caseId));
      const byCase = new Map<string, typeof all>();
      for (const e of all) {
        const chain = byCase.get(e.caseId);
        if (chain) chain.push(e);
        else byCase.set(e.caseId, [e]);
      }
      for (const head of heads) {
        const chain = (byCase.get(head.caseId) ?? []).map((e) => ({ ...e, payload: e.payloadText }));
        events += chain.length;
        const bad = verifyChain(chain, head);
        if (bad) broken.push({ ...bad, caseNo: head.caseNo });
      }
      cases += heads.length;
      after = heads[heads.length - 1]!.caseId;
    }
    return { cases, events, broken };
  }
}
