/**
 * The event chain on its own (docs/security.md, "tamper-evident case log"): each event's hash
 * covers the previous hash and every field, so an edit, a deletion or a reordering anywhere
 * breaks it. The first vector was computed outside the code (Python: sha256 of the compact JSON
 * array), so a change of the hashed form, which would orphan every stored chain, fails here.
 */
import { describe, expect, it } from 'vitest';
import { eventHash, verifyChain, type ChainedEvent } from './event-chain.ts';

const ZERO = '0'.repeat(64);
const first: ChainedEvent = {
  caseId: 'case-1',
  seq: 1,
  action: 'report',
  actorId: 'u-1',
  fromStatus: null,
  toStatus: 'pending_verification',
  payload: '{"description":"smoke"}',
  at: 1772589600000,
};

function chain(...events: ChainedEvent[]) {
  let prev = ZERO;
  return events.map((e) => {
    const hash = eventHash(prev, e);
    const linked = { ...e, prevHash: prev, hash };
    prev = hash;
    return linked;
  });
}

const second: ChainedEvent = {
  ...first,
  seq: 2,
  action: 'verify',
  fromStatus: 'pending_verification',
  toStatus: 'reported',
  payload: '{"real":true}',
  at: 1772590000000,
};
const third: ChainedEvent = {
  ...first,
  seq: 3,
  action: 'file',
  actorId: 'u-2',
  fromStatus: 'reported',
  toStatus: 'filed',
  payload: '{}',
  at: 1772591000000,
};

describe('event hash', () => {
  it('is sha256 over the previous hash and the fields, in a fixed order', () => {
    expect(eventHash(ZERO, first)).toBe('3f2c1095fba41707f8c9453cef905fbe011947f5f6ac4acc2db12fbcbf9229b4');
  });

  it('changes with every field and with the previous hash', () => {
    const base = eventHash(ZERO, first);
    const variants: ChainedEvent[] = [
      { ...first, caseId: 'case-2' },
      { ...first, seq: 2 },
      { ...first, action: 'verify' },
      { ...first, actorId: 'u-2' },
      { ...first, actorId: null },
      { ...first, fromStatus: 'reported' },
      { ...first, toStatus: 'reported' },
      { ...first, payload: '{"description":"dust"}' },
      { ...first, at: first.at - 60_000 },
    ];
    const hashes = variants.map((v) => eventHash(ZERO, v));
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(variants.length);
    expect(eventHash('1'.repeat(64), first)).not.toBe(base);
  });
});

describe('verifyChain', () => {
  const good = chain(first, second, third);
  const head = { caseId: 'case-1', version: 3, status: 'filed' };

  it('accepts an intact chain that ends where the case is', () => {
    expect(verifyChain(good)).toBeNull();
    expect(verifyChain(good, head)).toBeNull();
    expect(verifyChain([])).toBeNull();
  });

  it('names the edited event: actor, time, action, status or payload', () => {
    const edits: Partial<ChainedEvent>[] = [
      { actorId: 'u-9' },
      { at: second.at - 3_600_000 },
      { action: 'reject' },
      { toStatus: 'rejected' },
      { payload: '{"real":false}' },
    ];
    for (const edit of edits) {
      const tampered = good.map((e) => (e.seq === 2 ? { ...e, ...edit } : e));
      expect(verifyChain(tampered, head)).toEqual({
        caseId: 'case-1',
        seq: 2,
        reason: 'event content does not match its hash',
      });
    }
  });

  it('an event re-hashed after an edit breaks the link of the next one', () => {
    const edited = { ...good[1]!, actorId: 'u-9' };
    edited.hash = eventHash(edited.prevHash, edited);
    expect(verifyChain([good[0]!, edited, good[2]!])).toEqual({
      caseId: 'case-1',
      seq: 3,
      reason: 'previous-hash link does not match',
    });
  });

  it('a deleted or reordered event is found by its number', () => {
    expect(verifyChain([good[0]!, good[2]!])).toEqual({
      caseId: 'case-1',
      seq: 3,
      reason: 'expected event #2, found #3',
    });
    expect(verifyChain([good[1]!, good[0]!, good[2]!])).toEqual({
      caseId: 'case-1',
      seq: 2,
      reason: 'expected event #1, found #2',
    });
  });

  it('a chain that ends before the case row does is missing its latest events', () => {
    expect(verifyChain(good.slice(0, 2), head)).toEqual({
      caseId: 'case-1',
      seq: 3,
      reason: 'the case is at version 3 but its log ends at event #2: events are missing',
    });
    expect(verifyChain([], head)).toEqual({
      caseId: 'case-1',
      seq: 1,
      reason: 'the case is at version 3 but its log ends at event #0: events are missing',
    });
  });

  it('a case whose status differs from where its last event left it is caught', () => {
    expect(verifyChain(good, { ...head, status: 'closed' })).toEqual({
      caseId: 'case-1',
      seq: 3,
      reason: 'the case is closed but its last event left it filed',
    });
  });
});
