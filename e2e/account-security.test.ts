import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  launchBrowser,
  loginAs,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';

/** The busy CI machine runs several suites at once: a whole story gets more than the default 90 s. */
const STORY_TIMEOUT = 240_000;

const DEMO_PASSWORD = 'envgrid-demo';
const PHONE = { width: 390, height: 844 };

interface HttpSession {
  cookie: string;
  csrf: string;
}

/** expect.poll with a deadline fit for a loaded machine (Playwright's own waits allow 30 s too). */
function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 30_000, interval: 100 });
}

/** Visible copies only: antd keeps closed popconfirms and dialogs in the DOM. */
function visible(page: Page, testId: string): Locator {
  return page.locator(`[data-testid="${testId}"]:visible`);
}

/** Text of every row of a table (header and placeholder rows left out). */
async function rowTexts(page: Page, tableTestId: string): Promise<string[]> {
  return page
    .locator(`[data-testid="${tableTestId}"] tbody tr.ant-table-row`)
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

/** A full-page screenshot from the top (the sticky header stays where it belongs). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Clicks a button that asks first, then the confirmation's OK button. */
async function confirmClick(page: Page, button: Locator, confirmTestId: string): Promise<void> {
  await button.click();
  await visible(page, confirmTestId).click();
}

describe.runIf(browserAvailable())('account security in Chromium', () => {
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

  const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);

  /** Logs in over HTTP like another device would; returns the cookie and CSRF token, or the failed answer. */
  async function httpLogin(
    username: string,
    password: string,
    userAgent = 'curl/8.5.0',
  ): Promise<{ res: Response; session?: HttpSession }> {
    const res = await api('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) return { res };
    const body = (await res.json()) as { csrfToken: string };
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return { res, session: { cookie, csrf: body.csrfToken } };
  }

  const meByCookie = async (s: HttpSession) =>
    (await api('/api/v1/me', { headers: { cookie: s.cookie } })).status;
  const meByToken = async (token: string) =>
    (await api('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })).status;

  /** Opens 账号安全 the way a user does: the header's user menu. */
  async function openAccountPage(page: Page, shot?: string): Promise<void> {
    await page.getByTestId('user-menu').click();
    await poll(() => visible(page, 'user-menu-account').textContent()).toBe('账号安全');
    if (shot) await shoot(page, shot);
    await visible(page, 'user-menu-account').click();
    await page.getByTestId('page-account').waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
  }

  /** Creates a token in the dialog; returns the secret it shows once, leaving the dialog open. */
  async function createToken(page: Page, name: string, days: number): Promise<string> {
    await page.getByTestId('token-create').click();
    await visible(page, 'token-name').fill(name);
    await visible(page, 'token-days').fill(String(days));
    await visible(page, 'token-create-submit').click();
    await visible(page, 'token-secret').waitFor();
    return (await visible(page, 'token-secret').textContent())!.trim();
  }

  it(
    'lets a user create and revoke a token, change the password and end other sessions',
    async () => {
      const page = await loginAs(browser, server.url, 'leader');
      await openAccountPage(page, 'user-menu');

      // This browser's own session is listed and marked.
      await poll(() => rowTexts(page, 'sessions-table')).toHaveLength(1);
      const [own] = await rowTexts(page, 'sessions-table');
      expect(own).toContain('本设备');
      expect(own).toContain('127.0.0.1');
      expect(own).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      expect(await page.getByTestId('sessions-end-others').isDisabled()).toBe(true);
      expect(await rowTexts(page, 'token-table')).toEqual([]);

      // A token: the secret shows once, with the warning, and works.
      const first = await createToken(page, '数据对接', 30);
      expect(first).toMatch(/^egt_\S{20,}$/);
      expect(await visible(page, 'token-secret-warning').textContent()).toContain('将无法再次查看');
      expect(await visible(page, 'token-created-expires').textContent()).toMatch(
        /数据对接 · 有效期至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
      );
      await shoot(page, 'account-token-secret');
      expect(await meByToken(first)).toBe(200);
      await visible(page, 'token-secret-done').click();
      await visible(page, 'token-secret').waitFor({ state: 'detached' });
      // Gone for good: neither the page nor a new dialog shows it again.
      expect(await page.content()).not.toContain(first);
      await page.getByTestId('token-create').click();
      expect(await visible(page, 'token-name').inputValue()).toBe('');
      expect(await page.locator(`text=${first}`).count()).toBe(0);
      await page.keyboard.press('Escape');
      await visible(page, 'token-name').waitFor({ state: 'hidden' });

      await poll(() => rowTexts(page, 'token-table')).toHaveLength(1);
      const [created] = await rowTexts(page, 'token-table');
      expect(created).toContain('数据对接');
      expect(created).toContain('有效');
      // The call above shows as its last use once the list is loaded again.
      await page.getByTestId('tokens-refresh').click();
      await poll(async () => (await rowTexts(page, 'token-table'))[0]).not.toContain('从未使用');

      // Revoke it, after confirming.
      await confirmClick(
        page,
        page.getByTestId('token-row-数据对接').getByTestId('token-revoke'),
        'token-revoke-confirm',
      );
      await poll(async () => (await rowTexts(page, 'token-table'))[0]).toContain('已撤销');
      expect(await meByToken(first)).toBe(401);
      expect(await page.getByTestId('token-row-数据对接').getByTestId('token-revoke').count()).toBe(0);

      // A second token and a second session, both to be ended by the password change.
      const second = await createToken(page, '第二个令牌', 7);
      await visible(page, 'token-secret-done').click();
      expect(await meByToken(second)).toBe(200);
      const other = (await httpLogin('leader', DEMO_PASSWORD)).session!;
      expect(await meByCookie(other)).toBe(200);

      // A wrong current password is named on its field, in Chinese.
      await page.getByTestId('password-current').fill('not-my-password-1');
      await page.getByTestId('password-new').fill('Leader-new-2025');
      await page.getByTestId('password-confirm').fill('Leader-new-2025');
      await page.getByTestId('password-submit').click();
      await poll(() =>
        page.getByTestId('account-password').locator('.ant-form-item-explain-error').allTextContents(),
      ).toEqual(['当前密码不正确']);

      await page.getByTestId('password-current').fill(DEMO_PASSWORD);
      await page.getByTestId('password-submit').click();
      await poll(() => page.getByTestId('password-changed').textContent()).toBe(
        '密码已修改。其他设备上的登录已全部退出，您的 API 令牌已全部撤销。',
      );
      expect(await meByToken(second)).toBe(401);
      expect(await meByCookie(other)).toBe(401);
      await poll(() => rowTexts(page, 'token-table')).toEqual([
        expect.stringContaining('已撤销'),
        expect.stringContaining('已撤销'),
      ]);
      expect((await httpLogin('leader', DEMO_PASSWORD)).res.status).toBe(401);

      // Another device signs in with the new password; this page ends it.
      const device = (await httpLogin('leader', 'Leader-new-2025', 'curl/8.5.0')).session!;
      expect(await meByCookie(device)).toBe(200);
      await page.getByTestId('sessions-refresh').click();
      await poll(() => rowTexts(page, 'sessions-table')).toHaveLength(2);
      const otherRow = await page.getByTestId('session-row').innerText();
      expect(otherRow).toContain('curl 8.5.0');
      expect(otherRow).toContain('127.0.0.1');
      expect(otherRow).not.toContain('本设备');
      expect(await page.getByTestId('session-row-current').innerText()).toContain('本设备');
      await shoot(page, 'account-desktop');

      await confirmClick(page, page.getByTestId('sessions-end-others'), 'sessions-end-others-confirm');
      await poll(() => page.locator('.ant-message-notice').allTextContents()).toContain(
        '已结束 1 个其他会话',
      );
      await poll(() => rowTexts(page, 'sessions-table')).toHaveLength(1);
      expect((await rowTexts(page, 'sessions-table'))[0]).toContain('本设备');
      expect(await meByCookie(device)).toBe(401);

      // This browser is still signed in.
      await page.reload();
      await page.getByTestId('page-account').waitFor();
      await page.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'shows the account page on a phone, one stacked row per session and token',
    async () => {
      const page = await loginAs(browser, server.url, 'hbj01', PHONE);
      await openAccountPage(page, 'user-menu-phone');
      await poll(async () => (await rowTexts(page, 'sessions-table'))[0] ?? '').toContain('本设备');
      expect((await rowTexts(page, 'sessions-table'))[0]).toMatch(
        /本设备 IP 地址 127\.0\.0\.1 最近活动 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
      );
      await createToken(page, '手机端', 90);
      await visible(page, 'token-secret-done').click();
      await poll(() => rowTexts(page, 'token-table')).toHaveLength(1);
      expect((await rowTexts(page, 'token-table'))[0]).toMatch(
        /^手机端 有效 过期时间 \d{4}-.* 最近使用 从未使用 .*撤销$/,
      );
      await shoot(page, 'account-phone');
      await page.close();
    },
    STORY_TIMEOUT,
  );

  it(
    "lets an administrator see and revoke a user's tokens",
    async () => {
      const center = (await httpLogin('center', DEMO_PASSWORD)).session!;
      const res = await api('/api/v1/auth/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: center.cookie, 'x-csrf-token': center.csrf },
        body: JSON.stringify({ name: '中心对接', expiresInDays: 10 }),
      });
      expect(res.status).toBe(201);
      const { token } = (await res.json()) as { token: string };
      expect(await meByToken(token)).toBe(200);

      const page = await loginAs(browser, server.url, 'admin');
      await page.goto(`${server.url}/admin/users`);
      await page.getByTestId('users-search').locator('input').fill('center');
      await page.getByTestId('users-search').locator('input').press('Enter');
      const row = page.getByTestId('user-row-center');
      await row.waitFor();
      await row.getByTestId('user-more').click();
      await visible(page, 'user-tokens').click();
      await poll(() => rowTexts(page, 'user-tokens-table')).toHaveLength(1);
      expect((await rowTexts(page, 'user-tokens-table'))[0]).toMatch(/中心对接.*有效/);
      await confirmClick(
        page,
        page.getByTestId('user-tokens-table').getByTestId('token-revoke'),
        'token-revoke-confirm',
      );
      await poll(async () => (await rowTexts(page, 'user-tokens-table'))[0]).toMatch(/中心对接.*已撤销/);
      expect(await meByToken(token)).toBe(401);
      await page.close();
    },
    STORY_TIMEOUT,
  );

  it(
    'shows a locked-out login its wait, and lets an administrator unlock it',
    async () => {
      for (let i = 0; i < 5; i++)
        expect((await httpLogin('auditor', `wrong-password-${i}`)).res.status).toBe(401);
      const refused = (await httpLogin('auditor', DEMO_PASSWORD)).res;
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
      const refusal = (await refused.json()) as { error: { details: { retryAfterSeconds: number } } };
      const minutes = Math.ceil(refusal.error.details.retryAfterSeconds / 60);

      // The login page says so in Chinese, with the wait.
      const login = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await login.goto(`${server.url}/login`);
      await login.getByTestId('login-username').fill('auditor');
      await login.getByTestId('login-password').fill(DEMO_PASSWORD);
      await login.getByTestId('login-submit').click();
      await poll(() => login.getByTestId('login-error').innerText()).toBe(
        `登录尝试过多，请 ${minutes} 分钟后再试`,
      );
      await shoot(login, 'login-locked');

      // The administrator finds it under 系统管理 › 登录锁定.
      const admin = await loginAs(browser, server.url, 'admin');
      // Under load a click can land while the submenu is still opening (or re-rendering): open
      // the group when its item is not shown, click the item when it is, until the page is there.
      const page = admin.getByTestId('page-admin-lockouts');
      await expect
        .poll(
          async () => {
            if (await page.isVisible()) return true;
            const item = admin.getByTestId('nav-admin-lockouts');
            if (await item.isVisible()) await item.click();
            else await admin.getByTestId('nav-admin').click();
            return page.isVisible();
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(true);
      await poll(() => rowTexts(admin, 'lockouts-table')).toHaveLength(1);
      const [row] = await rowTexts(admin, 'lockouts-table');
      expect(row).toMatch(/^账号\+来源 auditor 127\.0\.0\.1 5 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 解锁$/);
      await shoot(admin, 'lockouts-desktop');

      const phone = await loginAs(browser, server.url, 'admin', PHONE);
      await phone.goto(`${server.url}/admin/lockouts`);
      await poll(() => rowTexts(phone, 'lockouts-table')).toHaveLength(1);
      await shoot(phone, 'lockouts-phone');
      await phone.close();

      await confirmClick(
        admin,
        admin.getByTestId('lockout-row-account-source-auditor').getByTestId('lockout-unlock'),
        'lockout-unlock-confirm',
      );
      await poll(() => admin.locator('.ant-message-notice').allTextContents()).toContain('已解锁 auditor');
      await poll(() => rowTexts(admin, 'lockouts-table')).toEqual([]);
      expect(await admin.getByTestId('lockouts-table').innerText()).toContain('当前没有被锁定的登录');

      const again = await httpLogin('auditor', DEMO_PASSWORD);
      expect(again.res.status).toBe(200);
      expect(await meByCookie(again.session!)).toBe(200);
      await admin.close();
      await login.close();
    },
    STORY_TIMEOUT,
  );
});
