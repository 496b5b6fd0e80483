import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startRuntime } from '../local/runtime';
import { kbGrowthSvg } from './chart';
import { runColdStartBenchmark } from './cold-start';
import { runCostModel } from './cost';
import { DESKTOP_RUNTIME_OPTIONS, runDesktopBenchmark } from './desktop';
import { runEmailBenchmark } from './email';
import { runIvrBenchmark } from './ivr';
import { runKbSizes } from './kb';
import { SectionClock } from './lib/sections';
import { runStatusLookupBenchmark } from './status-lookups';

/**
 * `npm run bench`: every benchmark, one after the other (they share two cores), each figure next to its
 * baseline from the same run. Prints one JSON object and writes it to `bench/results/latest.json`.
 * Sizes and rounds are chosen to finish within about ten minutes on a 2-core machine.
 */
const clock = new SectionClock((line) => process.stderr.write(`${line}\n`));
const section = clock.section.bind(clock);

const ivr = await section('ivr', () => runIvrBenchmark({ rounds: 1_000 }));
const coldStart = await section('coldStart', () => runColdStartBenchmark());
// Knowledge base: every size, each with the cold function's first answer from the index snapshot.
const kb = await section('kb', () => runKbSizes((what) => clock.progress(what)));
const email = await section('email', () => runEmailBenchmark());
// The desktop and the status lookups share one runtime (one start fewer): the desktop first, on the fresh
// seeded runtime; then the lookups, which register their own appeals, once the browser has closed.
const shared = await section('sharedRuntime', () =>
  startRuntime({
    port: 0,
    inMemory: true,
    ...DESKTOP_RUNTIME_OPTIONS,
    credentialsFile: path.join(os.tmpdir(), `qoldau-bench-${randomUUID()}.json`),
    echoFunctionLogs: false,
  }),
);
const runtime = 'error' in shared ? undefined : shared;
// 30 of the 94 seed queries: each is typed key by key in Chromium, so the whole set alone takes ~5 minutes.
const desktop = await section('desktop', () =>
  runDesktopBenchmark({ queries: 30, ...(runtime ? { runtime } : {}) }),
);
const statusLookups = await section('statusLookups', () => runStatusLookupBenchmark(undefined, runtime));
await runtime?.stop();
const cost = await section('cost', () => runCostModel());

const results = {
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  ivr,
  coldStart,
  kb,
  email,
  statusLookups,
  desktop,
  cost,
  seconds: Math.round(clock.elapsedSeconds()),
  meta: clock.summary(),
};
const file = path.join(import.meta.dirname, 'results', 'latest.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
// The growth curves in the docs are drawn from this run.
if ('sizes' in kb)
  fs.writeFileSync(
    path.join(import.meta.dirname, '..', 'docs', 'images', 'bench-kb-growth.svg'),
    kbGrowthSvg(kb.sizes as Parameters<typeof kbGrowthSvg>[0]),
  );
console.log(JSON.stringify(results));
// Everything is written: a client's kept-alive connection or a runtime's leftover timer must not hold the
// process open after the report (it did, once a section had failed).
process.exit(0);
