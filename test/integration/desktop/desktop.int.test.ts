import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DesktopConfigSchema } from '../../../contracts/desktop-config';
import {
  createDesktopUser,
  type DesktopUser,
  placeDesktopCall,
  seriousViolations,
  signIn,
} from '../../support/desktop/browser';
import { credentialsFor, initiateAuth, signedGet } from '../../support/desktop/cognito-client';
import { useDesktopSession } from '../../support/desktop/desktop-session';
import { uniqueId, uniqueWord } from '../../support/knowledge-base/fixtures';

// One file on purpose: the operators of a hotline share its queues, so these scenarios run one after another.

/** The caller's number: hashed to find their earlier appeals, shown only on request. */
const CALLER = '+77011234567';
const pages: Page[] = [];
/** The appeal the 1414 operator registers, which the 1414 supervisor then finds in the backlog. */
let registered1414 = '';
/** The urgent case the 111 specialist escalates, which the 111 supervisor sees awaiting acknowledgement. */
let urgent111 = '';

const session = useDesktopSession();

async function open(user: DesktopUser): Promise<Page> {
  const page = await signIn(session.browser, user);
  pages.push(page);
  return page;
}

async function goAvailable(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Go available' }).click();
  await page.getByText('Waiting for a call').waitFor();
}

async function acceptRinging(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Accept' }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Hang up' }).waitFor();
}

async function searchAndRead(page: Page, query: string): Promise<string> {
  await page.getByRole('searchbox', { name: 'Search knowledge base' }).fill(query);
  await page.locator('#kb-results button').first().click();
  const answer = page.getByTestId('kb-answer');
  await answer.waitFor();
  await page.getByRole('button', { name: 'Helpful' }).click();
  await page.getByText('Thank you: feedback recorded').waitFor();
  return (await answer.textContent()) ?? '';
}

async function registerAppeal(page: Page, summary: string): Promise<string> {
  await page.getByLabel('Summary of the appeal').fill(summary);
  await page.getByRole('button', { name: 'Register appeal' }).click();
  const number = page.getByTestId('registration-number');
  await number.waitFor();
  return ((await number.textContent()) ?? '').trim();
}

