import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  launchBrowser,
  loginAs,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';

/** Reports a chimney black-smoke case from the supervisor's session, through the same API the report page uses. */
async function reportAsSupervisor(page: Page): Promise<{ id: string; caseNo: string }> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/v1/me')).json()) as { grids: string[]; csrfToken: string };
    for (const code of me.grids) {
      const g = (await (await fetch(`/api/v1/grids/${code}`)).json()) as {
        grid: { geometry: { type: string; coordinates: number[][][] } };
      };
      const ring = g.grid.geometry.coordinates[0]!;
      if (g.grid.geometry.type !== 'Polygon' || ring.length !== 5) continue;
      const corners = ring.slice(0, 4);
      const location = {
        lng: corners.reduce((s, p) => s + p[0]!, 0) / 4,
        lat: corners.reduce((s, p) => s + p[1]!, 0) / 4,
      };
      const res = await fetch('/api/v1/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          itemCode: 'air.chimney_black_smoke',
          description: '浏览器测试：烟囱冒黑烟',
          location,
        }),
      });
      return (await res.json()) as { id: string; caseNo: string };
    }
    throw new Error('no square grid');
  });
}

/** Opens the case, fires one action through its form, and waits for the new status. */
async function runAction(
  page: Page,
  url: string,
  caseId: string,
  action: string,
  fill: (p: Page) => Promise<void>,
  expectStatus: string,
) {
  await page.goto(`${url}/cases/${caseId}`);
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId(`action-modal-${action}`).waitFor({ state: 'attached' });
  await page.getByTestId('action-submit').waitFor();
  // Let the dialog finish opening: a click during its zoom-in can miss the button.
  await page
    .locator('.ant-modal[class*="zoom-enter"], .ant-modal[class*="zoom-appear"]')
    .waitFor({ state: 'detached' });
  await fill(page);
  const answer = page.waitForResponse((r) => r.url().endsWith(`/actions/${action}`), { timeout: 30_000 });
  await page.getByTestId('action-submit').click();
  const res = await answer;
  if (res.status() !== 200) throw new Error(`${action} answered ${res.status()}: ${await res.text()}`);
  // The form closes on success; an error stays in it, and is worth more than a timeout.
  try {
    await page.getByTestId('action-submit').waitFor({ state: 'hidden', timeout: 30_000 });
  } catch {
    const error = (await page.getByTestId('action-error').count())
      ? await page.getByTestId('action-error').textContent()
      : 'no error shown';
    await screenshot(page, `failed-${action}`);
    throw new Error(`${action} did not complete: ${error}`);
  }
  await expect
    .poll(() => page.getByTestId('case-status').first().textContent(), { timeout: 30_000 })
    .toContain(expectStatus);
}

describe.runIf(browserAvailable())('a case through the web app', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    'is filed, dispatched, handled, checked and closed by the people whose turn it is',
    { timeout: 180_000 },
    async () => {
      const sup = await loginAs(browser, server.url, 'sup001-01');
      const created = await reportAsSupervisor(sup);
      expect(created.caseNo).toMatch(/^\d{12}$/);

      const center = await loginAs(browser, server.url, 'center');
      await runAction(center, server.url, created.id, 'file', async () => {}, '待派遣');
      await runAction(center, server.url, created.id, 'dispatch', async () => {}, '处置中'); // the suggested department: 区生态环境局
      expect(await center.getByTestId('case-lead-department').textContent()).toContain('区生态环境局');
      await screenshot(center, 'case-dispatched');

      const hbj = await loginAs(browser, server.url, 'hbj01');
      await runAction(
        hbj,
        server.url,
        created.id,
        'feedback',
        (p) => p.getByTestId('action-field-result').fill('已责令企业停用燃煤锅炉'),
        '待核查',
      );

      await runAction(
        sup,
        server.url,
        created.id,
        'check',
        (p) => p.getByTestId('action-field-passed-yes').click(),
        '待结案',
      );
      await screenshot(sup, 'case-checked-supervisor');

      await runAction(center, server.url, created.id, 'close', async () => {}, '已结案');
      await center.getByTestId('case-evaluation').waitFor();
      const timeline = await center.getByTestId('case-timeline-card').textContent();
      for (const step of ['信息采集', '事件立案', '任务派遣', '结果反馈', '核实结项'])
        expect(timeline).toContain(step);
      await screenshot(center, 'case-closed');
    },
  );
});
