import * as fs from 'node:fs';
import * as path from 'node:path';
import { kbGrowthSvg } from './chart';
import { runColdStartBenchmark } from './cold-start';
import { runCostModel } from './cost';
import { runDesktopBenchmark } from './desktop';
import { runEmailBenchmark } from './email';
import { runIvrBenchmark } from './ivr';
import { runKbSizes } from './kb';
import { runStatusLookupBenchmark } from './status-lookups';

/**
 * `npm run bench`: every benchmark, one after the other (they share two cores), each figure next to its
 * baseline from the same run. Prints one JSON object and writes it to `bench/results/latest.json`.
 * Sizes and rounds are chosen to finish within about ten minutes on a 2-core machine.
 */
const started = Date.now();
const progress = (what: string) =>
  process.stderr.write(`bench: ${what} (${Math.round((Date.now() - started) / 1000)} s)\n`);

progress('ivr');
const ivr = await runIvrBenchmark({ rounds: 1_000 });
progress('cold starts');
const coldStart = await runColdStartBenchmark();

// Knowledge base: every size, each with the cold function's first answer from the index snapshot.
const kb = await runKbSizes(progress);
progress('e-mail bursts');
const email = await runEmailBenchmark();
progress('status lookups');
const statusLookups = await runStatusLookupBenchmark();
progress('desktop');
// 30 of the 94 seed queries: each is typed key by key in Chromium, so the whole set alone takes ~5 minutes.
const desktop = await runDesktopBenchmark({ queries: 30 });
progress('cost');
const cost = await runCostModel();

const results = {
  at: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  ivr,
  coldStart,
  kb,
  email: { bursts: email.bursts, concurrency: email.concurrency },
  statusLookups,
  desktop,
  cost,
  seconds: Math.round((Date.now() - started) / 1000),
};
const file = path.join(import.meta.dirname, 'results', 'latest.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
// The growth curves in the docs are drawn from this run.
fs.writeFileSync(
  path.join(import.meta.dirname, '..', 'docs', 'images', 'bench-kb-growth.svg'),
  kbGrowthSvg(kb.sizes as Parameters<typeof kbGrowthSvg>[0]),
);
console.log(JSON.stringify(results));
