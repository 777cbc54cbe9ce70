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

/** The data-testid of each element a locator matches, in page order. */
function testIds(page: Page, selector: string): Promise<(string | null)[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
}

/** The signed-in user, asked with the page's own session; null once it has ended (401). */
function me(page: Page): Promise<{ username: string; displayName: string } | null> {
  return page.evaluate(async () => {
    const res = await fetch('/api/v1/me');
    if (res.status === 401) return null;
    return ((await res.json()) as { user: { username: string; displayName: string } }).user;
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
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await me(page)).toBeNull();

    await page.getByTestId('login-password').fill('envgrid-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('page-home').waitFor();
    // The workbench greets the administrator by name, with the administrator's role…
    const admin = await me(page);
    expect(admin).toMatchObject({ username: 'admin', displayName: '系统管理员' });
    expect(await page.getByTestId('home-greeting').textContent()).toContain('系统管理员');
    expect(
      await page
        .locator('[data-testid="home-profile"] [data-role]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-role'))),
    ).toEqual(['admin']);
    // …and offers what an administrator may open: no case queues, the assessment weights, the whole
    // administration menu.
    expect(await testIds(page, '[data-testid="app-menu"] [data-testid^="nav-"]')).toEqual([
      'nav-home',
      'nav-map',
      'nav-sources',
      'nav-coverage',
      'nav-assessment',
      'nav-admin',
    ]);
    expect(await testIds(page, '[data-testid^="shortcut-"]')).toEqual([
      'shortcut-map',
      'shortcut-sources',
      'shortcut-coverage',
      'shortcut-assessment',
      'shortcut-admin',
    ]);
    await page.getByTestId('nav-admin').click();
    await expect
      .poll(() => testIds(page, '[data-testid="app-menu"] [data-testid^="nav-admin-"]'))
      .toEqual([
        'nav-admin-users',
        'nav-admin-departments',
        'nav-admin-grids',
        'nav-admin-taxonomy',
        'nav-admin-time-limits',
        'nav-admin-calendar',
        'nav-admin-audit-log',
        'nav-admin-lockouts',
      ]);
    await screenshot(page, 'home-admin');
    // Logging out ends the session on the server, not only in the page.
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    expect(await me(page)).toBeNull();
    await page.goto(server.url + '/');
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-submit').waitFor();
    await page.close();
  });

  it('shows a supervisor no administration menu', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.url + '/login');
    await page.getByTestId('login-username').fill('sup001-01');
    await page.getByTestId('login-password').fill('envgrid-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('page-home').waitFor();
    // On a phone the menu is a drawer: open it and read what it offers a supervisor.
    expect(await page.getByTestId('app-sider').count()).toBe(0);
    await page.getByTestId('menu-open').click();
    await page.getByTestId('menu-drawer').waitFor();
    await expect
      .poll(() => testIds(page, '[data-testid="menu-drawer"] [data-testid^="nav-"]'))
      .toEqual([
        'nav-home',
        'nav-cases',
        'nav-map',
        'nav-sources',
        'nav-patrols',
        'nav-coverage',
        'nav-consultations',
      ]);
    expect(await testIds(page, '[data-testid^="shortcut-"]')).toEqual([
      'shortcut-cases',
      'shortcut-map',
      'shortcut-sources',
      'shortcut-patrols',
      'shortcut-coverage',
      'shortcut-consultations',
    ]);
    await screenshot(page, 'home-supervisor-phone');
    // An administration page opened by its address is refused, not shown.
    await page.goto(server.url + '/admin/users');
    await page.getByTestId('page-forbidden').waitFor();
    expect(await page.getByTestId('page-admin-users').count()).toBe(0);
    await page.close();
  });
});
