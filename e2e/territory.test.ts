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

/** A GET of the API with the page's own session, as the web app makes it. */
function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p);
    if (!res.ok) throw new Error(`${p} answered ${res.status}`);
    return (await res.json()) as T;
  }, path);
}

interface GridFeatures {
  features: { properties: { code: string; streetCode: string } }[];
}

/** The number in "1,645 个网格". */
const countIn = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

describe.runIf(browserAvailable())('the grid map and the admin pages in Chromium', () => {
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

  it('draws the district without tiles and tells who is responsible for a grid', async () => {
    const page = await loginAs(browser, server.url, 'admin');
    await page.goto(`${server.url}/map?grid=110101001001001`);
    await page.getByTestId('grid-map').waitFor();
    // Every grid of the district is drawn: about 1,650 demo grids, exactly as many as the API lists.
    const all = await apiGet<GridFeatures>(page, '/api/v1/grids');
    expect(all.features.length).toBeGreaterThan(1500);
    expect(all.features.length).toBeLessThan(1800);
    await expect
      .poll(async () => page.getByTestId('map-grid-count').textContent())
      .toMatch(/^1[,，]?6\d\d 个网格$/);
    expect(countIn(await page.getByTestId('map-grid-count').textContent())).toBe(all.features.length);
    // All 17 streets in the legend, each with its own number of grids.
    const perStreet = new Map<string, number>();
    for (const f of all.features)
      perStreet.set(f.properties.streetCode, (perStreet.get(f.properties.streetCode) ?? 0) + 1);
    expect(perStreet.size).toBe(17);
    const legend = await page
      .locator('[data-testid^="legend-street-"]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-testid')!.replace('legend-street-', ''),
          Number(e.querySelector('.ant-typography')?.textContent),
        ]),
      );
    expect(Object.fromEntries(legend)).toEqual(Object.fromEntries(perStreet));
    expect(await page.getByTestId('map-demo-tag').count()).toBe(1);
    expect(await page.getByTestId('map-no-tiles').count()).toBe(1);
    // The grid named in the address: its code, its street and its responsible supervisor.
    const grid = (
      await apiGet<{
        grid: { properties: { supervisor: { username: string; displayName: string } | null } };
      }>(page, '/api/v1/grids/110101001001001')
    ).grid.properties;
    expect(grid.supervisor?.username).toMatch(/^sup001-\d{2}$/);
    await expect.poll(() => page.getByTestId('grid-facts-code').textContent()).toBe('110101001001001');
    const facts = await page.getByTestId('grid-facts').textContent();
    expect(facts).toContain('东华门街道');
    expect((await page.getByTestId('grid-facts-supervisor').textContent())?.replace(/\s+/g, ' ')).toBe(
      `${grid.supervisor!.displayName} (${grid.supervisor!.username})`,
    );
    await screenshot(page, 'map-admin');
    await page.close();
  });

  it('shows a street sub-center only its own street', async () => {
    const page = await loginAs(browser, server.url, 'sub002');
    await page.goto(`${server.url}/map`);
    await page.getByTestId('grid-map').waitFor();
    // The street's grids, exactly: as many as the API gives the sub-center, all of 景山街道 (110101002).
    const own = await apiGet<GridFeatures>(page, '/api/v1/grids');
    expect(own.features.length).toBeGreaterThan(20);
    expect(own.features.filter((f) => f.properties.streetCode !== '110101002')).toEqual([]);
    // The count appears once the street's grids have loaded.
    await expect
      .poll(async () => countIn(await page.getByTestId('map-grid-count').textContent()), { timeout: 30_000 })
      .toBe(own.features.length);
    // The legend names that one street; there is no street filter to pick another.
    const legend = page.locator('[data-testid^="legend-street-"]');
    expect(await legend.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual([
      'legend-street-110101002',
    ]);
    expect(await legend.textContent()).toContain('景山街道');
    expect(await page.getByTestId('map-street-filter').count()).toBe(0);
    await page.close();
  });

  it('lets an administrator find a user in the user table', async () => {
    const page = await loginAs(browser, server.url, 'admin');
    await page.goto(`${server.url}/admin/users`);
    await page
      .locator('input[data-testid="users-search"], [data-testid="users-search"] input')
      .first()
      .fill('sup005');
    await page.keyboard.press('Enter');
    // The table shows exactly the users the search finds: the three supervisors of 北新桥街道.
    const found = await apiGet<{
      items: { username: string; displayName: string; roles: string[] }[];
      total: number;
    }>(page, '/api/v1/users?q=sup005&limit=20');
    expect(found.items.map((u) => u.username)).toEqual(['sup005-01', 'sup005-02', 'sup005-03']);
    const rows = page.locator('[data-testid="users-table"] tr[data-testid^="user-row-"]');
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))))
      .toEqual(found.items.map((u) => `user-row-${u.username}`));
    // Each row: username, display name, role and street scope.
    for (const u of found.items) {
      const row = page.getByTestId(`user-row-${u.username}`);
      const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
      expect(cells.slice(0, 2)).toEqual([u.username, u.displayName]);
      expect(
        await row.locator('[data-role]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role'))),
      ).toEqual(['supervisor']);
      expect(cells).toContain('街道 · 北新桥街道');
    }
    expect(
      await page.getByTestId('page-admin-users').locator('.ant-pagination-total-text').textContent(),
    ).toBe(`共 ${found.total} 条`);
    await screenshot(page, 'admin-users');
    await page.close();
  });
});
