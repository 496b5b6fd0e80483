import type { Browser, Page } from 'playwright-core';
import { signedRequest } from '../../clients/signed-request';

/** A desktop user of the local runtime, as `POST /_local/desktop-users` answers. */
export interface LocalDesktopUser {
  readonly username: string;
  readonly password: string;
  readonly url: string;
}

interface Identity {
  readonly hotline: string;
  readonly role: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** Creates (or resets) a 1414 desktop user on the local runtime, signed by its local 1414 supervisor. */
export async function createLocalDesktopUser(
  runtimeUrl: string,
  identities: readonly Identity[],
  role: 'operator' | 'supervisor' | 'kbEditor',
  username: string,
): Promise<LocalDesktopUser> {
  const supervisor = identities.find(
    (identity) => identity.hotline === '1414' && identity.role === 'supervisor',
  )!;
  const response = await signedRequest({
    baseUrl: `${runtimeUrl}/_local/desktop-users`,
    region: 'eu-central-1',
    credentials: { accessKeyId: supervisor.accessKeyId, secretAccessKey: supervisor.secretAccessKey },
    method: 'POST',
    path: '',
    body: JSON.stringify({ hotline: '1414', role, username }),
  });
  return JSON.parse(response.text) as LocalDesktopUser;
}

/** Signs `who` in at 1366x768 with the interface in `lang`; the page once the signed-in header shows. */
export async function signInPage(browser: Browser, who: LocalDesktopUser, lang: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(`localStorage.setItem('qoldau.desktop.lang', ${JSON.stringify(lang)})`);
  const page = await context.newPage();
  await page.goto(who.url);
  await page.locator('input[name=username]').fill(who.username);
  await page.locator('input[name=password]').fill(who.password);
  await page.locator('button[type=submit]').click();
  await page.locator('header button.on-dark').waitFor();
  return page;
}
