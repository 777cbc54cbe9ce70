import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childPidsOf } from '../server/src/test/process-table.ts';
import { browserAvailable, launchBrowser, startServer } from './harness.ts';

/** The processes in process group `pgid` that are still running (zombies have exited). Linux: reads /proc. */
function runningInGroup(pgid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') found.push(Number(entry));
    } catch {
      /* it exited while we looked */
    }
  }
  return found;
}

describe.runIf(browserAvailable())('the server and the browser of a test that fails', () => {
  let started: number[] = [];

  it.fails('are started, and then the test fails', { timeout: 300_000 }, async () => {
    const before = new Set(childPidsOf(process.pid));
    await startServer();
    await launchBrowser();
    started = childPidsOf(process.pid).filter((pid) => !before.has(pid));
    throw new Error('simulated failure: the test ends without stopping its server or its browser');
  });

  it('are gone once that test is over, Chromium with all its helper processes', async () => {
    expect(started).toHaveLength(2); // envgrid serve and Chromium
    for (const pid of started) {
      expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
      // Chromium leads a process group of its own (zygote, renderers, GPU process …).
      // SIGKILL has been sent to the group; wait for its members to be gone (zombies count as gone).
      await expect.poll(() => runningInGroup(pid), { timeout: 30_000 }).toEqual([]);
    }
  });
});
