/** The audit-log records: domain shapes, apart from how the repository stores them. */
export interface AuditEntry {
  id: number;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  targetKind: string;
  targetId: string;
  details: unknown;
  at: number;
}

export interface NewAuditEntry {
  actorId: string | null;
  action: string;
  targetKind: string;
  targetId: string;
  details?: unknown;
}
