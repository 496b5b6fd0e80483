// `npx tsx scripts/quality-screenshots.ts [--docs]`: the quality screens of the agent desktop at 1366x768
// (evaluation of a call, the scorecard, an operator's results, a practice call in progress and scored) in
// English, Russian and Kazakh, on a throw-away local runtime, into .local/screenshots (with --docs the English
// ones also into docs/images, for docs/quality.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../clients/chromium';
import { REPO_ROOT } from '../infra/constructs/core/qoldau-function';
import { startRuntime } from '../local/runtime';
import { runCallCli } from './call-cli';
import { createLocalDesktopUser, signInPage } from './lib/desktop-pages';

const LANGS = ['en', 'ru', 'kk'] as const;
const OUT = path.join(REPO_ROOT, '.local', 'screenshots');
const DOCS = path.join(REPO_ROOT, 'docs', 'images');
const docs = process.argv.includes('--docs');

const started = await startRuntime({ port: 0, inMemory: true, seed: true, schedules: false });
const browser = await launchChromium();
fs.mkdirSync(OUT, { recursive: true });
if (docs) fs.mkdirSync(DOCS, { recursive: true });

const user = (role: 'operator' | 'supervisor', username: string) =>
  createLocalDesktopUser(started.url, started.context.credentials.identities, role, username);
const signIn = signInPage;

async function shoot(page: Page, name: string, lang: string) {
  const file = path.join(OUT, `quality-${name}-${lang}.png`);
  await page.screenshot({ path: file });
  if (docs && lang === 'en') fs.copyFileSync(file, path.join(DOCS, `quality-${name}.png`));
  console.log(file);
}

const tab = (page: Page, index: number) => page.locator('[role=tab]').nth(index).click();

/**
 * One call answered by the operator (an English page), rated with the last input by the caller; with
 * `appeal`, the operator registers the caller's appeal during the call (the scorecard's appeals column).
 */
async function answeredCall(page: Page, inputs: string[], appeal?: string) {
  const available = page.getByRole('button', { name: 'Go available' });
  if ((await available.count()) > 0) await available.click();
  const call = runCallCli(
    ['--hotline', '1414', ...inputs.flatMap((input) => ['--input', input]), '--desktop', '--json'],
    { QOLDAU_API_URL: started.url },
  );
  await page.getByRole('button', { name: 'Accept' }).click({ timeout: 30_000 });
  if (appeal) {
    await page.getByLabel('Summary of the appeal').fill(appeal);
    await page.getByRole('button', { name: 'Register appeal' }).click();
    await page.getByTestId('registration-number').waitFor();
  }
  await page.getByRole('button', { name: 'Hang up' }).click();
  await call;
  await page.getByRole('button', { name: 'Done: ready for the next call' }).click();
}

try {
  const run = Date.now().toString(36).slice(-4);
  const operator = await user('operator', `aigerim.s${run}`);
  const second = await user('operator', `dias.b${run}`);
  const supervisor = await user('supervisor', `marat.k${run}`);
  const opPage = await signIn(browser, operator, 'en');
  await answeredCall(opPage, ['2', '1', '2'], 'Не приходит SMS-код для входа на eGov');
  await answeredCall(opPage, ['2', '2', '5'], 'Не удаётся подписать заявление ЭЦП');
  // The second operator's call must not ring the first.
  await opPage.getByRole('button', { name: 'Go offline' }).click();
  const secondPage = await signIn(browser, second, 'en');
  await answeredCall(secondPage, ['1', '1', '4'], 'eGov-та анықтама алу мүмкін емес');

  for (const lang of LANGS) {
    const page = await signIn(browser, supervisor, lang);
    await tab(page, 1);
    await page.getByTestId('quality-calls').waitFor();
    await page.getByTestId('quality-calls').locator('tbody tr').first().locator('button').click();
    await page.locator('.evaluation .recording button').click();
    await page.getByTestId('recording').waitFor();
    if (lang === 'en') {
      const answers: Array<[RegExp, string]> = [
        [/Greeted/, 'Yes'],
        [/correct information/, 'Yes'],
        [/Explained clearly/, '4'],
        [/competent body/, 'N/A'],
        [/before transferring/, 'N/A'],
        [/Registered the appeal/, 'No'],
        [/Courtesy/, '5'],
      ];
      for (const [question, label] of answers)
        await page.getByRole('radiogroup', { name: question }).getByLabel(label, { exact: true }).check();
      await page
        .getByLabel('Comment for the operator')
        .fill('Clear answer. Register the appeal and read out its number.');
      await page.getByRole('button', { name: 'Save evaluation' }).click();
      await page.getByTestId('evaluation-score').waitFor();
    }
    await shoot(page, 'evaluate', lang);
    await page.context().close();
  }
  for (const lang of LANGS) {
    const page = await signIn(browser, operator, lang);
    await tab(page, 2);
    await page.getByTestId('practice-scenario').or(page.locator('.practice select')).first().waitFor();
    await page.locator('.practice select').selectOption('1414-eds-revoke-ru');
    // The practice call goes through the flows and rings this trainee in the CCP stand-in.
    await page.locator('.practice button.primary').first().click();
    const call = page.getByTestId('practice-call');
    await call.locator('button.primary').click({ timeout: 30_000 });
    await page.getByTestId('practice-caller-lines').waitFor();
    const search = page.locator('.practice-work input[type=search]');
    await search.first().fill('утерян ключ ЭЦП отзыв');
    await page.locator('#panel-practice #kb-results button', { hasText: 'Утерян ключ ЭЦП' }).first().click();
    await page.getByTestId('practice-opened').getByText('1414-eds-revoke-ru').waitFor();
    await search.nth(1).fill('удостоверяющий центр');
    await page.getByTestId('practice-bodies').getByRole('button').first().click();
    await shoot(page, 'practice-call', lang);
    await call.locator('button.danger').click();
    await page.getByTestId('practice-result').waitFor();
    await shoot(page, 'practice', lang);
    // Done: after-call work over, so the next language's practice call may ring.
    await call.locator('button.primary').click();
    await call.waitFor({ state: 'detached' });
    await tab(page, 1);
    await page.getByTestId('my-evaluations').locator('li').first().waitFor();
    await shoot(page, 'my-results', lang);
    await page.context().close();
  }
  for (const lang of LANGS) {
    const page = await signIn(browser, supervisor, lang);
    await tab(page, 2);
    await page.getByTestId('scorecard').waitFor();
    await page.locator('.scorecard .chart canvas').first().waitFor();
    await shoot(page, 'scorecard', lang);
    await page.context().close();
  }
} finally {
  await browser.close();
  await started.stop();
}
