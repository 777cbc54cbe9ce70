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

interface CaseView {
  id: string;
  caseNo: string;
  status: string;
  deadline: number | null;
  closedAt: number | null;
}
interface CaseEventView {
  action: string;
  at: number;
  actor: { username: string; displayName: string } | null;
  payload: { deadlineMs?: number };
}

/** An instant as the web app must show it, in the business time zone: "2026-03-02 09:30" Beijing time. */
function beijing(ms: number, withTime = true): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return withTime ? `${day} ${parts.hour}:${parts.minute}` : day;
}

/** A GET of the API with the page's own session. */
function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p);
    if (!res.ok) throw new Error(`${p} answered ${res.status}`);
    return (await res.json()) as T;
  }, path);
}

/** The data-testid of each element a selector matches, in page order. */
function testIds(page: Page, selector: string): Promise<(string | null)[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
}

/** A Descriptions card's items as label → text. */
async function descriptionItems(page: Page, testId: string): Promise<Record<string, string>> {
  return page.getByTestId(testId).evaluate((root) => {
    const out: Record<string, string> = {};
    for (const label of Array.from(root.querySelectorAll('.ant-descriptions-item-label')))
      out[label.textContent ?? ''] = label.nextElementSibling?.textContent ?? '';
    return out;
  });
}

/**
 * Like the harness's loginAs, but with the browser's clock in a zone far from Beijing: times the
 * page shows in the browser's own zone instead of the business zone are then hours off.
 */
async function loginFarFromBeijing(browser: Browser, url: string, username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'America/New_York',
  });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('envgrid-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('page-home').waitFor();
  return page;
}

/** Reports a chimney black-smoke case from the supervisor's session, through the same API the report page uses. */
async function reportAsSupervisor(page: Page): Promise<{ id: string; caseNo: string; status: string }> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/v1/me')).json()) as { grids: string[]; csrfToken: string };
    for (const code of me.grids) {
      const g = (await (await fetch(`/api/v1/grids/${code}`)).json()) as {
        grid: { geometry: { type: string; coordinates: number[][][] } };
      };
      const ring = g.grid.geometry.coordinates[0]!;
      if (g.grid.geometry.type !== 'Polygon' || ring.length !== 5) continue;
      const corners = ring.slice(0, 4);
      const location = {
        lng: corners.reduce((s, p) => s + p[0]!, 0) / 4,
        lat: corners.reduce((s, p) => s + p[1]!, 0) / 4,
      };
      const res = await fetch('/api/v1/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          itemCode: 'air.chimney_black_smoke',
          description: '浏览器测试：烟囱冒黑烟',
          location,
        }),
      });
      return (await res.json()) as { id: string; caseNo: string; status: string };
    }
    throw new Error('no square grid');
  });
}

/** Opens the case, fires one action through its form, and waits for the new status. */
async function runAction(
  page: Page,
  url: string,
  caseId: string,
  action: string,
  fill: (p: Page) => Promise<void>,
  expectStatus: string,
) {
  await page.goto(`${url}/cases/${caseId}`);
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId(`action-modal-${action}`).waitFor({ state: 'attached' });
  await page.getByTestId('action-submit').waitFor();
  // Let the dialog finish opening: a click during its zoom-in can miss the button.
  await page
    .locator('.ant-modal[class*="zoom-enter"], .ant-modal[class*="zoom-appear"]')
    .waitFor({ state: 'detached' });
  await fill(page);
  const answer = page.waitForResponse((r) => r.url().endsWith(`/actions/${action}`), { timeout: 30_000 });
  await page.getByTestId('action-submit').click();
  const res = await answer;
  if (res.status() !== 200) throw new Error(`${action} answered ${res.status()}: ${await res.text()}`);
  // The form closes on success; an error stays in it, and is worth more than a timeout.
  try {
    await page.getByTestId('action-submit').waitFor({ state: 'hidden', timeout: 30_000 });
  } catch {
    const error = (await page.getByTestId('action-error').count())
      ? await page.getByTestId('action-error').textContent()
      : 'no error shown';
    await screenshot(page, `failed-${action}`);
    throw new Error(`${action} did not complete: ${error}`);
  }
  await expect
    .poll(() => page.getByTestId('case-status').first().textContent(), { timeout: 30_000 })
    .toContain(expectStatus);
}

