import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { runCallCli } from '../../../scripts/call-cli';
import { runDesktopUser, totpCode } from './cognito-client';

export { launchChromium } from '../../../clients/chromium';

export interface DesktopUser {
  readonly username: string;
  readonly password: string;
  readonly url: string;
  readonly totpSecret?: string;
}

/** `npm run desktop-user -- --hotline H --role R --username U --json` against the test runtime. */
export async function createDesktopUser(
  env: Record<string, string>,
  hotline: '1414' | '111',
  role: 'operator' | 'supervisor' | 'kbEditor',
  username: string,
): Promise<DesktopUser> {
  const result = await runDesktopUser(
    ['--hotline', hotline, '--role', role, '--username', username, '--json'],
    env,
  );
  if (result.code !== 0) throw new Error(`desktop-user failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as DesktopUser;
}

/** Opens the desktop at 1366x768 in English and signs in (with the TOTP code on 111). */
export async function signIn(browser: Browser, user: DesktopUser, lang = 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(
    (chosen) =>
      (
        globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
      ).localStorage.setItem('qoldau.desktop.lang', chosen),
    lang,
  );
  const page = await context.newPage();
  await page.goto(user.url);
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (user.totpSecret) {
    await page.getByLabel('Authenticator code').fill(totpCode(user.totpSecret));
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

/** `npm run call -- --hotline H --input ... --desktop --json` in the background; resolves with its JSON. */
export async function placeDesktopCall(
  apiUrl: string,
  hotline: '1414' | '111',
  inputs: readonly string[],
  extra: readonly string[] = [],
): Promise<Record<string, unknown>> {
  const argv = [
    '--hotline',
    hotline,
    ...inputs.flatMap((input) => ['--input', input]),
    '--desktop',
    '--json',
    ...extra,
  ];
  const result = await runCallCli(argv, { QOLDAU_API_URL: apiUrl });
  if (result.code !== 0) throw new Error(`npm run call failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const require = createRequire(import.meta.url);

/** Injects axe-core into the page and answers its serious and critical violations. */
export async function seriousViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') rightly refuses inline tags.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      }));
  });
}
