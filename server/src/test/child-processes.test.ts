import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stopChildProcessesAfterTests } from './child-process-teardown.ts';
import { spawnChild } from './child-processes.ts';
import { processState } from './process-table.ts';

// The hooks under test, installed the way cli-runner.ts and e2e/harness.ts install them.
stopChildProcessesAfterTests();

const ROOT = path.resolve(import.meta.dirname, '../../..');
const IDLE = 'setInterval(() => {}, 1000)';
/** Long enough for a loaded machine; these are deadlines, the tests finish as soon as the awaited thing happens. */
const STARTUP_MS = 90_000;

/** What `kill(pid, 0)` says about a process: 'ESRCH' once it is gone. */
function signalZero(pid: number): string {
  try {
    process.kill(pid, 0);
    return 'alive';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
}

describe('a child process left running by a test that fails', () => {
  let pid = 0;

  it.fails('is started, and then the test fails', () => {
    pid = spawnChild(process.execPath, ['-e', IDLE], { label: 'idle node' }).pid;
    throw new Error('simulated failure: the test body throws while its child is running');
  });

  it('is gone once that test is over', () => {
    expect(pid).toBeGreaterThan(0);
    expect(signalZero(pid)).toBe('ESRCH');
  });
});

describe('a child process left running by a test that times out', () => {
  let pid = 0;

  it.fails('is started, and then the test times out', { timeout: 1000 }, async () => {
    pid = spawnChild(process.execPath, ['-e', IDLE], { label: 'idle node' }).pid;
    await new Promise(() => {}); // simulated hang: never settles, so vitest times the test out
  });

  it('is gone once that test is over', () => {
    expect(pid).toBeGreaterThan(0);
    expect(signalZero(pid)).toBe('ESRCH');
  });
});

describe('a child process left running by a test that passes', () => {
  let pid = 0;
  it('is started, and the test passes', () => {
    pid = spawnChild(process.execPath, ['-e', IDLE], { label: 'idle node' }).pid;
    expect(signalZero(pid)).toBe('alive');
  });
  it('is gone once that test is over', () => {
    expect(signalZero(pid)).toBe('ESRCH');
  });
});

describe('a child process started in beforeAll', () => {
  let pid = 0;
  beforeAll(() => {
    pid = spawnChild(process.execPath, ['-e', IDLE], { label: 'idle node for the suite' }).pid;
  });
  it('outlives the first test', () => {
    expect(signalZero(pid)).toBe('alive');
  });
  it('is still there for the next one (it is stopped when the file ends)', () => {
    expect(signalZero(pid)).toBe('alive');
  });
});

describe('stop()', () => {
  it(
    'sends SIGKILL after the grace period to a process that ignores SIGTERM',
    { timeout: 180_000 },
    async () => {
      const child = spawnChild(process.execPath, [
        '-e',
        `process.on('SIGTERM', () => console.log('ignored SIGTERM')); console.log('ready'); ${IDLE}`,
      ]);
      await child.waitForOutput(/ready\n/, STARTUP_MS);
      const status = await child.stop({ graceMs: 2000 });
      expect(status).toEqual({ code: null, signal: 'SIGKILL' });
      expect(child.output()).toMatch(/ignored SIGTERM/);
      expect(signalZero(child.pid)).toBe('ESRCH');
    },
  );

  it('stops the whole process group of a detached child', { timeout: 180_000 }, async () => {
    const child = spawnChild(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').spawn(process.execPath, ['-e', '${IDLE}'], { stdio: 'ignore' });` +
          ` console.log('grandchild ' + c.pid); ${IDLE}`,
      ],
      { detached: true },
    );
    const grandchild = Number((await child.waitForOutput(/grandchild (\d+)\n/, STARTUP_MS))[1]);
    try {
      await child.stop();
      expect(signalZero(child.pid)).toBe('ESRCH');
      // Not our child: whoever adopts it reaps it, so wait for that (a zombie is already dead).
      await expect.poll(() => processState(grandchild), { timeout: 30_000 }).not.toBe('running');
    } finally {
      if (processState(grandchild) === 'running') process.kill(grandchild, 'SIGKILL');
    }
  });
});

/**
 * A plain Node process that registers a child through child-processes.ts and then ends the way a vitest
 * worker ends: told to terminate (tinypool sends SIGTERM) or exiting.
 */
function startParent(end: string) {
  const script = [
    `import { spawnChild } from ${JSON.stringify(path.join(ROOT, 'server/src/test/child-processes.ts'))};`,
    `const c = spawnChild(process.execPath, ['-e', '${IDLE}'], { label: 'grandchild' });`,
    `console.log('child ' + c.pid);`,
    end,
    IDLE,
  ].join('\n');
  // tsx loads the TypeScript module, as it does for bin/envgrid.mjs; it resolves from the repository root.
  return spawnChild(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    label: 'parent with a registered child',
  });
}

describe('the last resort: a worker that goes away with children still registered', () => {
  for (const [how, end, expected] of [
    ['is told to terminate (SIGTERM)', '', { code: null, signal: 'SIGTERM' }],
    ['exits', `setImmediate(() => process.exit(3));`, { code: 3, signal: null }],
  ] as const) {
    it(`kills them when it ${how}`, { timeout: 180_000 }, async () => {
      const parent = startParent(end);
      const pid = Number((await parent.waitForOutput(/child (\d+)\n/, STARTUP_MS))[1]);
      try {
        if (!end) parent.process.kill('SIGTERM');
        // The signal still terminates the process, as it would without the handler.
        expect(await parent.waitForExit(STARTUP_MS)).toEqual(expected);
        await expect.poll(() => processState(pid), { timeout: 30_000 }).not.toBe('running');
      } finally {
        if (processState(pid) === 'running') process.kill(pid, 'SIGKILL');
      }
    });
  }
});
