/** The notification records: domain shapes, apart from how the repository stores them. */
export interface NotificationRecord {
  id: number;
  userId: string;
  kind: string;
  caseId: string | null;
  title: string;
  body: string | null;
  createdAt: number;
  readAt: number | null;
}

export interface NewNotification {
  userId: string;
  kind: string;
  caseId: string | null;
  title: string;
  body?: string | null;
}
