import { EventEmitter } from 'node:events';
import pg from 'pg';

/** A live event for queues, dashboards and inboxes. Small: clients refetch what they need. */
export interface LiveEvent {
  type: 'case.changed' | 'notification';
  caseId?: string;
  action?: string;
  status?: string;
  /** Who may hear it: a case's street and departments, or named users. */
  streetCode?: string;
  departmentIds?: string[];
  userIds?: string[];
  at: number;
}

export interface EventBus {
  publish(event: LiveEvent): Promise<void>;
  subscribe(listener: (event: LiveEvent) => void): () => void;
  close(): Promise<void>;
}

/** One process: events stay in memory. */
export class LocalEventBus implements EventBus {
  protected readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(event: LiveEvent): Promise<void> {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL = 'envgrid_events';

/** Many processes on PostgreSQL: NOTIFY fans an event out to every process's listeners. */
export class PostgresEventBus extends LocalEventBus {
  private listener: pg.Client | null = null;
  private ready: Promise<void> | null = null;

  constructor(private readonly url: string) {
    super();
  }

  private connect(): Promise<void> {
    this.ready ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      await client.connect();
      client.on('notification', (msg) => {
        if (msg.channel !== CHANNEL || !msg.payload) return;
        try {
          this.emitter.emit('event', JSON.parse(msg.payload) as LiveEvent);
        } catch {
          /* not ours */
        }
      });
      client.on('error', () => {
        // The connection dropped: the next publish reconnects.
        this.listener = null;
        this.ready = null;
      });
      await client.query(`listen ${CHANNEL}`);
      this.listener = client;
    })();
    return this.ready;
  }

  /** The last NOTIFY sent: one client runs one query at a time (pg 9 will refuse overlapping ones). */
  private sending: Promise<unknown> = Promise.resolve();

  override async publish(event: LiveEvent): Promise<void> {
    await this.connect();
    // Delivered to this process too, through its own LISTEN. Queued behind the previous NOTIFY,
    // which also keeps this process's events in the order they were published.
    const client = this.listener!;
    const sent = this.sending.then(() =>
      client.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]),
    );
    this.sending = sent.catch(() => {});
    await sent;
  }

  override subscribe(listener: (event: LiveEvent) => void): () => void {
    void this.connect();
    return super.subscribe(listener);
  }

  override async close(): Promise<void> {
    await super.close();
    await this.listener?.end().catch(() => {});
    this.listener = null;
    this.ready = null;
  }
}
