/** The api-token records: domain shapes, apart from how the repository stores them. */
export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
}
