// `npx tsx scripts/desktop-screenshots.ts [--docs]`: the operator, supervisor and editor screens of the agent
// desktop at 1366x768 in Kazakh, Russian and English, on a throw-away local runtime (or the one at
// QOLDAU_API_URL, with its QOLDAU_CREDENTIALS_FILE), into .local/screenshots (with --docs the English ones
// also into docs/images, for docs/desktop.md).
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

const existing = process.env['QOLDAU_API_URL'];
const started = existing
  ? undefined
  : await startRuntime({ port: 0, inMemory: true, seed: true, schedules: false });
const runtimeUrl = existing ?? started!.url;
const identities = (
  started?.context.credentials ??
  (JSON.parse(
    fs.readFileSync(process.env['QOLDAU_CREDENTIALS_FILE'] ?? '.local/credentials.json', 'utf8'),
  ) as {
    identities: Array<{ hotline: string; role: string; accessKeyId: string; secretAccessKey: string }>;
  })
).identities;
const browser = await launchChromium();
fs.mkdirSync(OUT, { recursive: true });
if (docs) fs.mkdirSync(DOCS, { recursive: true });

const user = (role: 'operator' | 'supervisor' | 'kbEditor', username: string) =>
  createLocalDesktopUser(runtimeUrl, identities, role, username);
const signIn = signInPage;

async function shoot(page: Page, name: string, lang: string) {
  const file = path.join(OUT, `${name}-${lang}.png`);
  await page.screenshot({ path: file });
  if (docs && lang === 'en') fs.copyFileSync(file, path.join(DOCS, `desktop-${name}.png`));
  console.log(file);
}

/** One part of the screen (e.g. the staffing heat map, below the fold at 1366x768). */
async function shootPart(page: Page, selector: string, name: string, lang: string) {
  const file = path.join(OUT, `${name}-${lang}.png`);
  await page.locator(selector).screenshot({ path: file });
  if (docs && lang === 'en') fs.copyFileSync(file, path.join(DOCS, `desktop-${name}.png`));
  console.log(file);
}

try {
  // Fresh names each run: the CCP stand-in remembers an operator's state and open contact, as a CCP does.
  const run = Date.now().toString(36).slice(-4);
  const operator = await user('operator', `aigerim.s${run}`);
  const supervisor = await user('supervisor', `marat.k${run}`);
  const editor = await user('kbEditor', `dana.e${run}`);
  for (const lang of LANGS) {
    const page = await signIn(browser, operator, lang);
    await page.locator('.call button.primary').click();
    const call = runCallCli(
      ['--hotline', '1414', '--input', '2', '--input', '2', '--input', '5', '--desktop', '--json'],
      {
        QOLDAU_API_URL: runtimeUrl,
      },
    );
    await page.locator('.call .actions button.primary').click({ timeout: 30_000 });
    await page.locator('.call .actions button.danger').waitFor();
    await page.locator('.kb input[type=search]').fill('ЭЦП');
    await page.locator('#kb-results button').first().click();
    await page.getByTestId('kb-answer').waitFor();
    await page.locator('.register textarea').fill('Не может продлить ЭЦП: срок ключей истёк');
    await page.locator('.register form button.primary').click();
    await page.getByTestId('registration-number').waitFor();
    await shoot(page, 'operator', lang);
    await page.locator('.call .actions button.danger').click();
    await call;
    await page.getByTestId('rating').getByText('5 / 5').waitFor({ timeout: 15_000 });
    await shoot(page, 'operator-after-call', lang);
    await page.locator('.after-call button.primary').click();
    await page.locator('.call button').first().click();
    await page.context().close();

    const sup = await signIn(browser, supervisor, lang);
    await sup.getByTestId('backlog').locator('tbody tr').first().waitFor();
    await sup.locator('.chart canvas').waitFor();
    await sup.getByTestId('staffing-heatmap').waitFor();
    await shoot(sup, 'supervisor', lang);
    await shootPart(sup, '.staffing', 'supervisor-staffing', lang);
    await sup.context().close();

    const ed = await signIn(browser, editor, lang);
    await ed.locator('.editor input[type=search]').first().fill('ЭЦП');
    await ed.locator('.editor .results button').first().click();
    await ed.getByTestId('preview').waitFor();
    await ed.getByTestId('versions').waitFor();
    await shoot(ed, 'editor', lang);
    // The referral directory below the articles: a body opened for editing.
    await ed.locator('.referral-find input[type=search]').fill('полиция');
    await ed.locator('.referral-find .results button').first().click();
    await ed.locator('.referral-form').waitFor();
    await ed.locator('.referral-editor h2').evaluate((heading) => heading.scrollIntoView());
    await shoot(ed, 'editor-referrals', lang);
    await ed.context().close();
  }
} finally {
  await browser.close();
  await started?.stop();
}
