import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot, startServer, type RunningServer } from './harness.ts';

/** Draws two characters and compares the pixels: missing glyphs ("tofu") all look alike. */
async function cjkGlyphsDiffer(page: Page): Promise<{ inked: boolean; differ: boolean }> {
  return page.evaluate(() => {
    const draw = (ch: string) => {
      const c = document.createElement('canvas');
      c.width = 48;
      c.height = 48;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 48, 48);
      ctx.fillStyle = '#000';
      ctx.font = '32px sans-serif';
      ctx.fillText(ch, 4, 36);
      return Array.from(ctx.getImageData(0, 0, 48, 48).data);
    };
    const a = draw('网');
    const b = draw('格');
    const inked = a.some((v, i) => i % 4 === 0 && v < 128);
    return { inked, differ: a.some((v, i) => v !== b[i]) };
  });
}

describe.runIf(browserAvailable())('web shell in Chromium', () => {
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

  it('sends a visitor to the login page, in Chinese, with readable glyphs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url + '/');
    await page.waitForURL(/\/login/);
    await expect.poll(() => page.getByTestId('app-title').textContent()).toContain('网格化环境监管平台');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await cjkGlyphsDiffer(page)).toEqual({ inked: true, differ: true });
    await screenshot(page, 'login');
    await page.close();
  });

  it('logs in, shows the role-aware workbench, and logs out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url + '/login');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('wrong-password-1');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toMatch(/用户名或密码错误/);

    await page.getByTestId('login-password').fill('envgrid-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('page-home').waitFor();
    expect(await page.getByTestId('nav-admin').count()).toBe(1);
    await screenshot(page, 'home-admin');
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await page.close();
  });

  it('shows a supervisor no administration menu', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.url + '/login');
    await page.getByTestId('login-username').fill('sup001-01');
    await page.getByTestId('login-password').fill('envgrid-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('page-home').waitFor();
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    await screenshot(page, 'home-supervisor-phone');
    await page.close();
  });
});
