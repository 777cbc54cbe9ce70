// A supervisor patrols on a phone: the GPS track enters their grid, they inspect a source there and
// report a problem from it, end the patrol, and the grid that was a blind spot shows covered. (Street
// 004: the demo's patrols walk streets 001–003.)
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
import { apiCall, squareGridOf, thisWeek, type Point } from './issue11-helpers.ts';

const PHONE = { width: 390, height: 844 };

interface SourceView {
  id: string;
  inspections: { result: string; caseId: string | null }[];
  cases: { id: string }[];
}

describe.runIf(browserAvailable())('a patrol on a phone', () => {
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
    'records the track, inspects a source, reports a problem from it, and covers the grid',
    { timeout: 240_000 },
    async () => {
      const context = await browser.newContext({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        permissions: ['geolocation'],
        geolocation: { longitude: 0, latitude: 0 },
      });
      const sup = await context.newPage();
      await sup.goto(`${server.url}/login`);
      await sup.getByTestId('login-username').fill('sup004-01');
      await sup.getByTestId('login-password').fill('envgrid-demo');
      await sup.getByTestId('login-submit').click();
      await sup.getByTestId('page-home').waitFor();
      const grid = await squareGridOf(sup);
      const at = (dx: number, dy: number): Point => ({
        lng: grid.centre.lng + grid.half.lng * dx,
        lat: grid.centre.lat + grid.half.lat * dy,
      });

      // The district center registers a catering unit in that grid.
      const center = await loginAs(browser, server.url, 'center');
      const source = await apiCall<{ id: string; gridCode: string }>(center, 'POST', '/api/v1/sources', {
        type: 'catering',
        name: '浏览器测试餐馆',
        address: '测试路 1 号',
        location: at(0.3, 0.3),
        riskLevel: 'key',
      });
      expect(source.gridCode).toBe(grid.code);

      // Before: the grid is a blind spot this week.
      const week = thisWeek();
      const before = await apiCall<{ blindSpots: { grids: string[] } }>(
        sup,
        'GET',
        `/api/v1/coverage?from=${week.from}&to=${week.to}`,
      );
      expect(before.blindSpots.grids).toContain(grid.code);
      await sup.goto(`${server.url}/coverage`);
      await sup.getByTestId('coverage-grid-search').locator('input').fill(grid.code);
      await expect.poll(() => sup.getByTestId(`coverage-state-${grid.code}`).textContent()).toBe('盲点');

      // Start, then walk inside the grid: the phone's GPS is Playwright's.
      const walk = [at(-0.2, -0.2), at(-0.15, -0.15), at(-0.1, -0.1), at(-0.05, -0.05), at(0, 0)];
      await context.setGeolocation({ longitude: walk[0]!.lng, latitude: walk[0]!.lat });
      await sup.goto(`${server.url}/patrols`);
      await sup.getByTestId('patrol-start').click();
      await sup.getByTestId('patrol-running').waitFor();
      for (const p of walk.slice(1)) {
        // A walking pace: well below the speed that marks a fix as a GPS jump.
        await sup.waitForTimeout(1200);
        await context.setGeolocation({ longitude: p.lng, latitude: p.lat });
      }
      await sup.getByTestId('patrol-flush').click();
      await sup.getByTestId(`patrol-grid-${grid.code}`).waitFor({ timeout: 30_000 });
      await expect.poll(() => sup.getByTestId('patrol-counts').textContent()).toMatch(/已上传 [1-9]\d* 个点/);
      await screenshot(sup, 'patrol-running-phone');

      // The source is listed to inspect; "有问题" opens the report form prefilled from it.
      await sup.getByTestId(`patrol-source-${source.id}`).waitFor();
      await sup.getByTestId(`inspect-problem-${source.id}`).click();
      await sup.getByTestId('report-source').waitFor();
      await expect.poll(() => sup.getByTestId('report-address').inputValue()).toBe('测试路 1 号');
      await expect.poll(() => sup.getByTestId('report-grid-code').textContent()).toBe(grid.code);
      await sup.getByTestId('report-hint-air.catering_fumes').click();
      await sup.getByTestId('report-description').fill('浏览器测试:油烟净化设施未开启');
      await sup.getByTestId('report-submit').click();
      // Back on the patrol: the inspection is recorded as a problem.
      await sup.getByTestId(`patrol-source-${source.id}`).getByTestId('patrol-source-result').waitFor();
      expect(
        await sup.getByTestId(`patrol-source-${source.id}`).getByTestId('patrol-source-result').textContent(),
      ).toContain('有问题');
      const after = await apiCall<SourceView>(center, 'GET', `/api/v1/sources/${source.id}`);
      expect(after.inspections).toHaveLength(1);
      expect(after.inspections[0]!.result).toBe('problem');
      expect(after.cases.map((c) => c.id)).toContain(after.inspections[0]!.caseId);

      // End the patrol.
      await sup.getByTestId('patrol-end').click();
      await sup.getByTestId('patrol-end-confirm').click();
      await sup.getByTestId('patrol-start').waitFor();

      // After: the grid is covered this week.
      await sup.goto(`${server.url}/coverage`);
      await sup.getByTestId('coverage-grid-search').locator('input').fill(grid.code);
      await expect.poll(() => sup.getByTestId(`coverage-state-${grid.code}`).textContent()).toBe('已覆盖');
      await screenshot(sup, 'coverage-phone');
      await context.close();
    },
  );
});
