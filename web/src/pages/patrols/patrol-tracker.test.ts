// Rule: a patrol's track is sent in batches; unsent points survive a failed send and a reload.
import { describe, expect, it, vi } from 'vitest';
import type { TrackPoint } from '../../api/patrol-types.ts';
import { PatrolTracker, retryable, type TrackerDeps } from './patrol-tracker.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

function setup(send: TrackerDeps['send'], storage = memoryStorage()) {
  let onPosition: PositionCallback = () => {};
  const geolocation = {
    watchPosition: vi.fn((cb: PositionCallback) => {
      onPosition = cb;
      return 7;
    }),
    clearWatch: vi.fn(),
  };
  const tracker = new PatrolTracker({
    geolocation,
    send,
    storage,
    setInterval: () => 1,
    clearInterval: () => {},
  });
  const fix = (lng: number, lat: number, at: number) =>
    onPosition({ coords: { longitude: lng, latitude: lat }, timestamp: at } as GeolocationPosition);
  return { tracker, fix, geolocation, storage };
}

const flushPromises = () => new Promise((r) => setTimeout(r, 0));

describe('PatrolTracker', () => {
  it('sends the first fix at once and later ones in a batch on flush', async () => {
    const sent: TrackPoint[][] = [];
    const { tracker, fix } = setup(async (_id, points) => void sent.push([...points]));
    tracker.begin('p1');
    fix(116.4, 39.9, 1000);
    await flushPromises();
    fix(116.401, 39.9, 2000);
    fix(116.402, 39.9, 3000);
    expect(tracker.getSnapshot().pending).toHaveLength(2);
    await tracker.flush();
    expect(sent.map((b) => b.map((p) => p.at))).toEqual([[1000], [2000, 3000]]);
    expect(tracker.getSnapshot()).toMatchObject({ pending: [], sent: 3, sentSeq: 2, error: null });
  });

  it('keeps a batch that could not be sent, and sends it with the next try', async () => {
    let online = false;
    const sent: number[] = [];
    const { tracker, fix } = setup(async (_id, points) => {
      if (!online) throw Object.assign(new Error('offline'), { status: 0 });
      sent.push(...points.map((p) => p.at));
    });
    tracker.begin('p1');
    fix(116.4, 39.9, 1000);
    await flushPromises();
    fix(116.4, 39.9, 2000);
    await tracker.flush();
    expect(tracker.getSnapshot()).toMatchObject({ error: 'offline' });
    expect(tracker.getSnapshot().pending).toHaveLength(2);
    online = true;
    await tracker.flush();
    expect(sent).toEqual([1000, 2000]);
    expect(tracker.getSnapshot().pending).toHaveLength(0);
  });

  it('drops a batch the server refuses for good', async () => {
    const { tracker, fix } = setup(async () => {
      throw Object.assign(new Error('bad points'), { status: 400 });
    });
    tracker.begin('p1');
    fix(116.4, 39.9, 1000);
    await flushPromises();
    expect(tracker.getSnapshot()).toMatchObject({ pending: [], error: 'bad points' });
  });

  it('ignores a fix no newer than the last one', () => {
    const { tracker, fix } = setup(() => new Promise(() => {}));
    tracker.begin('p1');
    fix(116.4, 39.9, 1000);
    fix(116.5, 39.9, 1000);
    expect(tracker.getSnapshot().pending).toHaveLength(1);
  });

  it('restores the patrol and its unsent points after a reload, and forgets them when finished', () => {
    const storage = memoryStorage();
    const first = setup(() => new Promise(() => {}), storage);
    first.tracker.begin('p1');
    first.fix(116.4, 39.9, 1000);
    const again = setup(() => new Promise(() => {}), storage);
    expect(again.tracker.getSnapshot()).toMatchObject({ patrolId: 'p1', pending: [{ at: 1000 }] });
    again.tracker.finish();
    expect(setup(() => new Promise(() => {}), storage).tracker.getSnapshot().patrolId).toBeNull();
  });

  it('treats network failures, 429 and 5xx as worth retrying', () => {
    expect(retryable(new Error('x'))).toBe(true);
    expect(retryable({ status: 503 })).toBe(true);
    expect(retryable({ status: 429 })).toBe(true);
    expect(retryable({ status: 409 })).toBe(false);
  });
});
