import path from 'node:path';
import { stopChildProcessesAfterTests } from './child-process-teardown.ts';
import { spawnChild, type TrackedChild } from './child-processes.ts';

/** Runs the real `envgrid` command in a child process. */
export const BIN = path.resolve(import.meta.dirname, '../../bin/envgrid.mjs');

// Every `envgrid` process a test starts is stopped when the test ends, whether it passed, failed or timed out.
stopChildProcessesAfterTests();

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts `envgrid` (for a command that keeps running, like `serve`) with only PATH, LOG_LEVEL=warn and `env`
 * in its environment. Stop it with `stop()` or a signal; teardown stops it otherwise.
 */
export function startEnvgrid(args: string[], env: Record<string, string>): TrackedChild {
  return spawnChild(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    label: `envgrid ${args.join(' ')}`,
  });
}

/** Runs an `envgrid` command to the end, with `input` on its stdin. */
export async function envgrid(args: string[], env: Record<string, string>, input?: string): Promise<Run> {
  const child = startEnvgrid(args, env);
  child.process.stdin!.on('error', () => {}); // EPIPE when the command exits without reading its stdin
  child.process.stdin!.end(input ?? '');
  const { code } = await child.closed;
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}
