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

/** An event as the log stores it: with the hash of the one before it and its own. */
export type HashedEvent = ChainedEvent & { prevHash: string; hash: string };

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

/**
 * What the case row says about the end of its chain: every version of a case is one event (the
 * report is version 1, each action adds one), and the last event leaves the case in its status.
 * Without it, deleting the latest events (or all of them) would leave a valid, shorter chain.
 */
export interface ChainHead {
  caseId: string;
  version: number;
  status: string;
}

/**
 * Walks one case's events in order and names the first place the chain is broken, if any; with
 * `head`, also a chain that ends before the case row does.
 */
export function verifyChain(events: HashedEvent[], head?: ChainHead): ChainBreak | null {
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
  if (head) {
    const last = events[events.length - 1];
    if (events.length !== head.version)
      return {
        caseId: head.caseId,
        seq: events.length + 1,
        reason: `the case is at version ${head.version} but its log ends at event #${events.length}: events are missing`,
      };
    if (last && last.toStatus !== head.status)
      return {
        caseId: head.caseId,
        seq: last.seq,
        reason: `the case is ${head.status} but its last event left it ${last.toStatus}`,
      };
  }
  return null;
}
