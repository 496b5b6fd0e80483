import * as fs from 'node:fs';
import * as path from 'node:path';
import { kbGrowthSvg } from './chart';
import { runColdStartBenchmark } from './cold-start';
import { runCostModel } from './cost';
import { runEmailBenchmark } from './email';
import { runIvrBenchmark } from './ivr';
import { runKbBenchmark } from './kb';
import { runKbLambdaBenchmark } from './kb-lambda';
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

const KB_SIZES = [
  { articles: 1_000, rounds: 10, cold: true },
  { articles: 10_000, rounds: 5, cold: true },
  // Loading 100,000 articles into DynamoDB Local for a cold function takes longer than the whole budget.
  { articles: 100_000, rounds: 1, cold: false },
] as const;
const sizes: Record<string, unknown> = {};
let quality: ReturnType<typeof runKbBenchmark> | undefined;
for (const size of KB_SIZES) {
  progress(`kb ${size.articles}`);
  const run = runKbBenchmark({ articles: size.articles, rounds: size.rounds });
  quality ??= run;
  const cold = size.cold ? await runKbLambdaBenchmark({ articles: size.articles, rounds: 1 }) : undefined;
  sizes[String(size.articles)] = {
    p50Ms: run.qoldau.p50Ms,
    p99Ms: run.qoldau.p99Ms,
    heapMb: run.qoldau.heapMb,
    buildMs: run.qoldau.buildMs,
    coldFirstAnswerMs: cold?.coldSearchMs ?? null,
    samples: run.qoldau.samples,
    minisearch: {
      p50Ms: run.minisearch.p50Ms,
      p99Ms: run.minisearch.p99Ms,
      heapMb: run.minisearch.heapMb,
      buildMs: run.minisearch.buildMs,
      samples: run.minisearch.samples,
      options: run.minisearch.options,
    },
  };
}
progress('e-mail bursts');
const email = await runEmailBenchmark();
progress('status lookups');
const statusLookups = await runStatusLookupBenchmark();
progress('cost');
const cost = await runCostModel();

const results = {
  at: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  ivr,
  coldStart,
  kb: {
    hitRateTop3: quality?.qoldau.hitRateTop3,
    mrr: quality?.qoldau.mrr,
    minisearch: { hitRateTop3: quality?.minisearch.hitRateTop3, mrr: quality?.minisearch.mrr },
    latin: quality?.latin,
    sizes,
  },
  email: { bursts: email.bursts, concurrency: email.concurrency },
  statusLookups,
  cost,
  seconds: Math.round((Date.now() - started) / 1000),
};
const file = path.join(import.meta.dirname, 'results', 'latest.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
// The growth curves in the docs are drawn from this run.
fs.writeFileSync(
  path.join(import.meta.dirname, '..', 'docs', 'images', 'bench-kb-growth.svg'),
  kbGrowthSvg(sizes as Parameters<typeof kbGrowthSvg>[0]),
);
console.log(JSON.stringify(results));
