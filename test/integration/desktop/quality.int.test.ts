import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDesktopUser,
  type DesktopUser,
  placeDesktopCall,
  seriousViolations,
  signIn,
} from '../../support/desktop/browser';
import { useDesktopSession } from '../../support/desktop/desktop-session';

// One file, in order: the evaluated call, the practice call and the scorecard that shows both.

const OPERATOR = 'e2e-qa-op-1414';
let operatorPage: Page;
let supervisorPage: Page;
let operator: DesktopUser;

const session = useDesktopSession();

beforeAll(async () => {
  operator = await createDesktopUser(session.env, '1414', 'operator', OPERATOR);
});

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
const group = (page: Page, question: RegExp) => page.getByRole('radiogroup', { name: question });

describe('quality control and training in Chromium', () => {
  it('a supervisor evaluates a simulated call from its recording, and the operator sees the score', async () => {
    operatorPage = await signIn(session.browser, operator);
    await operatorPage.getByRole('button', { name: 'Go available' }).click();
    // Russian (2), eGov (1); after the operator hangs up the caller rates the call 2 of 5.
    const call = placeDesktopCall(session.apiUrl, '1414', ['2', '1', '2']);
    await operatorPage.getByRole('button', { name: 'Accept' }).click({ timeout: 30_000 });
    // The operator registers the caller's appeal during the call: it counts on their scorecard.
    await operatorPage.getByLabel('Summary of the appeal').fill('Не приходит SMS-код для входа на eGov');
    await operatorPage.getByRole('button', { name: 'Register appeal' }).click();
    await operatorPage.getByTestId('registration-number').waitFor();
    await operatorPage.getByRole('button', { name: 'Hang up' }).click();
    // The state line says after-call work (not "On a call") until the operator is done.
    await operatorPage.getByTestId('agent-state').getByText('After-call work').waitFor();
    const transcript = await call;
    expect(transcript['rating']).toBe(2);
    await operatorPage.getByRole('button', { name: 'Done: ready for the next call' }).click();
    // Offline for the rest: calls other test files place on 1414 must not ring this trainee.
    await operatorPage.getByRole('button', { name: 'Go offline' }).click();

    const supervisor = await createDesktopUser(session.env, '1414', 'supervisor', 'e2e-qa-sup-1414');
    supervisorPage = await signIn(session.browser, supervisor);
    await tab(supervisorPage, 'Quality control');
    const row = supervisorPage.getByTestId('quality-calls').locator('tr', { hasText: OPERATOR }).first();
    // The contact record reaches the quality table through Kinesis: show the week again until it is there.
    for (let attempt = 0; attempt < 20 && (await row.count()) === 0; attempt++) {
      await supervisorPage.getByRole('button', { name: 'Show' }).click();
      await supervisorPage.waitForTimeout(500);
    }
    // Rated 2: always in the sample, whatever the random draw.
    await row.getByText('rated 1-2').waitFor();
    expect(await row.textContent()).toContain('2');
    await row.getByRole('button', { name: /Evaluate/ }).click();

    await supervisorPage.getByRole('button', { name: 'Open recording (audited)' }).click();
    const audio = supervisorPage.getByTestId('recording');
    await audio.waitFor();
    const src = (await audio.getAttribute('src')) ?? '';
    expect(src).toContain('X-Amz-Expires=');
    // The browser may load it: the page's content security policy admits the recordings' origin for media.
    const playable = await audio.evaluate(
      (element) =>
        new Promise<boolean>((resolve) => {
          const media = element as unknown as {
            readyState: number;
            addEventListener(e: string, f: () => void): void;
          };
          if (media.readyState >= 1) resolve(true);
          media.addEventListener('loadedmetadata', () => resolve(true));
          media.addEventListener('error', () => resolve(false));
        }),
    );
    expect(playable).toBe(true);

    await group(supervisorPage, /Greeted the caller/)
      .getByLabel('Yes')
      .check();
    await group(supervisorPage, /correct information/)
      .getByLabel('Yes')
      .check();
    await group(supervisorPage, /Explained clearly/)
      .getByLabel('4')
      .check();
    await group(supervisorPage, /competent body/)
      .getByLabel('N/A')
      .check();
    await group(supervisorPage, /before transferring/)
      .getByLabel('N/A')
      .check();
    await group(supervisorPage, /Registered the appeal/)
      .getByLabel('N/A')
      .check();
    await group(supervisorPage, /Courtesy/)
      .getByLabel('5')
      .check();
    await supervisorPage
      .getByLabel('Comment for the operator')
      .fill('Good answer; check the caller understood.');
    expect(await seriousViolations(supervisorPage)).toEqual([]);
    await supervisorPage.getByRole('button', { name: 'Save evaluation' }).click();
    // 2 + 4 + 2 x 0.75 + 1 of 9 applicable weight.
    await supervisorPage.getByTestId('evaluation-score').getByText('Saved: 94.4%').waitFor();

    await tab(operatorPage, 'My results');
    const mine = operatorPage.getByTestId('my-evaluations');
    await mine.getByText('94.4%').waitFor();
    expect(await mine.textContent()).toContain('Good answer; check the caller understood.');
    expect(await seriousViolations(operatorPage)).toEqual([]);
  });

  it('a trainee takes a practice call played through the flow simulator, answers with the panels and gets its score', async () => {
    await tab(operatorPage, 'Practice');
    await operatorPage.locator('option[value="1414-eds-revoke-ru"]').waitFor({ state: 'attached' });
    await operatorPage
      .getByRole('combobox', { name: 'Scenario', exact: true })
      .selectOption('1414-eds-revoke-ru');
    // Offline, as left above: a practice call rings its trainee whatever their state.
    await operatorPage.getByRole('button', { name: 'Start practice call' }).click();

    // The caller's keys (2 Russian, 2 EDS) went through the synthesized flows: the CCP shows what they set.
    const call = operatorPage.getByTestId('practice-call');
    await call.getByText('Practice call ringing').waitFor({ timeout: 30_000 });
    expect(await call.getByTestId('practice-flow').textContent()).toMatch(/Russian.*Electronic signature/);
    // The Calls tab sees the same contact and leaves it to the Practice tab.
    expect(await operatorPage.getByTestId('practice-call-note').count()).toBe(1);
    await call.getByRole('button', { name: 'Accept practice call' }).click();
    const lines = operatorPage.getByTestId('practice-caller-lines');
    await lines.getByText('Я потерял флешку с ключом ЭЦП', { exact: false }).waitFor();

    await operatorPage
      .getByRole('searchbox', { name: 'Search knowledge base' })
      .fill('утерян ключ ЭЦП отзыв');
    await operatorPage.locator('#kb-results button', { hasText: 'Утерян ключ ЭЦП' }).first().click();
    await operatorPage.getByTestId('practice-opened').getByText('1414-eds-revoke-ru').waitFor();
    await operatorPage.getByLabel('Refer to (referral directory id)').fill('удостоверяющий центр');
    await operatorPage.getByTestId('practice-bodies').getByRole('button', { name: /НУЦ/ }).click();
    expect(await operatorPage.getByTestId('practice-referral').textContent()).toBe('nca');
    expect(await seriousViolations(operatorPage)).toEqual([]);
    await call.getByRole('button', { name: 'Hang up and score' }).click();

    const result = operatorPage.getByTestId('practice-result');
    await result.getByText('Result: 100%').waitFor();
    expect(await result.textContent()).toContain('Referral: met');
    // After the call the state line says after-call work until the trainee is done.
    await call.getByTestId('practice-agent-state').getByText('After-call work').waitFor();
    await call.getByRole('button', { name: 'Done: leave after-call work' }).click();
    await call.waitFor({ state: 'detached' });
    await expect.poll(() => operatorPage.getByTestId('agent-state').textContent()).toBe('Offline');

    await tab(operatorPage, 'My results');
    await operatorPage.getByTestId('my-practice').getByText('1414-eds-revoke-ru').waitFor();
  });

  it('the scorecard shows the evaluation, the practice score, the caller’s rating and the appeal, with a CSV', async () => {
    await tab(supervisorPage, 'Scorecard');
    const row = supervisorPage.getByTestId('scorecard').locator('tr', { hasText: OPERATOR });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('94.4%');
    expect(text).toContain('100%');
    // The caller's rating of 2, from the survey after the evaluated call.
    expect(await row.locator('td').nth(2).textContent()).toBe('2 · n=1');
    // The appeal registered during the call: its answer deadline is still ahead.
    expect(await row.getByTestId('scorecard-appeals').textContent()).toBe('1 · 0 in time · 0 late · 1 open');
    expect(await supervisorPage.locator('.scorecard .chart canvas').count()).toBeGreaterThan(0);
    expect(await seriousViolations(supervisorPage)).toEqual([]);

    const [download] = await Promise.all([
      supervisorPage.waitForEvent('download'),
      supervisorPage.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const path = await download.path();
    const csv = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('week,operator,calls');
    expect(csv).toMatch(new RegExp(`,${OPERATOR},\\d+,\\d+,1,2,1,0,,1,94.4,0,1,100,1,0,0,1,\r\n`));
  });
});
