/**
 * HTTP helpers of the case benchmark: server child processes, logins, a load generator
 * (autocannon), latency percentiles, RSS sampling and a CPU profile's top entries.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

export interface Child {
  proc: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts a process and waits until it prints `ready` (or the server's "is running at" line). */
export async function startChild(args: string[], env: NodeJS.ProcessEnv, port: number): Promise<Child> {
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      output += b.toString();
      if (/ready|is running at/.test(output)) resolve();
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    proc.on('exit', (code) => reject(new Error(`child exited with ${code}:\n${output}`)));
  });
  return {
    proc,
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        proc.removeAllListeners('exit');
        proc.on('exit', () => resolve());
        proc.kill('SIGINT');
      }),
  };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function login(base: string, username: string, password: string): Promise<Session> {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  const cookie = /envgrid_session=[^;]*/.exec(r.headers.get('set-cookie') ?? '')![0];
  return { cookie, csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
}

export async function getJson<T>(base: string, s: Session, p: string): Promise<T> {
  const r = await fetch(base + p, { headers: { cookie: s.cookie } });
  if (r.status !== 200) throw new Error(`GET ${p}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

export interface Latency {
  p50: number;
  p95: number;
}

/** Sequential requests, after a few warm-up ones: the latency one user sees. */
export async function latency(base: string, s: Session, paths: () => string, runs = 60): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const p = paths();
    const t = performance.now();
    const r = await fetch(base + p, { headers: { cookie: s.cookie } });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`GET ${p}: ${r.status}`);
    if (i >= 5) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

export interface Load {
  rate: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** 10 connections posting JSON bodies for `seconds`. */
export async function postLoad(
  url: string,
  headers: Record<string, string>,
  body: () => string,
  seconds: number,
  connections = 10,
): Promise<Load> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  return { rate: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

/** The process's resident memory, sampled until stopped: the peak in MB. */
export function sampleRss(pid: number): { stop(): number } {
  let peak = 0;
  const read = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // the process ended
    }
  };
  read();
  const timer = setInterval(read, 200);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return peak;
    },
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * The top self-time entries of a V8 CPU profile written to `dir`, as shares of busy (not idle)
 * time. Each thread writes its own profile; the server's main thread is the busiest one.
 */
export function profileTop(dir: string, n = 12): string[] {
  const profiles = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map(
      (f) =>
        JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { nodes: ProfileNode[]; samples: number[] },
    )
    .map((prof) => {
      const byId = new Map(prof.nodes.map((node) => [node.id, node.callFrame]));
      const busy = prof.samples.map((id) => byId.get(id)!).filter((f) => f.functionName !== '(idle)');
      return busy;
    })
    .sort((a, b) => b.length - a.length);
  const busy = profiles[0];
  if (!busy?.length) return ['(no profile written)'];
  const self = new Map<string, number>();
  for (const f of busy) {
    const where = f.url
      ? f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(server|core)\//, '$1/')
      : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, c]) => `${((100 * c) / busy.length).toFixed(1).padStart(5)} %  ${k}`);
}
