import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WeekPlan } from '../../../functions/staffing/domain/week-plan';
import { callApi } from '../../../scripts/lib/api-client';
import { localCalls } from '../../support/connect/local-calls';
import { createDesktopUser, seriousViolations, signIn } from '../../support/desktop/browser';
import { useDesktopSession } from '../../support/desktop/desktop-session';

/**
 * The supervisor's staffing heat map in Chromium: operators needed per hour of the week from the plan of the
 * contact records, with the current hour set beside the operators logged in now.
 */

const DAY_MS = 86_400_000;
const almatyDay = (ms: number) => new Date(ms + 5 * 3_600_000).toISOString().slice(0, 10);

const pages: Page[] = [];

const session = useDesktopSession();

/** Operators the current hour of the plan needs, once the calls just placed have reached the store. */
async function neededNow(minimum: number): Promise<number> {
  const local = new Date(Date.now() + 5 * 3_600_000);
  const index = ((local.getUTCDay() + 6) % 7) * 24 + local.getUTCHours();
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await callApi<WeekPlan>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/staffing/plan?from=${almatyDay(Date.now() - 27 * DAY_MS)}&to=${almatyDay(Date.now())}`,
    });
    const agents = response.body.hours?.[index]?.agents ?? 0;
    if (agents >= minimum || Date.now() > deadline) return agents;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the staffing heat map on the supervisor screen', () => {
  it('shows the operators each hour needs as text, and the current hour beside the operators logged in', async () => {
    // Calls this hour, answered by an operator, so the plan asks for somebody now.
    const calls = await localCalls(session.apiUrl);
    for (const inputs of [
      ['2', '1', '5'],
      ['1', '1', '4'],
    ]) {
      await calls.call('1414', inputs, { agentHangup: true, agent: { username: 'heatmap.op' } });
    }
    const needed = await neededNow(1);
    expect(needed).toBeGreaterThanOrEqual(1);

    const supervisor = await signIn(
      session.browser,
      await createDesktopUser(session.env, '1414', 'supervisor', 'e2e-sup-staffing'),
    );
    pages.push(supervisor);
    const heatmap = supervisor.getByTestId('staffing-heatmap');
    await heatmap.waitFor({ timeout: 20_000 });

    // Every hour of the week is a cell with its number written in it: 7 rows of 24.
    expect(await heatmap.locator('tbody tr').count()).toBe(7);
    expect(await heatmap.locator('tbody td').count()).toBe(168);
    const current = supervisor.getByTestId('staffing-current-hour');
    expect(Number(/^\d+/.exec((await current.textContent()) ?? '')?.[0])).toBe(needed);
    expect(await supervisor.getByTestId('staffing-needed-now').textContent()).toBe(String(needed));

    // An operator signs in and goes available: the supervisor sees one logged in against the plan.
    const operator = await signIn(
      session.browser,
      await createDesktopUser(session.env, '1414', 'operator', 'e2e-op-staffing'),
    );
    pages.push(operator);
    await operator.getByRole('button', { name: 'Go available' }).click();
    try {
      await supervisor
        .getByTestId('staffing-logged-in')
        .getByText(/^[1-9]\d*$/)
        .waitFor({ timeout: 10_000 });
      await current.getByText(/now: [1-9]/).waitFor({ timeout: 10_000 });
    } finally {
      // Available only as long as needed: the other tests' calls must not ring here.
      await operator.getByRole('button', { name: 'Go offline' }).click();
    }

    // The map is reachable from the keyboard (its scrolling region takes focus) and passes axe.
    const region = supervisor.getByRole('region', { name: 'Operators needed, hours of the week' });
    await region.focus();
    expect(
      await region.evaluate(
        (element) =>
          element ===
          (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
      ),
    ).toBe(true);
    expect(await seriousViolations(supervisor)).toEqual([]);
  });

  it('speaks Kazakh and Russian too', async () => {
    const page = await signIn(
      session.browser,
      await createDesktopUser(session.env, '1414', 'supervisor', 'e2e-sup-staffing'),
    );
    pages.push(page);
    await page.getByTestId('staffing-heatmap').waitFor({ timeout: 20_000 });
    for (const [lang, title] of [
      ['kk', 'Штат: әр сағатта қанша оператор керек'],
      ['ru', 'Штат: сколько операторов нужно в каждый час'],
    ] as const) {
      await page.locator('label.lang select').selectOption(lang);
      await page.getByRole('heading', { name: title }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});
