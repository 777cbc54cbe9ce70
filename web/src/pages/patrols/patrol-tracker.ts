/**
 * The running patrol's GPS track, kept outside React: it goes on while the supervisor fills a
 * report from a source (another page) and survives a reload. Positions from `watchPosition` are
 * buffered and sent in batches (every ~15 s, and at once on the first fix, on "send now" and
 * before the patrol ends); a batch that cannot be sent (offline) stays in the buffer, which is
 * kept in localStorage, and goes with the next try.
 */
import type { LngLat } from '../../api/case-types.ts';
import type { TrackPoint } from '../../api/patrol-types.ts';

export const FLUSH_EVERY_MS = 15_000;
/** Points per request: a long offline stretch is sent in several. */
export const MAX_BATCH = 200;
const STORAGE_KEY = 'envgrid.patrol';

export interface TrackerSnapshot {
  patrolId: string | null;
  watching: boolean;
  pending: readonly TrackPoint[];
  position: LngLat | null;
  /** Points this page has had accepted by the server. */
  sent: number;
  /** Bumped after every accepted batch (the screen reloads the patrol). */
  sentSeq: number;
  sending: boolean;
  /** The last failure: the geolocation's message, or 'offline' / the server's refusal. */
  error: string | null;
}

export interface TrackerDeps {
  geolocation: Pick<Geolocation, 'watchPosition' | 'clearWatch'> | undefined;
  send: (patrolId: string, points: readonly TrackPoint[]) => Promise<unknown>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

/** Whether a failed send may succeed later (network down, server busy) — else the batch is refused. */
export function retryable(err: unknown): boolean {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status !== 'number' || status === 0 || status === 429 || status >= 500;
}

export class PatrolTracker {
  private snap: TrackerSnapshot;
  private listeners = new Set<() => void>();
  private watchId: number | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly deps: TrackerDeps) {
    const saved = this.load();
    this.snap = {
      patrolId: saved?.patrolId ?? null,
      watching: false,
      pending: saved?.pending ?? [],
      position: null,
      sent: 0,
      sentSeq: 0,
      sending: false,
      error: null,
    };
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): TrackerSnapshot => this.snap;

  /** Starts (or resumes) tracking a patrol. */
  begin(patrolId: string): void {
    if (this.snap.patrolId !== patrolId) this.set({ patrolId, pending: [], sent: 0, error: null });
    this.save();
    this.watch();
  }

  /** Stops tracking and forgets the patrol (after it ended, or it is gone). */
  finish(): void {
    this.unwatch();
    this.set({ patrolId: null, pending: [], position: null, error: null });
    this.deps.storage?.removeItem(STORAGE_KEY);
  }

  /** Stops listening to the GPS but keeps the patrol and its unsent points (the page went away). */
  pause(): void {
    this.unwatch();
  }

  /** Sends what is buffered; resolves when done (or failed, kept for later). */
  flush(): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => (this.snap.pending.length ? this.flush() : undefined));
    const { patrolId, pending } = this.snap;
    if (!patrolId || pending.length === 0) return Promise.resolve();
    const batch = pending.slice(0, MAX_BATCH);
    this.set({ sending: true });
    this.inFlight = this.deps
      .send(patrolId, batch)
      .then(
        () => {
          this.drop(batch.length);
          this.set({ sent: this.snap.sent + batch.length, sentSeq: this.snap.sentSeq + 1, error: null });
        },
        (err: unknown) => {
          if (retryable(err)) {
            this.set({ error: 'offline' });
            return;
          }
          // Refused for good (a bad batch, an ended patrol): keeping it would block every later one.
          this.drop(batch.length);
          this.set({ error: err instanceof Error ? err.message : String(err) });
        },
      )
      .finally(() => {
        this.inFlight = null;
        this.set({ sending: false });
      });
    return this.inFlight.then(() =>
      this.snap.pending.length > 0 && this.snap.error === null ? this.flush() : undefined,
    );
  }

  /** Adds a fix (from the GPS, or a test). */
  addPoint(p: TrackPoint): void {
    if (!this.snap.patrolId) return;
    const last = this.snap.pending.at(-1);
    if (last && last.at >= p.at) return;
    const first = this.snap.sent === 0 && this.snap.pending.length === 0;
    this.set({ pending: [...this.snap.pending, p], position: { lng: p.lng, lat: p.lat } });
    this.save();
    if (first) void this.flush();
  }

  private watch(): void {
    if (this.watchId !== null) return;
    const geo = this.deps.geolocation;
    if (!geo) {
      this.set({ error: 'no-geolocation' });
      return;
    }
    this.watchId = geo.watchPosition(
      (pos) =>
        this.addPoint({
          lng: round(pos.coords.longitude),
          lat: round(pos.coords.latitude),
          at: Math.round(pos.timestamp),
        }),
      (err) => this.set({ error: err.message || 'geolocation' }),
      { enableHighAccuracy: true, maximumAge: 0 },
    );
    this.timer = this.deps.setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.set({ watching: true });
  }

  private unwatch(): void {
    if (this.watchId !== null) this.deps.geolocation?.clearWatch(this.watchId);
    if (this.timer !== null) this.deps.clearInterval(this.timer);
    this.watchId = null;
    this.timer = null;
    this.set({ watching: false });
  }

  private drop(n: number): void {
    this.set({ pending: this.snap.pending.slice(n) });
    this.save();
  }

  private set(patch: Partial<TrackerSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const fn of this.listeners) fn();
  }

  private save(): void {
    const { patrolId, pending } = this.snap;
    try {
      this.deps.storage?.setItem(STORAGE_KEY, JSON.stringify({ patrolId, pending }));
    } catch {
      // Storage full or disabled: the points stay in memory.
    }
  }

  private load(): { patrolId: string; pending: TrackPoint[] } | null {
    try {
      const raw = this.deps.storage?.getItem(STORAGE_KEY);
      const v = raw ? (JSON.parse(raw) as { patrolId?: unknown; pending?: unknown }) : null;
      if (!v || typeof v.patrolId !== 'string' || !Array.isArray(v.pending)) return null;
      return { patrolId: v.patrolId, pending: v.pending as TrackPoint[] };
    } catch {
      return null;
    }
  }
}

function round(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}

let shared: PatrolTracker | null = null;

/** The page's one tracker. */
export function patrolTracker(send: TrackerDeps['send']): PatrolTracker {
  shared ??= new PatrolTracker({
    geolocation: typeof navigator !== 'undefined' ? navigator.geolocation : undefined,
    send,
    storage: typeof window !== 'undefined' ? window.localStorage : undefined,
    setInterval: (fn, ms) => window.setInterval(fn, ms),
    clearInterval: (h) => window.clearInterval(h as number),
  });
  return shared;
}
