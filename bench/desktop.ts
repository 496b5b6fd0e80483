// `npm run bench:desktop [-- --queries N] [--rounds N]`: the agent desktop's operator screen in Debian's
// Chromium against a local runtime. Prints one JSON object:
// - `firstLoad`: gzipped JavaScript the operator screen loads before it can work, amazon-connect-streams
//   apart (its own chunk, loaded only by the deployed CCP): as the build's static import graph says, and as
//   the browser actually fetched up to the operator's search box (goal < 250 KB);
// - `search`: time from the operator's last keystroke to the results of the whole query painted (goal p95
//   <= 150 ms), one sample per query, typed key by key as a quick typist does.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../clients/chromium';
import { signedRequest } from '../clients/signed-request';
import { buildDesktop } from '../desktop/build';
import { KB_QUERIES } from '../functions/knowledge-base/seed/queries';
import { type Runtime, startRuntime } from '../local/runtime';
import { percentile, round } from './lib/stats';

// The runtime's SDK clients run in this process; the SDK's Node 20 notice concerns the deployed Node 24 code.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

/** The bars. */
const TARGET_P95_MS = 150;
const TARGET_FIRST_LOAD_GZIP_BYTES = 250 * 1024;
/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY_MS = 60;
/** Queries typed before measuring: the search function builds its index on the first. */
const WARMUP_QUERIES = 5;
/** A query whose results never show within this long counts as a timeout, not a sample. */
const QUERY_TIMEOUT_MS = 5000;
const STREAMS = /connect-streams/;

const gzipBytes = (bytes: Buffer) => zlib.gzipSync(bytes).length;

