// 督查: an auditor draws a seeded sample of closed cases, re-checks one on site and fails it, which
// opens a linked case; 稽查: the auditor records a problem in a supervisor's grid from a phone, and it
// is listed as that supervisor's missed report.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  launchBrowser,
  loginAs,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';
import { apiCall, squareGridOf } from './issue11-helpers.ts';

interface Run {
  id: string;
  seed: number;
  sampleCount: number;
  samples: { id: string; caseId: string; caseNo: string; followUpCaseId: string | null }[];
}

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

describe.runIf(browserAvailable())('督查 and 稽查', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    // ENVGRID_WEB_DIR: a web build of one's own, while the shared web/dist is being rebuilt by others.
    const web = process.env.ENVGRID_WEB_DIR;
    server = await startServer(web ? { ENVGRID_WEB_DIR: web } : {});
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws a seeded sample, and a failed re-check reopens the case', { timeout: 180_000 }, async () => {
    const auditor = await loginAs(browser, server.url, 'auditor', DESKTOP);
    const from = day(Date.now() - 120 * 86_400_000);
    const to = day(Date.now());
    await auditor.goto(`${server.url}/audits`);
    await auditor.getByTestId('page-audits').waitFor();
    await auditor.getByTestId('audit-run-rate').fill('5');
    await auditor.getByTestId('audit-run-seed').fill('20260406');
    const range = auditor.getByTestId('audit-run-form').locator('.ant-picker-range input');
    await range.nth(0).click();
    await range.nth(0).fill(from);
    await range.nth(1).fill(to);
    // Enter confirms the range, and may submit the form with it; otherwise the button does.
    await range.nth(1).press('Enter');
    await auditor
      .getByTestId('page-audit-run')
      .waitFor({ timeout: 3000 })
      .catch(() => auditor.getByTestId('audit-run-submit').click());
    await auditor.getByTestId('page-audit-run').waitFor();
    const runId = auditor.url().split('/').pop()!;
    const run = await apiCall<Run>(auditor, 'GET', `/api/v1/audits/${runId}`);
    expect(run.seed).toBe(20260406);
    expect(run.sampleCount).toBeGreaterThan(0);
    // The same seed over the same period draws the same cases.
    const again = await apiCall<Run>(auditor, 'POST', '/api/v1/audits', {
      from,
      to,
      rate: 0.05,
      seed: 20260406,
    });
    expect(again.samples.map((s) => s.caseId).sort()).toEqual(run.samples.map((s) => s.caseId).sort());

    const first = run.samples[0]!;
    const row = auditor.getByTestId(`audit-sample-${first.caseNo}`);
    await row.getByTestId('audit-recheck').click();
    await auditor.getByTestId('recheck-form').waitFor();
    await auditor.getByTestId('recheck-result').getByText('复核不通过').click();
    await auditor.getByTestId('recheck-note').fill('浏览器测试:现场问题仍在');
    await auditor.getByTestId('recheck-submit').click();
    await row.getByTestId('audit-follow-up').waitFor();
    const checked = await apiCall<Run>(auditor, 'GET', `/api/v1/audits/${runId}`);
    const follow = checked.samples.find((s) => s.id === first.id)!.followUpCaseId!;
    const c = await apiCall<{ channel: string; description: string }>(
      auditor,
      'GET',
      `/api/v1/cases/${follow}`,
    );
    expect(c.channel).toBe('audit');
    expect(c.description).toContain(first.caseNo);
    await screenshot(auditor, 'audit-run-desktop');
  });

  it(
    'records a 稽查 finding from a phone, listed as the supervisor’s missed report',
    { timeout: 180_000 },
    async () => {
      const sup = await loginAs(browser, server.url, 'sup001-01');
      const grid = await squareGridOf(sup);
      const context = await browser.newContext({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        permissions: ['geolocation'],
        geolocation: { longitude: grid.centre.lng, latitude: grid.centre.lat },
      });
      const auditor = await context.newPage();
      await auditor.goto(`${server.url}/login`);
      await auditor.getByTestId('login-username').fill('auditor');
      await auditor.getByTestId('login-password').fill('envgrid-demo');
      await auditor.getByTestId('login-submit').click();
      await auditor.getByTestId('page-home').waitFor();

      await auditor.goto(`${server.url}/audits?tab=findings`);
      await auditor.getByTestId('finding-new').click();
      await auditor.getByTestId('page-audit-finding').waitFor();
      await auditor.getByTestId('finding-item').click();
      await auditor.keyboard.type('冒黑烟');
      await auditor.locator('.ant-cascader-menu-item').filter({ hasText: '冒黑烟' }).first().click();
      await auditor.getByTestId('finding-description').fill('稽查发现:浏览器测试,烟囱冒黑烟未上报');
      await auditor.getByTestId('report-my-location').click();
      await expect.poll(() => auditor.getByTestId('report-grid-code').textContent()).toBe(grid.code);
      await auditor.getByTestId('finding-missed-by').waitFor();
      await screenshot(auditor, 'audit-finding-phone');
      await auditor.getByTestId('finding-submit').click();
      await auditor.getByTestId('audit-findings').waitFor();
      const me = await apiCall<{ user: { displayName: string } }>(sup, 'GET', '/api/v1/me');
      const finding = auditor.locator('[data-testid^="finding-2"]').filter({ hasText: '浏览器测试' }).first();
      await finding.waitFor();
      expect(await finding.getByTestId('finding-supervisor').textContent()).toContain(me.user.displayName);
      await screenshot(auditor, 'audit-findings-phone');
      await context.close();
    },
  );
});
