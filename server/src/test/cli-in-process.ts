import { runCli } from '../cli/main.ts';
import type { Run } from './cli-runner.ts';

/**
 * Runs an `envgrid` command inside the test process: the same commands, configuration and
 * output as `envgrid` itself, without starting Node and tsx for each (seconds apiece). Tests of
 * what only a process shows (exit codes of the binary, signals, leaked children) use cli-runner.ts.
 */
export async function envgridInProcess(
  args: string[],
  env: Record<string, string>,
  input = '',
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: { LOG_LEVEL: 'warn', ...env },
    readStdin: () => input,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
  return { code, stdout: text(out), stderr: text(err) };
}
