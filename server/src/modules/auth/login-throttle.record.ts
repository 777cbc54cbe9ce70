/** The login-throttle records: domain shapes, apart from how the repository stores them. */
export interface AttemptCounter {
  key: string;
  count: number;
  windowStart: number;
  blockedUntil: number;
}
