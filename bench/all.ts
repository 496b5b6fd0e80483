import * as fs from 'node:fs';
import * as path from 'node:path';
import { kbGrowthSvg } from './chart';
import { runColdStartBenchmark } from './cold-start';
import { runCostModel } from './cost';
import { runDesktopBenchmark } from './desktop';
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
const statusLookups = await section('statusLookups', () => runStatusLookupBenchmark());
// 30 of the 94 seed queries: each is typed key by key in Chromium, so the whole set alone takes ~5 minutes.
const desktop = await section('desktop', () => runDesktopBenchmark({ queries: 30 }));
const cost = await section('cost', () => runCostModel());

const results = {
  at: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
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
