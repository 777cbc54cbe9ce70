/** The login-device records: domain shapes, apart from how the repository stores them. */
export interface LoginDeviceRecord {
  id: string;
  userId: string;
  createdAt: number;
  lastUsedAt: number;
}