describe('the agent desktop in Chromium', () => {
  it('1414: an operator takes a call placed with --desktop, answers from the KB, registers an appeal and sees the rating', async () => {
    const operator = await createDesktopUser(session.env, '1414', 'operator', 'e2e-op-1414');
    const page = await open(operator);
    await goAvailable(page);

    // Russian (2), eGov services (1), then the survey answers 5 after the operator hangs up.
    const call = placeDesktopCall(session.apiUrl, '1414', ['2', '1', '5'], ['--from', CALLER]);
    await acceptRinging(page);
    expect(await page.getByTestId('caller-language').textContent()).toBe('Russian');
    expect(await page.getByTestId('caller-topic').textContent()).toBe('eGov services');
    // The number stays hidden until the operator asks for it.
    expect(await page.getByTestId('caller-number').count()).toBe(0);

    const answer = await searchAndRead(page, 'ЭЦП');
    expect(answer).toMatch(/ЭЦП/);
    registered1414 = await registerAppeal(page, 'Не может войти в eGov с ЭЦП');
    expect(registered1414).toMatch(/^\d{4}-\d{4}-\d{4}-\d$/);
    expect(await page.getByTestId('appeal-status').textContent()).toBe('registered');
    expect(await seriousViolations(page)).toEqual([]);

    // The after-contact screen reads the rating from the API route the deployed desktop uses.
    const rated = page.waitForResponse(
      (response) => /\/1414\/contacts\/[0-9a-f-]{36}\/rating$/.test(response.url()) && response.ok(),
      { timeout: 30_000 },
    );
    await page.getByRole('button', { name: 'Hang up' }).click();
    const transcript = await call;
    expect(await (await rated).json()).toMatchObject({ contactId: transcript['contactId'], rating: 5 });
    await page.getByTestId('rating').getByText('5 / 5').waitFor({ timeout: 15_000 });
    expect(transcript['rating']).toBe(5);
    expect(transcript['language']).toBe('ru');
    const steps = transcript['steps'] as Array<{ type: string; event?: string; username?: string }>;
    expect(steps).toContainEqual({ type: 'agent', event: 'connected', username: 'e2e-op-1414' });
    expect(steps).toContainEqual({ type: 'agent', event: 'disconnected', username: 'e2e-op-1414' });

    await page.getByRole('button', { name: 'Done: ready for the next call' }).click();

    // The same caller again: their earlier appeal is found by the hash of the number, which stays hidden
    // until the operator asks to see it.
    const again = placeDesktopCall(session.apiUrl, '1414', ['3', '0'], ['--from', CALLER]);
    await acceptRinging(page);
    await page.getByTestId('earlier-appeals').getByText(registered1414).waitFor();
    expect(await page.getByText(CALLER).count()).toBe(0);
    await page.getByRole('button', { name: 'Show caller number' }).click();
    expect(await page.getByTestId('caller-number').textContent()).toBe(CALLER);
    await page.getByRole('button', { name: 'Hang up' }).click();
    expect((await again)['rating']).toBeNull();
    await page.getByRole('button', { name: 'Done: ready for the next call' }).click();
    await page.getByRole('button', { name: 'Go offline' }).click();
    await page.getByRole('button', { name: 'Go available' }).waitFor();
  });

  it('111: the specialist escalates an urgent case at once, sees the acknowledgement clock and transfers the caller to 1414, who hears where they go', async () => {
    const specialist = await createDesktopUser(session.env, '111', 'operator', 'e2e-op-111');
    expect(specialist.totpSecret).toBeTruthy();
    const page = await open(specialist);
    await goAvailable(page);

    // Russian (2), consultation (2).
    const call = placeDesktopCall(session.apiUrl, '111', ['2', '2']);
    await acceptRinging(page);
    expect(await page.getByTestId('caller-language').textContent()).toBe('Russian');
    expect(await page.getByTestId('caller-topic').textContent()).toBe('Consultation');
    await searchAndRead(page, 'алименты');

    await page.getByRole('button', { name: /Urgent/ }).click();
    const clock = page.getByTestId('ack-clock');
    await clock.waitFor();
    expect(await clock.textContent()).toMatch(/^\d\d:\d\d$/);
    urgent111 = ((await page.getByTestId('registration-number').textContent()) ?? '').trim();
    expect(urgent111).toMatch(/^[\d-]{8,}$/);

    await page.getByRole('button', { name: 'Transfer to 1414' }).click();
    await page.getByTestId('transferred-to').getByText('1414').waitFor();
    const transcript = await call;
    expect(transcript['outcome']).toEqual({ kind: 'transfer', to: '1414' });
    const steps = transcript['steps'] as Array<{ type: string; text?: string; language?: string }>;
    const afterTransfer = steps.slice(
      steps.findIndex((step) => step.type === 'agent' && 'event' in step && step.event === 'transferred'),
    );
    // 1414 rules p11: the caller is told where they are transferred, in their language.
    expect(
      afterTransfer.some(
        (step) => step.type === 'prompt' && step.language === 'ru' && /1414/.test(step.text ?? ''),
      ),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done: ready for the next call' }).click();

    // A second call: hung up, and 111 has no survey, so the after-call screen says there is no rating.
    const second = placeDesktopCall(session.apiUrl, '111', ['1', '2']);
    await acceptRinging(page);
    expect(await registerAppeal(page, 'Консультация по пособию')).toMatch(/^[\d-]{8,}$/);
    await page.getByRole('button', { name: 'Hang up' }).click();
    expect((await second)['rating']).toBeNull();
    await page.getByTestId('rating').getByText('no post-call survey').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Done: ready for the next call' }).click();
    await page.getByRole('button', { name: 'Go offline' }).click();
  });

  it('a 1414 supervisor sees a call waiting against the 40 s target, and the appeal backlog', async () => {
    const supervisor = await createDesktopUser(session.env, '1414', 'supervisor', 'e2e-sup-1414');
    const page = await open(supervisor);
    await page.getByTestId('live-queue').waitFor();

    // Nobody is available: the call waits, the supervisor sees it, and after 8 s the caller gives up. The
    // screen polls every 3 s; the generous timeout covers the call tool's own start on a loaded machine.
    const call = placeDesktopCall(session.apiUrl, '1414', ['3'], ['--wait', '8']);
    await page.getByTestId('waiting').getByText('1', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByText('target 40 s').count()).toBe(1);
    const transcript = await call;
    expect(transcript['steps']).toContainEqual({ type: 'abandoned', queue: 'ucc-en' });
    await page.getByTestId('waiting').getByText('0', { exact: true }).waitFor({ timeout: 10_000 });

    await page.getByTestId('backlog').getByText(registered1414).waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a 111 supervisor sees the urgent case awaiting acknowledgement', async () => {
    const supervisor = await createDesktopUser(session.env, '111', 'supervisor', 'e2e-sup-111');
    const page = await open(supervisor);
    await page.getByTestId('live-queue').waitFor();

    await page.getByTestId('urgent-awaiting').getByText(urgent111).waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a 1414 editor edits an article with a preview and rolls it back', async () => {
    const editor = await createDesktopUser(session.env, '1414', 'kbEditor', 'e2e-editor-1414');
    const page = await open(editor);
    await page.getByRole('searchbox', { name: 'Search knowledge base' }).fill('ЭЦП');
    await page.locator('.results button').first().click();
    const title = page.getByLabel('Title');
    await title.waitFor();
    const original = await title.inputValue();

    await title.fill(`${original} (проверено)`);
    expect(await page.getByTestId('preview').textContent()).toContain(`${original} (проверено)`);
    await page.getByRole('button', { name: 'Save new version' }).click();
    const notice = page.getByTestId('editor-notice');
    await notice.getByText(/Saved version \d+/).waitFor();
    const saved = Number(/(\d+)/.exec((await notice.textContent()) ?? '')?.[1]);

    await page.getByRole('button', { name: `Roll back to version ${saved - 1}` }).click();
    await notice.getByText(`Rolled back: now version ${saved + 1}`).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe(original);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a 1414 editor adds a referral body, is told what is wrong with it, edits it, and an operator finds it', async () => {
    const editor = await createDesktopUser(session.env, '1414', 'kbEditor', 'e2e-editor-1414');
    const page = await open(editor);
    const id = uniqueId('e2e-body');
    // A made-up word, so the search can find this body and nothing else.
    const word = uniqueWord();
    await page.getByRole('button', { name: 'New referral body' }).click();
    await page.getByLabel('Body id').fill(id);
    await page.getByLabel('Kind of body').selectOption('local');
    await page.getByLabel('Name (kk)').fill('Ауылдық кәсіпкерлерді қолдау орталығы');
    await page.getByLabel('Name (ru)').fill('Центр поддержки сельских предпринимателей');
    await page.getByLabel('Competence: questions it resolves (kk)').fill('Ауыл кәсіпкерлеріне кеңес.');
    await page.getByLabel('Competence: questions it resolves (ru)').fill(`Консультации фермерам по ${word}.`);
    await page.getByLabel('E-mail').fill('not an address');

    await page.getByRole('button', { name: 'Save referral body' }).click();
    const problem = page.getByTestId('referral-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/email: must be an e-mail address/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('E-mail').fill('agro@example.kz');
    await page.getByRole('button', { name: 'Save referral body' }).click();
    const notice = page.getByTestId('referral-notice');
    await notice.getByText('Referral body saved: version 1').waitFor();
    expect(await problem.count()).toBe(0);

    // An edit of the saved body: a new version, and the id can no longer change.
    await page.getByLabel('Phone').fill('1414');
    await page.getByRole('button', { name: 'Save referral body' }).click();
    await notice.getByText('Referral body saved: version 2').waitFor();
    expect(await page.getByLabel('Body id').getAttribute('readonly')).not.toBeNull();

    // An operator looking for where to refer a caller finds the body by its competence within seconds.
    const operator = await createDesktopUser(session.env, '1414', 'operator', 'e2e-op-1414-ref');
    const desk = await open(operator);
    await desk.getByLabel('Search referral directory').fill(word);
    await desk
      .getByRole('radio', { name: 'Центр поддержки сельских предпринимателей' })
      .waitFor({ timeout: 20_000 });
  });

  it('an operator of 1414 cannot read 111 data, nor take 111 calls', async () => {
    const operator = await createDesktopUser(session.env, '1414', 'operator', 'e2e-op-1414');
    const config = DesktopConfigSchema.parse(
      await (await fetch(`${session.apiUrl}/agent/1414/config.json`)).json(),
    );
    const auth = await initiateAuth(config, operator.username, operator.password);
    const idToken = (auth.body['AuthenticationResult'] as { IdToken: string }).IdToken;
    const { credentials } = await credentialsFor(config, idToken);

    const own = await signedGet(`${session.apiUrl}/1414/whoami`, credentials!, config.region);
    const other = await signedGet(`${session.apiUrl}/111/whoami`, credentials!, config.region);
    const otherDesk = await signedGet(
      `${session.apiUrl}/_local/ccp/111/quick-connects`,
      credentials!,
      config.region,
    );

    expect(own.status).toBe(200);
    expect(other.status).toBe(403);
    expect(otherDesk.status).toBe(403);
  });

  it('the sign-in screen passes axe in Kazakh, Russian and English, and the choice is remembered', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${session.apiUrl}/agent/1414/`);
    for (const [option, signInLabel] of [
      ['ru', 'Войти'],
      ['kk', 'Кіру'],
      ['en', 'Sign in'],
    ] as const) {
      await page.getByRole('combobox').selectOption(option);
      await page.getByRole('button', { name: signInLabel }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.getByRole('combobox').selectOption('ru');
    await page.reload();
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await context.close();
  });
});
