import type { computeEvaluation } from '../../modules/cases/case-evaluation.ts';
import { eventHash, GENESIS_HASH, type HashedEvent } from '../../modules/cases/event-chain.ts';

/** One event row as the log stores it, hash-chained. */
export type GeneratedEvent = HashedEvent;

/** A case's events as they are appended: numbered and hash-chained exactly like the event repository does. */
export class EventLog {
  readonly events: GeneratedEvent[] = [];
  private readonly parsed: {
    action: string;
    at: number;
    fromStatus: string | null;
    toStatus: string;
    payload: Record<string, unknown>;
  }[] = [];

  constructor(private readonly caseId: string) {}

  get lastAt(): number {
    return this.events[this.events.length - 1]!.at;
  }

  append(
    action: string,
    actorId: string,
    fromStatus: string | null,
    toStatus: string,
    at: number,
    payloadObject: Record<string, unknown>,
  ): void {
    const prevHash = this.events[this.events.length - 1]?.hash ?? GENESIS_HASH;
    const e = {
      caseId: this.caseId,
      seq: this.events.length + 1,
      action,
      actorId,
      fromStatus,
      toStatus,
      payload: JSON.stringify(payloadObject),
      at,
    };
    this.events.push({ ...e, prevHash, hash: eventHash(prevHash, e) });
    this.parsed.push({ action, at: e.at, fromStatus, toStatus, payload: payloadObject });
  }

  forEvaluation() {
    return this.parsed as Parameters<typeof computeEvaluation>[1];
  }
}
