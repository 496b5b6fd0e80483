import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { useTestRuntime } from '../runtime';
import { launchChromium } from './browser';
import { takeDeskLock } from './desk-lock';

export interface DesktopSession {
  readonly apiUrl: string;
  /** What the command-line tools need to reach the test runtime (`createDesktopUser`, `placeDesktopCall`). */
  readonly env: Record<string, string>;
  readonly browser: Browser;
}

/**
 * A browser file's setup, in one place: the test runtime, the desktop lock (the operators of a hotline share
 * its queues, so one browser file at a time makes operators available) and one Chromium, closed at the end.
 * Call at the top of the file; the session is filled in before the first test runs.
 */
export function useDesktopSession(): DesktopSession {
  const session = {} as { apiUrl: string; env: Record<string, string>; browser: Browser };
  let releaseDesk: (() => void) | undefined;
  beforeAll(async () => {
    const runtime = useTestRuntime();
    session.apiUrl = runtime.apiUrl;
    session.env = { QOLDAU_API_URL: runtime.apiUrl, QOLDAU_CREDENTIALS_FILE: runtime.credentialsFile };
    releaseDesk = await takeDeskLock(runtime.dataDir);
    session.browser = await launchChromium();
  }, 900_000);
  afterAll(async () => {
    await session.browser?.close();
    releaseDesk?.();
  });
  return session;
}