/** What the build's static import graph loads first (the figure `desktop/build.test.ts` holds under 250 KB). */
async function builtFirstLoad() {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-bench-desktop-'));
  try {
    const build = await buildDesktop(outdir);
    const files = build.firstLoad.filter((file) => file.endsWith('.js') && !STREAMS.test(file));
    return {
      files: files.length,
      gzipBytes: files.reduce((sum, file) => sum + gzipBytes(fs.readFileSync(path.join(outdir, file))), 0),
      streamsChunkGzipBytes: Object.keys(build.files)
        .filter((file) => STREAMS.test(file) && file.endsWith('.js'))
        .reduce((sum, file) => sum + gzipBytes(fs.readFileSync(path.join(outdir, file))), 0),
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

// Runs in the page: stamps each input event, and once the list answers the whole query (its `data-query`),
// waits for the next frame (the results painted) and records the time since the last keystroke.
const INSTRUMENT = `(() => {
  const box = document.querySelector('.kb input[type=search]');
  const list = document.getElementById('kb-results');
  const b = (window.__bench = { target: '', pending: false, last: 0, samples: [] });
  box.addEventListener('input', () => { b.last = performance.now(); });
  new MutationObserver(() => {
    if (!b.pending || list.dataset.query !== b.target) return;
    b.pending = false;
    const last = b.last;
    requestAnimationFrame(() => b.samples.push(performance.now() - last));
  }).observe(list, { attributes: true, childList: true, subtree: true });
})()`;

/**
 * What the predicates below read in the page. They are passed as functions (the page's CSP refuses eval'd
 * strings) and serialized on their own, so each refers only to the page's globals, through this type.
 */
interface PageGlobals {
  __bench: { samples: number[]; count: number };
  document: { querySelectorAll(selector: string): { length: number } };
}

/**
 * Types each query into the operator's search box, a key every `keyDelayMs`; answers the samples (ms) and
 * the queries that timed out.
 */
async function typeQueries(page: Page, queries: readonly string[], keyDelayMs = KEY_DELAY_MS) {
  const box = page.locator('.kb input[type=search]');
  let timeouts = 0;
  for (const query of queries) {
    await box.fill('');
    // The list empties below two characters: only then can the next answer be this query's, not the last one's.
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).document.querySelectorAll('#kb-results li').length === 0,
    );
    await page.evaluate(
      `window.__bench.target = ${JSON.stringify(query)}; window.__bench.pending = true; window.__bench.count = window.__bench.samples.length`,
    );
    await box.pressSequentially(query, { delay: keyDelayMs });
    const answered = await page
      .waitForFunction(
        () => {
          const state = (globalThis as unknown as PageGlobals).__bench;
          return state.samples.length > state.count;
        },
        undefined,
        {
          timeout: QUERY_TIMEOUT_MS,
        },
      )
      .then(
        () => true,
        () => false,
      );
    if (!answered) {
      timeouts += 1;
      await page.evaluate('window.__bench.pending = false');
    }
  }
  return { samples: (await page.evaluate('window.__bench.samples.slice()')) as number[], timeouts };
}

export interface DesktopBenchmarkOptions {
  readonly queries?: number;
  readonly rounds?: number;
  /**
   * A runtime started with the seed content and without schedules, shared with other benchmarks (left
   * running); by default one of its own.
   */
  readonly runtime?: Runtime;
}

/** What the desktop benchmark needs of a runtime: the seeded knowledge base, no minute sweep in between. */
export const DESKTOP_RUNTIME_OPTIONS = { seed: true, schedules: false } as const;

export async function runDesktopBenchmark(options: DesktopBenchmarkOptions = {}) {
  const built = await builtFirstLoad();
  const runtime =
    options.runtime ??
    (await startRuntime({
      port: 0,
      inMemory: true,
      ...DESKTOP_RUNTIME_OPTIONS,
      // Not the developer's `.local/credentials.json`: this runtime's identities are gone when it stops.
      credentialsFile: path.join(os.tmpdir(), `qoldau-bench-${randomUUID()}.json`),
    }));
  const browser = await launchChromium();
  try {
    const region = runtime.context.stacks.get('1414')!.model.config.env.region;
    const supervisor = runtime.context.credentials.identities.find(
      (identity) => identity.hotline === '1414' && identity.role === 'supervisor',
    )!;
    const created = await signedRequest({
      baseUrl: `${runtime.url}/_local/desktop-users`,
      region,
      credentials: { accessKeyId: supervisor.accessKeyId, secretAccessKey: supervisor.secretAccessKey },
      method: 'POST',
      path: '',
      body: JSON.stringify({ hotline: '1414', role: 'operator', username: 'bench-operator' }),
    });
    const user = JSON.parse(created.text) as { username: string; password: string; url: string };
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(`localStorage.setItem('qoldau.desktop.lang', 'en')`);
    const page = await context.newPage();

    // Every script the browser fetches until the operator screen can search: the first load as it happens.
    const scripts = new Map<string, number>();
    page.on('response', (response) => {
      const url = response.url();
      if (!/\.m?js(\?|$)/.test(url) || STREAMS.test(url) || response.status() !== 200) return;
      void response.body().then(
        (body) => scripts.set(url, gzipBytes(body)),
        () => undefined,
      );
    });
    await page.goto(user.url);
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const box = page.getByRole('searchbox', { name: 'Search knowledge base' });
    await box.waitFor({ timeout: 60_000 });
    // The screen polls its live figures, so the network is never idle: the first load is over once no new
    // script has arrived for two seconds.
    await page.waitForLoadState('load');
    for (let seen = -1; seen !== scripts.size; ) {
      seen = scripts.size;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    const loaded = new Map(scripts);

    await page.evaluate(INSTRUMENT);
    const all = KB_QUERIES.filter((query) => query.hotline === '1414').map((query) => query.query.trim());
    const chosen = all.slice(0, options.queries ?? all.length);
    const rounds = options.rounds ?? 1;
    // The warm-up's samples are dropped: its keys go in without the typist's pauses, which only cost time.
    await typeQueries(page, all.slice(0, WARMUP_QUERIES), 0);
    await page.evaluate('window.__bench.samples = []');
    const { samples, timeouts } = await typeQueries(
      page,
      Array.from({ length: rounds }, () => chosen).flat(),
    );
    const loadedBytes = [...loaded.values()].reduce((sum, bytes) => sum + bytes, 0);
    const p95 = percentile(samples, 0.95);
    return {
      browser: 'chromium (Debian), 1366x768',
      firstLoad: {
        builtGzipBytes: built.gzipBytes,
        builtFiles: built.files,
        operatorScreenGzipBytes: loadedBytes,
        operatorScreenFiles: loaded.size,
        connectStreamsChunkGzipBytes: built.streamsChunkGzipBytes,
        targetGzipBytes: TARGET_FIRST_LOAD_GZIP_BYTES,
        withinTarget: Math.max(built.gzipBytes, loadedBytes) < TARGET_FIRST_LOAD_GZIP_BYTES,
      },
      search: {
        queries: chosen.length,
        rounds,
        keyDelayMs: KEY_DELAY_MS,
        samples: samples.length,
        timeouts,
        p50Ms: round(percentile(samples, 0.5), 1),
        p95Ms: round(p95, 1),
        maxMs: round(Math.max(...samples), 1),
        targetP95Ms: TARGET_P95_MS,
        withinTarget: timeouts === 0 && p95 <= TARGET_P95_MS,
      },
      machine: { cpus: os.cpus().length, loadAverage1m: round(os.loadavg()[0] ?? 0, 1) },
    };
  } finally {
    await browser.close();
    if (!options.runtime) await runtime.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { queries: { type: 'string' }, rounds: { type: 'string' } },
  });
  const count = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) {
      console.error(`--${name} must be a whole number of 1 or more, got ${JSON.stringify(value)}`);
      process.exit(2);
    }
    return parsed;
  };
  const queries = count('queries', values.queries);
  const rounds = count('rounds', values.rounds);
  console.log(
    JSON.stringify(
      await runDesktopBenchmark({
        ...(queries === undefined ? {} : { queries }),
        ...(rounds === undefined ? {} : { rounds }),
      }),
    ),
  );
}
