import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs the real `envgrid` command in a child process. */
export const BIN = path.resolve(import.meta.dirname, '../../bin/envgrid.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function envgrid(args: string[], env: Record<string, string>, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
