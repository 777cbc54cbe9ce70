import type { FastifyBaseLogger } from 'fastify';
import type { LeaderLock } from './leader-lock.ts';

export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<void>;
}

/** Runs jobs on an interval, only while this process holds the leader lock. */
export class Scheduler {
  private timers: NodeJS.Timeout[] = [];
  private running = new Set<string>();

  constructor(
    private readonly lock: LeaderLock,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(jobs: Job[]): void {
    for (const job of jobs) {
      const tick = async () => {
        if (this.running.has(job.name)) return; // a slow run is not stacked on
        if (!(await this.lock.acquire())) return;
        this.running.add(job.name);
        try {
          await job.run();
        } catch (err) {
          this.log.error({ err, job: job.name }, 'scheduled job failed');
        } finally {
          this.running.delete(job.name);
        }
      };
      const t = setInterval(() => void tick(), job.everyMs);
      t.unref();
      this.timers.push(t);
    }
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.lock.release();
  }
}
