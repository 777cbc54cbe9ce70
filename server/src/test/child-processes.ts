import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Every child process a test starts, in one place, so that none outlives its test.
 *
 * Tests start processes with `spawnChild`, or hand one that a library started (Chromium) to `trackChild`.
 * `stop()` sends SIGTERM, waits for the process's 'exit' event for a grace period, then sends SIGKILL.
 * `child-process-teardown.ts` stops the children of each test after it, and every child left after the
 * file, whether the test passed, failed or timed out. As a last resort, while any child is registered, the
 * worker's 'exit' and a terminating signal (tinypool ends a fork worker with SIGTERM, and SIGKILL one second
 * later) SIGKILL whatever is still running.
 *
 * This module imports nothing from vitest, so a plain Node process can use it too (the last-resort test does).
 * Waits here wait for something to happen (an output line, an HTTP answer, an 'exit' event) up to a deadline;
 * the deadlines are generous because the test machines have two cores and run several suites at once.
 */

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StopOptions {
  /** The first signal; SIGTERM unless told. */
  signal?: NodeJS.Signals;
  /** How long the process may take to exit before it is sent SIGKILL. */
  graceMs?: number;
}

export interface TrackedChild {
  readonly label: string;
  readonly pid: number;
  readonly process: ChildProcess;
  /** Registration order: teardown uses it to tell the current test's children from older ones. */
  readonly seq: number;
  /** Settles on the 'exit' event: the process is gone (its stdio may still be draining). */
  readonly exited: Promise<ExitStatus>;
  /** Settles on the 'close' event: the process is gone and its stdout and stderr are read to the end. */
  readonly closed: Promise<ExitStatus>;
  /** The exit status once the process has exited. */
  exitStatus(): ExitStatus | undefined;
  /** What the process wrote so far (only for processes started by `spawnChild` with piped stdio). */
  stdout(): string;
  stderr(): string;
  /** stdout and stderr interleaved in arrival order. */
  output(): string;
  /**
   * The first match of `pattern` in the output. Rejects, with the output, when the process ends first or
   * the deadline passes.
   */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** The exit status; rejects when the process is still running at the deadline. */
  waitForExit(timeoutMs?: number): Promise<ExitStatus>;
  /** Stops the process (see `StopOptions`) and resolves once it has exited. Safe to call more than once. */
  stop(opts?: StopOptions): Promise<ExitStatus>;
}

/** A wait for a process to start, answer or exit on a busy two-core machine. */
export const DEFAULT_WAIT_MS = 60_000;
/** How long a process gets to exit after SIGTERM before it is sent SIGKILL. */
export const DEFAULT_GRACE_MS = 10_000;
/** How long a SIGKILLed process gets to be reaped before `stop()` gives up and says so. */
const KILL_WAIT_MS = 10_000;

const live = new Map<TrackedChild, { group: boolean }>();
let lastSeq = 0;

/** The sequence number the next registered child will get. */
export function nextChildSeq(): number {
  return lastSeq + 1;
}

/** The children that have not exited yet. */
export function liveChildren(): TrackedChild[] {
  return [...live.keys()];
}

/**
 * Stops every live child that `which` selects, in parallel. Resolves with the children it had to stop;
 * rejects (after trying them all) if one survived SIGKILL.
 */
export async function stopChildren(
  which: (child: TrackedChild) => boolean = () => true,
  opts: StopOptions = {},
): Promise<TrackedChild[]> {
  const targets = liveChildren().filter(which);
  const results = await Promise.allSettled(targets.map((c) => c.stop(opts)));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length) throw new AggregateError(failures, 'some child processes could not be stopped');
  return targets;
}

