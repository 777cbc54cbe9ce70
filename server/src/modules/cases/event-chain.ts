import crypto from 'node:crypto';

/** The hash of the event before a case's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  caseId: string;
  seq: number;
  action: string;
  actorId: string | null;
  fromStatus: string | null;
  toStatus: string;
  payload: string;
  at: number;
}

/**
 * Each event stores the hash of the previous event of its case and its own hash over
 * (previous hash, its fields): changing, removing or reordering any event breaks the chain.
 */
export function eventHash(prevHash: string, e: ChainedEvent): string {
  const canonical = JSON.stringify([
    prevHash,
    e.caseId,
    e.seq,
    e.action,
    e.actorId,
    e.fromStatus,
    e.toStatus,
    e.payload,
    e.at,
  ]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

export interface ChainBreak {
  caseId: string;
  seq: number;
  reason: string;
}

/** Walks one case's events in order and names the first place the chain is broken, if any. */
export function verifyChain(
  events: (ChainedEvent & { prevHash: string; hash: string })[],
): ChainBreak | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of events) {
    if (e.seq !== expectedSeq)
      return { caseId: e.caseId, seq: e.seq, reason: `expected event #${expectedSeq}, found #${e.seq}` };
    if (e.prevHash !== prev)
      return { caseId: e.caseId, seq: e.seq, reason: 'previous-hash link does not match' };
    if (eventHash(prev, e) !== e.hash)
      return { caseId: e.caseId, seq: e.seq, reason: 'event content does not match its hash' };
    prev = e.hash;
    expectedSeq++;
  }
  return null;
}
