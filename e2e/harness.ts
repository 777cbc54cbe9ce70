import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { vi } from 'vitest';
// Test tooling, not server internals: the one registry of the processes tests start.
import { stopChildProcessesAfterTests } from '../server/src/test/child-process-teardown.ts';
import { spawnChild, trackChild, waitForHttpOk } from '../server/src/test/child-processes.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SCREENSHOT_DIR = path.join(ROOT, 'e2e', 'screenshots');

/** Deadlines for starting the server and the browser on a busy two-core machine (each waits for a signal). */
const SERVER_START_MS = 90_000;
const BROWSER_START_MS = 60_000;

// The server and the browser a file starts are stopped when the file ends (a test's own, when the test
// ends), even if its afterAll fails; and killed if the worker goes away first.
stopChildProcessesAfterTests();
// expect.poll gives up after 1 s unless told: too short for a page that renders on a loaded machine.
// Give it the 30 s Playwright gives its own waits.
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

/** Debian's Chromium, found on PATH (or CHROMIUM_PATH). Never downloaded. */
export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      /* not this one */
    }
  }
  return null;
}

/** Whether browser suites run here. With CI=true a missing Chromium is an error, never a skip. */
export function browserAvailable(): boolean {
  const found = findChromium();
  if (found) return true;
  if (process.env.CI === 'true')
    throw new Error('CI=true needs Chromium for the browser tests: apt-get install chromium');
  console.warn(
    "\n!!! Chromium not found on PATH: the browser tests are SKIPPED. Install Debian's chromium to run them.\n",
  );
  return false;
}

export interface RunningServer {
  url: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

/** Starts the real server (`envgrid serve`) on a free port with a temporary SQLite database and the demo. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-e2e-'));
  const removeDataDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  // PORT=0: the server takes a free port itself and names it in its banner; no port can be taken meanwhile.
  const child = spawnChild(process.execPath, [path.join(ROOT, 'server/bin/envgrid.mjs'), 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      ENVGRID_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // A tenth of the demo's year keeps each browser story's start quick.
      ENVGRID_DEMO_CASES: '2000',
      ...env,
    },
    label: 'envgrid serve (e2e)',
  });
  // However the server ends, its temporary database goes with it.
  void child.exited.then(() => {
    try {
      removeDataDir();
    } catch {
      /* stop() reports it, if it is the one that fails */
    }
  });
  try {
    const started = await child.waitForOutput(/running at (http:\/\/[\w.:[\]-]+:\d+)\n/, SERVER_START_MS);
    const url = started[1]!;
    await waitForHttpOk(`${url}/readyz`, { child, timeoutMs: SERVER_START_MS });
    return {
      url,
      dataDir,
      output: () => child.output(),
      stop: async () => {
        await child.stop();
        removeDataDir();
      },
    };
  } catch (err) {
    await child.stop();
    throw err;
  }
}

/**
 * Starts Debian's Chromium and connects to it. It is launched as a browser server so that its process (the
 * leader of its own process group) can be registered for teardown. `browser.close()` closes the browser
 * too, as it does for a launched one (a connected browser's own close() only disconnects).
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  const server = await chromium.launchServer({
    executablePath,
    timeout: BROWSER_START_MS,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const chromiumProcess = trackChild(server.process(), { label: 'chromium', processGroup: true });
  // Once only: Playwright kills the browser outright on a second close().
  let closing: Promise<void> | undefined;
  const closeBrowser = () =>
    (closing ??= server.close().catch(async () => void (await chromiumProcess.stop())));
  try {
    const browser = await chromium.connect(server.wsEndpoint(), { timeout: BROWSER_START_MS });
    browser.on('disconnected', () => void closeBrowser());
    const disconnect = browser.close.bind(browser);
    browser.close = async (...args: Parameters<Browser['close']>) => {
      await disconnect(...args);
      await closeBrowser();
    };
    return browser;
  } catch (err) {
    await chromiumProcess.stop();
    throw err;
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A new page logged in as a demo user, on the workbench. */
export async function loginAs(
  browser: Browser,
  url: string,
  username: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('envgrid-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('page-home').waitFor();
  return page;
}
