import fs from 'node:fs';

// Linux-only looks at the process table (/proc), for tests that prove nothing was left running.

/**
 * What became of a process: 'gone' (no such pid: `kill(pid, 0)` says ESRCH), 'zombie' (it has exited but
 * its parent has not reaped it yet) or 'running'. Linux: reads /proc.
 */
export function processState(pid: number): 'running' | 'zombie' | 'gone' {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return 'gone';
    throw err;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state is the field after the command name, which sits in parentheses and may contain anything.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X' ? 'zombie' : 'running';
  } catch {
    return 'gone';
  }
}

/** The pids of the processes whose parent is `pid`. Linux: reads /proc. */
export function childPidsOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      /* it exited while we looked */
    }
  }
  return found;
}
