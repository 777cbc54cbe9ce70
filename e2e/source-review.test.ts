// A supervisor's "new pollution source" report proposes a pending source; intake confirms it from
// the review queue as a registration, and the report shows closed.
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

interface ReportedCase {
  id: string;
  caseNo: string;
  status: string;
  sourceId: string | null;
}

describe.runIf(browserAvailable())('a proposed pollution source', () => {
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
    'is confirmed by intake from the review queue, closing the report as a registration',
    { timeout: 180_000 },
    async () => {
      const sup = await loginAs(browser, server.url, 'sup001-01');
      const grid = await squareGridOf(sup);
      const reported = await apiCall<ReportedCase>(sup, 'POST', '/api/v1/cases', {
        itemCode: 'new_source.other_discharger',
        description: '浏览器测试:新开一家作坊,排放废气',
        location: grid.centre,
        address: '测试胡同 8 号',
      });
      expect(reported.sourceId).toBeTruthy();
      const sourceId = reported.sourceId!;

      const center = await loginAs(browser, server.url, 'center');
      await center.goto(`${server.url}/sources`);
      await center.getByTestId('source-tab-review').click();
      await center.getByTestId(`review-${sourceId}`).waitFor();
      await expect
        .poll(() => center.getByTestId(`review-case-${sourceId}`).textContent())
        .toContain(reported.caseNo);
      await center.getByTestId(`review-open-${sourceId}`).click();
      await center.getByTestId('page-source-detail').waitFor();
      expect(await center.getByTestId('source-status').first().textContent()).toBe('待确认');
      expect(await center.getByTestId('source-proposed-by').textContent()).toBe(reported.caseNo);

      await center.getByTestId('source-action-confirm').click();
      await center.getByTestId('source-confirm-close').waitFor();
      // 登记并结案 is the default choice.
      expect(await center.getByTestId('source-confirm-close').isChecked()).toBe(true);
      const answer = center.waitForResponse((r) => r.url().endsWith('/actions/confirm'));
      await center.getByTestId('source-action-submit').click();
      expect((await answer).status()).toBe(200);
      await expect.poll(() => center.getByTestId('source-status').first().textContent()).toBe('在册');
      await center.getByTestId('source-event-confirm').waitFor();
      await screenshot(center, 'source-confirmed');

      // The report closed as a registration; the supervisor sees it so.
      await sup.goto(`${server.url}/cases/${reported.id}`);
      await expect.poll(() => sup.getByTestId('case-status').first().textContent()).toContain('已结案');
      // And the queue is empty again.
      await center.goto(`${server.url}/sources?tab=review`);
      await center.getByTestId('source-review').waitFor();
      expect(await center.getByTestId(`review-${sourceId}`).count()).toBe(0);
    },
  );

  it(
    "is confirmed by the street's sub-center, who is told the report stays with the center",
    { timeout: 120_000 },
    async () => {
      const sup = await loginAs(browser, server.url, 'sup001-01');
      const grid = await squareGridOf(sup);
      const reported = await apiCall<ReportedCase>(sup, 'POST', '/api/v1/cases', {
        itemCode: 'new_source.other_discharger',
        description: '浏览器测试:分中心确认新增污染源',
        location: { lng: grid.centre.lng + grid.half.lng / 3, lat: grid.centre.lat },
      });
      await sup.close();
      const sub = await loginAs(browser, server.url, 'sub001');
      await sub.goto(`${server.url}/sources/${reported.sourceId!}`);
      await sub.getByTestId('page-source-detail').waitFor();
      await sub.getByTestId('source-action-confirm').click();
      await sub.getByTestId('source-confirm-report-stays').waitFor();
      expect(await sub.getByTestId('source-confirm-close').count()).toBe(0);
      const answer = sub.waitForResponse((r) => r.url().endsWith('/actions/confirm'));
      await sub.getByTestId('source-action-submit').click();
      expect((await answer).status()).toBe(200);
      await expect.poll(() => sub.getByTestId('source-status').first().textContent()).toBe('在册');
      const report = await apiCall<{ status: string }>(sub, 'GET', `/api/v1/cases/${reported.id}`);
      expect(report.status).toBe('reported');
      await sub.close();
    },
  );
});