describe.runIf(browserAvailable())('a case through the web app', () => {
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
    'is filed, dispatched, handled, checked and closed by the people whose turn it is',
    { timeout: 180_000 },
    async () => {
      const sup = await loginAs(browser, server.url, 'sup001-01');
      const dayBefore = beijing(Date.now(), false).replaceAll('-', '');
      const created = await reportAsSupervisor(sup);
      const dayAfter = beijing(Date.now(), false).replaceAll('-', '');
      expect(created.status).toBe('reported');
      // The case number is the business (Beijing) date of the report and a four-digit serial.
      expect(created.caseNo).toMatch(/^\d{12}$/);
      expect([dayBefore, dayAfter]).toContain(created.caseNo.slice(0, 8));

      const center = await loginFarFromBeijing(browser, server.url, 'center');
      expect(await center.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        'America/New_York',
      );
      await runAction(center, server.url, created.id, 'file', async () => {}, '待派遣');
      expect(await center.getByTestId('case-no').textContent()).toBe(created.caseNo);
      await runAction(center, server.url, created.id, 'dispatch', async () => {}, '处置中'); // the suggested department: 区生态环境局
      expect(await center.getByTestId('case-lead-department').textContent()).toContain('区生态环境局');
      // The handling deadline, shown in Beijing time (marked so) although the browser is in New York.
      const dispatched = await apiGet<CaseView>(center, `/api/v1/cases/${created.id}`);
      const dispatchedAt = (
        await apiGet<{ items: CaseEventView[] }>(center, `/api/v1/cases/${created.id}/events`)
      ).items.find((e) => e.action === 'dispatch')!.at;
      const deadline = dispatched.deadline!;
      await expect.poll(() => center.getByTestId('case-deadline').textContent()).toBe(beijing(deadline));
      expect(await center.getByTestId('case-facts').textContent()).toContain('北京时间');
      // 1 working day (450 working minutes) to handle chimney smoke: at least 450 natural minutes
      // later, and it ends inside a work window (08:30–12:00, 13:30–17:30 Beijing time).
      expect(deadline - dispatchedAt).toBeGreaterThanOrEqual(450 * 60_000);
      expect(beijing(deadline).slice(11), 'a deadline inside a work window').toSatisfy(
        (hhmm: string) => (hhmm >= '08:30' && hhmm <= '12:00') || (hhmm >= '13:30' && hhmm <= '17:30'),
      );
      await screenshot(center, 'case-dispatched');

      const hbj = await loginAs(browser, server.url, 'hbj01');
      await runAction(
        hbj,
        server.url,
        created.id,
        'feedback',
        (p) => p.getByTestId('action-field-result').fill('已责令企业停用燃煤锅炉'),
        '待核查',
      );

      await runAction(
        sup,
        server.url,
        created.id,
        'check',
        (p) => p.getByTestId('action-field-passed-yes').click(),
        '待结案',
      );
      // Closing is the center's turn, not the supervisor's: neither close nor another check is offered.
      expect(await sup.getByTestId('action-close').count()).toBe(0);
      expect(await sup.getByTestId('action-check').count()).toBe(0);
      await screenshot(sup, 'case-checked-supervisor');

      await runAction(center, server.url, created.id, 'close', async () => {}, '已结案');
      const closed = await apiGet<CaseView>(center, `/api/v1/cases/${created.id}`);
      expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(Number) });
      expect((await descriptionItems(center, 'case-facts'))['结案时间']).toBe(beijing(closed.closedAt!));
      // The evaluation: every timed step on time, nothing returned, reworked or extended, not yet rated.
      await center.getByTestId('case-evaluation').waitFor();
      expect(await center.getByTestId('case-evaluation').locator('.ant-tag').allTextContents()).toEqual([
        '立案 按时',
        '派遣 按时',
        '处置 按时',
        '核查 按时',
        '结案 按时',
      ]);
      expect(await descriptionItems(center, 'case-evaluation')).toMatchObject({
        回退次数: '0',
        返工次数: '0',
        延期次数: '0',
        基层解决: '否',
        领导评分: '未评分',
      });
      // The timeline: each event in order under its step of the plan, with its time (Beijing) and actor.
      const events = (await apiGet<{ items: CaseEventView[] }>(center, `/api/v1/cases/${created.id}/events`))
        .items;
      expect(events.map((e) => [e.action, e.actor?.username])).toEqual([
        ['report', 'sup001-01'],
        ['file', 'center'],
        ['dispatch', 'center'],
        ['feedback', 'hbj01'],
        ['check', 'sup001-01'],
        ['close', 'center'],
      ]);
      expect(await testIds(center, '[data-testid^="timeline-event-"]')).toEqual(
        events.map((e) => `timeline-event-${e.action}`),
      );
      expect(await testIds(center, '[data-testid^="timeline-step-"]')).toEqual([
        'timeline-step-collect',
        'timeline-step-file',
        'timeline-step-dispatch',
        'timeline-step-feedback',
        'timeline-step-check_close',
      ]);
      for (const e of events)
        expect(await center.getByTestId(`timeline-event-${e.action}`).textContent()).toContain(
          `${beijing(e.at)} · ${e.actor!.displayName} (${e.actor!.username})`,
        );
      const dispatchEvent = await center.getByTestId('timeline-event-dispatch').textContent();
      expect(dispatchEvent).toContain('主办部门: 区生态环境局');
      expect(dispatchEvent).toContain(`时限至: ${beijing(deadline)}`);
      expect(await center.getByTestId('timeline-event-feedback').textContent()).toContain(
        '处置结果: 已责令企业停用燃煤锅炉',
      );
      expect(await center.getByTestId('timeline-event-check').textContent()).toContain('核查结论: 合格');
      await screenshot(center, 'case-closed');
    },
  );
});