/** Sends SIGKILL to every live child (to its whole group where it leads one), synchronously. */
export function killChildrenNow(): void {
  for (const [child, { group }] of live) {
    try {
      signalChild(child, 'SIGKILL', group);
    } catch {
      /* on the way out: the others still get theirs */
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Last resort: the worker exits or is told to terminate while children are still registered.

const TERMINATING_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
let lastResortInstalled = false;

function onWorkerExit(): void {
  killChildrenNow();
}

function onTerminatingSignal(signal: NodeJS.Signals): void {
  killChildrenNow();
  uninstallLastResort();
  // Keep the signal's meaning: with no other listener left, let it terminate the process as it would have.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installLastResort(): void {
  if (lastResortInstalled) return;
  lastResortInstalled = true;
  process.on('exit', onWorkerExit);
  for (const s of TERMINATING_SIGNALS) process.on(s, onTerminatingSignal);
}

function uninstallLastResort(): void {
  if (!lastResortInstalled) return;
  lastResortInstalled = false;
  process.off('exit', onWorkerExit);
  for (const s of TERMINATING_SIGNALS) process.off(s, onTerminatingSignal);
}

// ---------------------------------------------------------------------------------------------------------

function signalChild(child: TrackedChild, signal: NodeJS.Signals, group: boolean): void {
  try {
    // A negative pid signals the whole process group the child leads (spawned with `detached: true`).
    process.kill(group ? -child.pid : child.pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

function killGroupQuietly(child: TrackedChild): void {
  try {
    signalChild(child, 'SIGKILL', true);
  } catch {
    /* nothing left that we may signal */
  }
}

function tail(text: string, max = 4000): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}

function exitWithin(exited: Promise<ExitStatus>, ms: number): Promise<ExitStatus | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    void exited.then((status) => {
      clearTimeout(timer);
      resolve(status);
    });
  });
}

/**
 * Registers a child process that something else started (Playwright starts Chromium). `processGroup`: the
 * child leads its own process group (it was spawned with `detached: true`), so signals go to the whole group.
 */
export function trackChild(
  child: ChildProcess,
  opts: { label: string; processGroup?: boolean; capture?: boolean },
): TrackedChild {
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${opts.label}: the process did not start`);
  const group = (opts.processGroup ?? false) && process.platform !== 'win32';
  let out = '';
  let err = '';
  let both = '';
  if (opts.capture) {
    // setEncoding: a character split between two chunks (the banner has Chinese in it) stays whole.
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      both += d;
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      both += d;
    });
  }
  let status: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    // Exited already (possible for a process handed over late): 'exit' will not fire again.
    if (child.exitCode !== null || child.signalCode !== null) {
      status = { code: child.exitCode, signal: child.signalCode };
      resolve(status);
      return;
    }
    child.once('exit', (code, signal) => {
      status = { code, signal };
      resolve(status);
    });
  });
  const closed = new Promise<ExitStatus>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal }));
    // A process without piped stdio still emits 'close'; one that exited before we looked will not.
    if (status) resolve(status);
  });
  // An 'error' event without a listener would crash the worker; the exit status tells what happened.
  child.on('error', (e) => {
    both += `\n[${opts.label}: ${e.message}]\n`;
  });

  const tracked: TrackedChild = {
    label: opts.label,
    pid,
    process: child,
    seq: ++lastSeq,
    exited,
    closed,
    exitStatus: () => status,
    stdout: () => out,
    stderr: () => err,
    output: () => both,

    waitForOutput(pattern, timeoutMs = DEFAULT_WAIT_MS) {
      const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      return new Promise((resolve, reject) => {
        let settled = false;
        const finish = (settle: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          child.stdout?.off('data', check);
          child.stderr?.off('data', check);
          settle();
        };
        function check(): boolean {
          const m = once.exec(both);
          if (m) finish(() => resolve(m));
          return m !== null;
        }
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(
                new Error(
                  `${opts.label} (pid ${pid}) printed no ${pattern} within ${timeoutMs} ms:\n${tail(both)}`,
                ),
              ),
            ),
          timeoutMs,
        );
        // Listen after our own capture listeners, so `both` already holds the chunk being announced.
        child.stdout?.on('data', check);
        child.stderr?.on('data', check);
        // All output is in once the process has closed its stdio.
        void closed.then(() => {
          if (!check())
            finish(() =>
              reject(
                new Error(
                  `${opts.label} (pid ${pid}) ended (${JSON.stringify(status)}) before printing ${pattern}:\n${tail(both)}`,
                ),
              ),
            );
        });
        check();
      });
    },

    async waitForExit(timeoutMs = DEFAULT_WAIT_MS) {
      const s = await exitWithin(exited, timeoutMs);
      if (!s)
        throw new Error(`${opts.label} (pid ${pid}) still running after ${timeoutMs} ms:\n${tail(both)}`);
      return s;
    },

    async stop({ signal = 'SIGTERM', graceMs = DEFAULT_GRACE_MS } = {}) {
      if (!status) {
        signalChild(tracked, signal, group);
        if (!(await exitWithin(exited, graceMs))) {
          signalChild(tracked, 'SIGKILL', group);
          if (!(await exitWithin(exited, KILL_WAIT_MS)))
            throw new Error(`${opts.label} (pid ${pid}) is still there ${KILL_WAIT_MS} ms after SIGKILL`);
        }
      }
      if (group) killGroupQuietly(tracked);
      return status!;
    },
  };

  if (!status) {
    live.set(tracked, { group });
    installLastResort();
    void exited.then(() => {
      live.delete(tracked);
      if (live.size === 0) uninstallLastResort();
      // The group leader is gone; anything left in its group (a browser's helpers) goes with it.
      if (group) killGroupQuietly(tracked);
    });
  }
  return tracked;
}

/**
 * Starts a process and registers it. stdout and stderr are piped and captured unless `stdio` says
 * otherwise; `detached: true` makes the child lead a process group, and stopping it stops the group.
 */
export function spawnChild(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { label?: string } = {},
): TrackedChild {
  const { label, ...spawnOptions } = options;
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions });
  if (child.pid === undefined) {
    // spawn reports why on the 'error' event, after this returns; keep it from crashing the worker.
    child.on('error', () => {});
    throw new Error(`could not start ${command}`);
  }
  return trackChild(child, {
    label: label ?? [command, ...args].join(' '),
    processGroup: spawnOptions.detached === true,
    capture: true,
  });
}

/**
 * Waits until `url` answers 2xx, trying again while it refuses or answers otherwise, up to the deadline.
 * Rejects early, with its output, when `child` (the server) exits.
 */
export async function waitForHttpOk(
  url: string,
  opts: { child?: TrackedChild; timeoutMs?: number } = {},
): Promise<Response> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_WAIT_MS;
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  let pause = 50;
  for (;;) {
    const status = opts.child?.exitStatus();
    if (status)
      throw new Error(
        `${opts.child!.label} exited (${JSON.stringify(status)}) before ${url} answered:\n${tail(opts.child!.output())}`,
      );
    const left = deadline - Date.now();
    if (left <= 0)
      throw new Error(
        `${url} did not answer 2xx within ${timeoutMs} ms (last: ${last})` +
          (opts.child ? `:\n${tail(opts.child.output())}` : ''),
      );
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(left) });
      if (res.ok) return res;
      last = `HTTP ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    // Not a wait of its own: the pause between two tries, shorter than any deadline, growing to 1 s.
    const rest = Math.min(pause, Math.max(0, deadline - Date.now()));
    const exit = opts.child ? exitWithin(opts.child.exited, rest) : new Promise((r) => setTimeout(r, rest));
    await exit;
    pause = Math.min(pause * 2, 1000);
  }
}
