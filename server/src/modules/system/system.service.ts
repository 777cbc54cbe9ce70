/** What readiness asks of the database (system.repository.ts answers it). */
export interface DatabaseProbe {
  ping(): Promise<unknown>;
  pendingMigrations(): Promise<string[]>;
}

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  pendingMigrations: string[];
}

export class SystemService {
  constructor(private readonly repo: DatabaseProbe) {}

  /** Ready means: the database answers and its schema is current. */
  async readiness(): Promise<Readiness> {
    try {
      await this.repo.ping();
    } catch {
      return { ready: false, database: 'unreachable', pendingMigrations: [] };
    }
    const pending = await this.repo.pendingMigrations();
    return { ready: pending.length === 0, database: 'ok', pendingMigrations: pending };
  }
}
