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
    await expect.poll(() => page.getByTestId('map-grid-count').textContent()).toMatch(/1[,，]?6\d\d/);
    expect(await page.getByTestId('map-demo-tag').count()).toBe(1);
    expect(await page.getByTestId('map-no-tiles').count()).toBe(1);
    await expect.poll(() => page.getByTestId('grid-facts-code').textContent()).toContain('110101001001001');
    expect(await page.getByTestId('grid-facts-supervisor').textContent()).toMatch(/sup001-0\d/);
    await screenshot(page, 'map-admin');
    await page.close();
  });

  it('shows a street sub-center only its own street', async () => {
    const page = await loginAs(browser, server.url, 'sub002');
    await page.goto(`${server.url}/map`);
    await page.getByTestId('grid-map').waitFor();
    // The count appears once the street's grids have loaded.
    const gridCount = async () =>
      Number(((await page.getByTestId('map-grid-count').textContent()) ?? '').replace(/[^\d]/g, ''));
    await expect.poll(gridCount, { timeout: 30_000 }).toBeGreaterThan(20);
    expect(await gridCount()).toBeLessThan(400);
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
    await page.getByTestId('user-row-sup005-01').waitFor();
    await screenshot(page, 'admin-users');
    await page.close();
  });
});
