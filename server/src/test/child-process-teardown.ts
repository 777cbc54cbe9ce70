import { afterAll, beforeEach } from 'vitest';
import { nextChildSeq, stopChildren, type TrackedChild } from './child-processes.ts';

function report(when: string, stopped: TrackedChild[]): void {
  for (const c of stopped) {
    const out = c.output();
    console.warn(
      `teardown ${when}: stopped ${c.label} (pid ${c.pid}), which was still running` +
        (out ? `; its last output:\n${out.slice(-2000)}` : ''),
    );
  }
}

/**
 * Stops every child process a test started once the test is over, and every child still running once
 * the file is over: whether the test passed, failed or timed out. Children started in `beforeAll` (a
 * server for the whole file) live until the file ends.
 *
 * Call it at the top level of a module that test files import (`cli-runner.ts` and `e2e/harness.ts` do):
 * the hooks then belong to the file's root suite. The per-test stop is an `onTestFinished` hook, which
 * vitest runs after every `afterEach` even when one of those fails; the per-file stop runs after all the
 * file's `describe` blocks, even when their `afterAll` hooks fail. Should the worker end anyway,
 * `child-processes.ts` kills what is left on its way out.
 */
export function stopChildProcessesAfterTests(): void {
  beforeEach((context) => {
    const firstOfTest = nextChildSeq();
    context.onTestFinished(async () => {
      report('after the test', await stopChildren((c) => c.seq >= firstOfTest));
    });
  });
  afterAll(async () => {
    report('after the file', await stopChildren());
  });
}
