// A supervisor asks the grid's officers about a source (咨询执法人员); the officer finds it on their
// workbench, answers, and the supervisor reads the answer. The officer also has the case workspace.
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

describe.runIf(browserAvailable())('a consultation', () => {
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
    'is asked from a source page, answered from the officer’s workbench and read by the asker',
    { timeout: 180_000 },
    async () => {
      const sup = await loginAs(browser, server.url, 'sup001-01', { width: 390, height: 844 });
      const grid = await squareGridOf(sup);
      const center = await loginAs(browser, server.url, 'center', { width: 1440, height: 900 });
      const source = await apiCall<{ id: string }>(center, 'POST', '/api/v1/sources', {
        type: 'yard',
        name: '浏览器测试堆料场',
        location: grid.centre,
        riskLevel: 'general',
        attributes: { material: '砂石' },
      });
      // The registry at desktop size: the new source is listed with its state.
      await center.goto(`${server.url}/sources`);
      await center.getByTestId('source-filter-q').locator('input').fill('浏览器测试堆料场');
      await center.getByTestId('source-filter-q').locator('input').press('Enter');
      await center.getByTestId(`source-row-${source.id}`).waitFor();
      await screenshot(center, 'sources-desktop');

      await sup.goto(`${server.url}/sources/${source.id}`);
      await sup.getByTestId('source-consult').click();
      await sup.getByTestId('page-consult-ask').waitFor();
      await sup.getByTestId('consult-question').fill('浏览器测试:堆料场未苫盖,是否属于扬尘违法?');
      await sup.getByTestId('consult-submit').click();
      await sup.getByTestId('page-consultation').waitFor();
      const consultationUrl = sup.url();
      expect(await sup.getByTestId('consultation-status').textContent()).toBe('待答复');

      const off = await loginAs(browser, server.url, 'off001-01');
      await off.getByTestId('home-consultations').waitFor();
      const item = off
        .getByTestId('home-consultations')
        .getByText('浏览器测试:堆料场未苫盖', { exact: false });
      await item.click();
      await off.getByTestId('page-consultation').waitFor();
      await off.getByTestId('consult-reply-text').fill('属于扬尘问题,请按"堆料场未苫盖"上报。');
      await off.getByTestId('consult-reply-submit').click();
      await expect.poll(() => off.getByTestId('consultation-status').textContent()).toBe('已答复');
      // The officer's case workspace opens.
      await off.goto(`${server.url}/cases`);
      await off.waitForURL(/\/cases$/);
      expect(await off.getByText('无权访问').count()).toBe(0);

      await sup.goto(consultationUrl);
      await sup.getByTestId('consultation-reply').first().waitFor();
      expect(await sup.getByTestId('consultation-reply').first().textContent()).toContain('堆料场未苫盖');
      await screenshot(sup, 'consultation-phone');
    },
  );
});
