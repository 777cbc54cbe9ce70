// The district's overview on the demo history: a leader's dashboard draws its charts from the API's
// figures, and the case map draws one point per case the API lists for the same filter; a point
// opens its case. The case list exports what it shows.
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
import { apiCall } from './issue11-helpers.ts';

interface Dashboard {
  from: string;
  to: string;
  today: { new: number; open: number; overdue: number; closedToday: number };
  totals: { reported: number };
  byCategory: unknown[];
  byMonth: unknown[];
  byItem: unknown[];
  byStreet: unknown[];
}

/** The JSON of the first GET answer of `path` (with the query parameter `having`, if named) while `action` runs. */
async function answerOf<T>(
  page: Page,
  path: string,
  action: () => Promise<unknown>,
  having?: string,
): Promise<T> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => {
      const url = new URL(r.url());
      return (
        url.pathname === path && r.request().method() === 'GET' && (!having || url.searchParams.has(having))
      );
    }),
    action(),
  ]);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

interface Ranked {
  subject: { id: string; code?: string; username?: string };
  comparable: boolean;
  rank: number | null;
  score: number | null;
}

const attr = (page: Page, testId: string, name: string) => page.getByTestId(testId).getAttribute(name);

describe.runIf(browserAvailable())('dashboard and case map', () => {
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

  it('shows the leader the district dashboard drawn from the API', { timeout: 180_000 }, async () => {
    const page = await loginAs(browser, server.url, 'leader', { width: 1440, height: 1000 });
    await page.getByTestId('nav-dashboard').waitFor();
    // The workbench asks for this month's figures; the dashboard page names its period.
    const data = await answerOf<Dashboard>(
      page,
      '/api/v1/dashboard',
      () => page.getByTestId('nav-dashboard').click(),
      'from',
    );
    await page.locator('[data-testid="page-dashboard"][data-loaded="true"]').waitFor();
    expect(data.totals.reported).toBeGreaterThan(0);

    // Today's figures are the API's.
    const figure = (id: string) => page.getByTestId(id).locator('.ant-statistic-content-value').textContent();
    expect(await figure('dash-today-new')).toBe(String(data.today.new));
    expect(await figure('dash-today-open')).toBe(String(data.today.open));
    expect(await figure('dash-today-overdue')).toBe(String(data.today.overdue));
    expect(await figure('dash-total-reported')).toBe(data.totals.reported.toLocaleString('en-US'));

    // Each chart draws a canvas with as many points as the API's rows.
    await page.getByTestId('chart-months').locator('canvas').first().waitFor();
    expect(await attr(page, 'chart-months', 'data-series')).toBe('2');
    expect(Number(await attr(page, 'chart-months', 'data-points'))).toBe(2 * data.byMonth.length);
    expect(data.byMonth.length).toBeGreaterThan(1);
    expect(Number(await attr(page, 'chart-categories', 'data-points'))).toBe(data.byCategory.length);
    expect(Number(await attr(page, 'chart-items', 'data-points'))).toBe(data.byItem.length);
    expect(Number(await attr(page, 'chart-streets', 'data-points'))).toBe(2 * data.byStreet.length);
    // The canvas holds ink, not a blank box.
    const inked = await page
      .getByTestId('chart-categories')
      .locator('canvas')
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const ctx = c.getContext('2d');
        if (!ctx) return false;
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) return true;
        return false;
      });
    expect(inked).toBe(true);
    await page.getByTestId('dash-rankings').waitFor();
    await page.getByTestId('dash-hot-spots').waitFor();
    await screenshot(page, 'dashboard-leader');
    await page.close();
  });

  it('draws the case points the API lists, and a point opens its case', { timeout: 180_000 }, async () => {
    const page = await loginAs(browser, server.url, 'center', { width: 1440, height: 1000 });
    const points = await answerOf<{ items: { id: string }[]; capped: boolean }>(
      page,
      '/api/v1/map/cases',
      () => page.goto(`${server.url}/map?cases=1&heat=1`),
    );
    expect(points.items.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('path.eg-case-point').count()).toBe(points.items.length);
    expect(Number(await attr(page, 'map-case-count', 'data-count'))).toBe(points.items.length);
    // The heat layer's scale is the API's busiest grid.
    const heat = await apiCall<{ max: number; grids: unknown[] }>(page, 'GET', '/api/v1/map/grid-heat');
    expect(heat.grids.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('map-heat-max').textContent()).toBe(String(heat.max));

    // Only overdue cases: fewer points, again as many as the API lists.
    const overdue = await answerOf<{ items: unknown[] }>(page, '/api/v1/map/cases', () =>
      page.getByTestId('map-case-overdue').click(),
    );
    await expect.poll(() => page.locator('path.eg-case-point').count()).toBe(overdue.items.length);
    expect(overdue.items.length).toBeLessThanOrEqual(points.items.length);
    expect(await page.locator('path.eg-case-point:not(.eg-case-overdue)').count()).toBe(0);
    await screenshot(page, 'case-map');
    // All points again (the demo may have no overdue case in the period, depending on today).
    await answerOf(page, '/api/v1/map/cases', () => page.getByTestId('map-case-overdue').click());
    await expect.poll(() => page.locator('path.eg-case-point').count()).toBe(points.items.length);

    const first = page.locator('path.eg-case-point').first();
    await first.dispatchEvent('click');
    await page.waitForURL(/\/cases\/[^/]+$/);
    await page.getByTestId('page-case-detail').waitFor();

    // The case's printable sheet (案件处理单) shows the same case with its timeline.
    const caseNo = await answerOf<{ caseNo: string; timeline: unknown[] }>(
      page,
      `${new URL(page.url()).pathname}/sheet`.replace(/^\/cases/, '/api/v1/cases'),
      () => page.getByTestId('case-sheet-link').click(),
    );
    await expect.poll(() => page.getByTestId('sheet-case-no').textContent()).toBe(caseNo.caseNo);
    expect(await page.getByTestId('sheet-timeline').locator('tbody tr').count()).toBe(caseNo.timeline.length);
    await screenshot(page, 'case-sheet');
    await page.close();
  });

  it(
    'lets the leader run an assessment and a sub-center acknowledge its row',
    { timeout: 180_000 },
    async () => {
      const leader = await loginAs(browser, server.url, 'leader');
      await leader.goto(`${server.url}/assessment`);
      await leader.getByTestId('assess-run-form').waitFor();
      await leader.getByTestId('assess-run-submit').click();
      await leader.locator('.ant-popconfirm .ant-btn-primary').click();
      await leader.waitForURL(/\/assessment\/runs\/[^/]+$/);
      const runId = new URL(leader.url()).pathname.split('/').pop()!;
      const detail = await apiCall<{ results: Record<string, unknown[]> }>(
        leader,
        'GET',
        `/api/v1/assessments/${runId}`,
      );
      expect(detail.results.supervisor!.length).toBeGreaterThan(0);
      await leader.getByTestId('page-assessment-run').waitFor();
      await expect
        .poll(() => leader.getByTestId('run-table-supervisor').getAttribute('data-rows'))
        .toBe(String(detail.results.supervisor!.length));
      expect(await leader.getByTestId('run-export-xlsx').getAttribute('href')).toBe(
        `/api/v1/assessments/${runId}/export.xlsx?subject=supervisor`,
      );
      await screenshot(leader, 'assessment-run');

      // The printable report holds every kind's ranked rows, with the API's scores.
      await leader.getByTestId('run-report').click();
      await leader.getByTestId('assessment-report').waitFor();
      const full = await apiCall<{ results: Record<string, Ranked[]> }>(
        leader,
        'GET',
        `/api/v1/assessments/${runId}`,
      );
      for (const [kind, rows] of Object.entries(full.results)) {
        const ranked = rows.filter((r) => r.comparable);
        if (ranked.length === 0) continue;
        expect(await attr(leader, `report-table-${kind}`, 'data-rows')).toBe(String(ranked.length));
        const top = ranked.find((r) => r.rank === 1)!;
        const row = leader.getByTestId(
          `report-row-${kind}-${top.subject.code ?? top.subject.username ?? top.subject.id}`,
        );
        expect(await row.getByTestId('report-score').textContent()).toBe(String(top.score));
      }
      await screenshot(leader, 'assessment-report');
      await leader.close();

      const sub = await loginAs(browser, server.url, 'sub001');
      await sub.goto(`${server.url}/assessment`);
      await sub.getByTestId(`own-run-${runId}`).waitFor();
      await sub.getByTestId('own-ack').click();
      await sub.getByTestId('own-acked').waitFor();
      // The sub-center's report: its street's row, acknowledged, and its supervisors; no department.
      await sub.getByTestId('own-report').click();
      await sub.getByTestId('assessment-report').waitFor();
      const own = await apiCall<{ results: Record<string, Ranked[]> }>(
        sub,
        'GET',
        `/api/v1/assessments/${runId}`,
      );
      expect(own.results.street!.map((r) => r.subject.code)).toEqual(['110101001']);
      const streetRow = sub.getByTestId('report-row-street-110101001');
      expect(await streetRow.textContent()).not.toContain('未确认');
      expect(await sub.getByTestId('report-kind-department').count()).toBe(0);
      const supervisors = own.results.supervisor!.filter((r) => r.comparable).length;
      if (supervisors > 0)
        expect(await attr(sub, 'report-table-supervisor', 'data-rows')).toBe(String(supervisors));
      await sub.close();
    },
  );

  it(
    'shows a sub-center its street and a department its own work on their dashboards',
    { timeout: 180_000 },
    async () => {
      for (const [user, scope] of [
        ['sub001', 'street'],
        ['hbj01', 'department'],
      ] as const) {
        const page = await loginAs(browser, server.url, user, { width: 1440, height: 1000 });
        const data = await answerOf<Dashboard & { scope: Record<string, { name: string } | string | null> }>(
          page,
          '/api/v1/dashboard',
          () => page.goto(`${server.url}/dashboard`),
          'from',
        );
        await page.locator('[data-testid="page-dashboard"][data-loaded="true"]').waitFor();
        const named = data.scope[scope] as { name: string } | null;
        expect(named?.name).toBeTruthy();
        expect(await page.getByTestId('dash-scope').textContent()).toBe(named!.name);
        // No district filters, no chart of the other streets or departments.
        expect(await page.getByTestId('dash-filter-street').count()).toBe(0);
        expect(
          await page.getByTestId(scope === 'street' ? 'chart-streets' : 'chart-departments').count(),
        ).toBe(0);
        const figure = (id: string) =>
          page.getByTestId(id).locator('.ant-statistic-content-value').textContent();
        expect(await figure('dash-today-open')).toBe(String(data.today.open));
        expect(await figure('dash-total-reported')).toBe(data.totals.reported.toLocaleString('en-US'));
        await page.getByTestId('chart-months').locator('canvas').first().waitFor();
        expect(Number(await attr(page, 'chart-months', 'data-points'))).toBe(2 * data.byMonth.length);
        expect(Number(await attr(page, 'chart-categories', 'data-points'))).toBe(data.byCategory.length);
        await screenshot(page, `dashboard-${user}`);
        await page.close();
      }
    },
  );

  it('lets an admin save a new version of the weights', { timeout: 120_000 }, async () => {
    const page = await loginAs(browser, server.url, 'admin');
    const before = await apiCall<{ version: number; weights: Record<string, Record<string, number>> }>(
      page,
      'GET',
      '/api/v1/assessment-weights',
    );
    await page.goto(`${server.url}/assessment?tab=weights`);
    // antd puts the test id on the number input itself.
    const input = page.getByTestId('weight-street-grassrootsRate').locator('xpath=descendant-or-self::input');
    await input.waitFor();
    expect(await input.inputValue()).toBe(String(before.weights.street!.grassrootsRate));
    const next = before.weights.street!.grassrootsRate === 35 ? 36 : 35;
    await input.fill(String(next));
    await page.getByTestId('weights-save').click();
    await expect
      .poll(
        async () =>
          (
            await apiCall<{ version: number; weights: Record<string, Record<string, number>> }>(
              page,
              'GET',
              '/api/v1/assessment-weights',
            )
          ).weights.street!.grassrootsRate,
      )
      .toBe(next);
    const after = await apiCall<{ version: number }>(page, 'GET', '/api/v1/assessment-weights');
    expect(after.version).toBe(before.version + 1);
    await expect.poll(() => page.getByTestId('assess-weights').textContent()).toContain(`v${after.version}`);
    await screenshot(page, 'assessment-weights');
    await page.close();
  });

  it(
    'counts the workbench queues and exports the case list with its filters',
    { timeout: 120_000 },
    async () => {
      const page = await loginAs(browser, server.url, 'center');
      // The workbench counts the overdue queue as the case list does.
      const overdue = await apiCall<{ items: unknown[] }>(
        page,
        'GET',
        '/api/v1/cases?overdue=true&limit=100',
      );
      await expect
        .poll(() => page.getByTestId('work-queue-overdue').getAttribute('data-count'))
        .toBe(String(overdue.items.length));
      await page.getByTestId('work-key-numbers').waitFor();
      await screenshot(page, 'home-center-workbench');
      await page.goto(`${server.url}/cases?tab=overdue`);
      await page.getByTestId('page-cases').waitFor();
      const href = await page.getByTestId('cases-export-xlsx').getAttribute('href');
      expect(href).toMatch(/^\/api\/v1\/cases\/export\.xlsx\?.*overdue=true/);
      const answer = await page.evaluate(async (url) => {
        const res = await fetch(url);
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          size: (await res.arrayBuffer()).byteLength,
        };
      }, href!);
      expect(answer.status).toBe(200);
      expect(answer.type).toContain('spreadsheetml');
      expect(answer.size).toBeGreaterThan(1000);
      await page.close();
    },
  );
});
