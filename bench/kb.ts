import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIndex, type SearchIndex } from '../functions/knowledge-base/domain';
import { readSnapshot, writeSnapshot } from '../functions/knowledge-base/domain/snapshot';
import { SEED_ARTICLES } from '../functions/knowledge-base/seed/articles';
import { KB_QUERIES, type KbQueryCase } from '../functions/knowledge-base/seed/queries';
import { KB_LATIN_QUERIES } from '../functions/knowledge-base/seed/queries-latin';
import { REFERRALS } from '../functions/knowledge-base/seed/referrals';
import { generateCorpus } from './lib/corpus';
import { buildMiniSearch, MINISEARCH_OPTIONS } from './lib/minisearch-engine';
import { measureQuality } from './lib/quality';
import { type LatencySummary, measureLatency, round } from './lib/stats';

/**
 * Knowledge-base search benchmark: our index against plain MiniSearch. Latency on a generated knowledge base
 * of `articles` articles (the seed articles plus generated ones) with the referral directory; quality (hit
 * rate in the top 3, MRR) on the seed articles with the project's query set. Each query runs with the
 * caller's hotline as filter, as the operator desk does, and returns 10 results (ours with snippets).
 * `latin` reports the same for the questions typed in Latin letters (Kazakh in the Latin alphabets, Russian
 * translit); the top-level figures stay those of the original query set, so they compare across versions.
 */

export interface KbBenchmarkOptions {
  readonly articles?: number;
  readonly rounds?: number;
  readonly budgetMs?: number;
}

const LIMIT = 10;

function timed<T>(build: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = build();
  return { value, ms: round(performance.now() - started, 1) };
}

interface EngineRun {
  readonly buildMs: number;
  /**
   * Memory the built index holds: JavaScript heap plus typed-array buffers, after a full GC when Node runs
   * with --expose-gc (else approximate). The article texts are not in it: the corpus holds them already and
   * both engines refer to those strings (ours for snippets; MiniSearch stores none).
   */
  readonly heapMb: number;
  readonly latency: LatencySummary;
  readonly latinLatency: LatencySummary | undefined;
}

type Searcher = (queryCase: KbQueryCase) => unknown;
type LatencyOptions = Parameters<typeof measureLatency>[1];

/**
 * Builds one engine over the corpus and times its searches (the Latin-script set too when asked); the index
 * is garbage once this returns.
 */
function runEngine(build: () => Searcher, options: LatencyOptions, latin: boolean): EngineRun {
  const heapBefore = memoryInUse();
  const { value: search, ms } = timed(build);
  const heapMb = round((memoryInUse() - heapBefore) / 1024 / 1024, 1);
  const timeQueries = (cases: readonly KbQueryCase[]) =>
    measureLatency(
      cases.map((queryCase) => () => search(queryCase)),
      options,
    );
  const latency = timeQueries(KB_QUERIES);
  return { buildMs: ms, heapMb, latency, latinLatency: latin ? timeQueries(KB_LATIN_QUERIES) : undefined };
}

/** JavaScript heap plus ArrayBuffers (typed arrays live outside the heap), after a full GC if exposed. */
function memoryInUse(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** The snapshot of the last corpus measured, so the cold-function benchmark loads what was measured here. */
let lastSnapshot: { articles: number; bytes: Uint8Array } | undefined;

export function snapshotOfLastRun(articles: number): Uint8Array | undefined {
  return lastSnapshot?.articles === articles ? lastSnapshot.bytes : undefined;
}

/**
 * The snapshot of the built index: bytes, time to write, and in-process loading from bytes (no S3): time
 * to load, time to the first answer after it, and the memory the loaded index holds with the snapshot's
 * bytes (texts included, as a cold function holds them).
 */
function measureSnapshot(index: SearchIndex) {
  const written = timed(() => writeSnapshot(index, 0, new Date()));
  const before = memoryInUse();
  const loaded = timed(() => readSnapshot(written.value).index);
  const first = timed(() => loaded.value.search('ЭЦП', { hotline: '1414', limit: LIMIT }));
  const loadedMb = round((memoryInUse() - before + written.value.byteLength) / 1024 / 1024, 1);
  return {
    bytes: written.value,
    summary: {
      mb: round(written.value.byteLength / 1024 / 1024, 1),
      writeMs: written.ms,
      loadMs: loaded.ms,
      firstAnswerFromBytesMs: round(loaded.ms + first.ms, 1),
      loadedMb,
    },
  };
}

export function runKbBenchmark(options: KbBenchmarkOptions = {}) {
  const articleCount = options.articles ?? 10_000;
  const latencyOptions = {
    warmupRounds: 3,
    rounds: options.rounds ?? 20,
    // Both engines answer the same number of queries: no time budget cuts one of them short.
    budgetMs: options.budgetMs ?? Number.POSITIVE_INFINITY,
  };
  const corpus = generateCorpus(SEED_ARTICLES, articleCount);

  let built: SearchIndex | undefined;
  const ours = runEngine(
    () => {
      const index = buildIndex({ articles: corpus, referrals: REFERRALS });
      built = index;
      return (c) => index.search(c.query, { hotline: c.hotline, limit: LIMIT });
    },
    latencyOptions,
    true,
  );
  lastSnapshot = undefined;
  const snapshot = measureSnapshot(built!);
  built = undefined;
  lastSnapshot = { articles: corpus.length, bytes: snapshot.bytes };
  const mini = runEngine(
    () => {
      const index = buildMiniSearch(corpus, REFERRALS);
      return (c) => index.search(c.query, { hotline: c.hotline, limit: LIMIT });
    },
    latencyOptions,
    false,
  );

  const oursOnSeed = buildIndex({ articles: SEED_ARTICLES, referrals: REFERRALS });
  const miniOnSeed = buildMiniSearch(SEED_ARTICLES, REFERRALS);
  const oursIds = (c: KbQueryCase) =>
    oursOnSeed.search(c.query, { hotline: c.hotline, limit: LIMIT }).map((result) => result.id);
  const miniIds = (c: KbQueryCase) => miniOnSeed.search(c.query, { hotline: c.hotline, limit: LIMIT });
  const oursQuality = measureQuality(KB_QUERIES, oursIds);
  const miniQuality = measureQuality(KB_QUERIES, miniIds);
  const oursLatin = measureQuality(KB_LATIN_QUERIES, oursIds);
  const miniLatin = measureQuality(KB_LATIN_QUERIES, miniIds);

  return {
    articles: corpus.length,
    referrals: REFERRALS.length,
    queries: KB_QUERIES.length,
    qoldau: {
      p50Ms: ours.latency.p50Ms,
      p99Ms: ours.latency.p99Ms,
      buildMs: ours.buildMs,
      heapMb: ours.heapMb,
      hitRateTop3: round(oursQuality.hitRateTop3),
      mrr: round(oursQuality.mrr),
      samples: ours.latency.samples,
      snippets: true,
      snapshot: snapshot.summary,
    },
    minisearch: {
      p50Ms: mini.latency.p50Ms,
      p99Ms: mini.latency.p99Ms,
      buildMs: mini.buildMs,
      heapMb: mini.heapMb,
      hitRateTop3: round(miniQuality.hitRateTop3),
      mrr: round(miniQuality.mrr),
      samples: mini.latency.samples,
      snippets: false,
      options: MINISEARCH_OPTIONS,
    },
    // Questions typed in Latin letters, on our engine (with plain MiniSearch's quality for comparison).
    latin: {
      queries: KB_LATIN_QUERIES.length,
      hitRateTop3: round(oursLatin.hitRateTop3),
      mrr: round(oursLatin.mrr),
      p50Ms: ours.latinLatency?.p50Ms,
      p99Ms: ours.latinLatency?.p99Ms,
      samples: ours.latinLatency?.samples,
      minisearch: { hitRateTop3: round(miniLatin.hitRateTop3), mrr: round(miniLatin.mrr) },
    },
  };
}

/** Every size as `npm run bench` reports it (`kb.sizes.<n>`), with the cold function's first answer. */
export async function runKbSizes(progress: (what: string) => void = () => {}) {
  const sizes: Record<string, unknown> = {};
  let quality: ReturnType<typeof runKbBenchmark> | undefined;
  for (const size of KB_SIZES) {
    progress(`kb ${size.articles}`);
    const run = runKbBenchmark({ articles: size.articles, rounds: size.rounds });
    quality ??= run;
    const cold = coldFunctionRun(size.articles, snapshotOfLastRun(size.articles)!);
    sizes[String(size.articles)] = {
      p50Ms: run.qoldau.p50Ms,
      p99Ms: run.qoldau.p99Ms,
      heapMb: run.qoldau.heapMb,
      buildMs: run.qoldau.buildMs,
      coldFirstAnswerMs: cold.coldSearchMs,
      coldIndex: cold.coldIndex,
      snapshot: run.qoldau.snapshot,
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
  return {
    hitRateTop3: quality?.qoldau.hitRateTop3,
    mrr: quality?.qoldau.mrr,
    minisearch: { hitRateTop3: quality?.minisearch.hitRateTop3, mrr: quality?.minisearch.mrr },
    latin: quality?.latin,
    sizes,
    notes: KB_NOTES,
  };
}

/**
 * The cold-function benchmark in a process of its own, so the read handler module is loaded fresh for each
 * size (in one process the second size would find the first one's warm index). The snapshot measured here
 * goes to it as a file.
 */
function coldFunctionRun(
  articles: number,
  snapshot: Uint8Array,
): { coldSearchMs: number; coldIndex: unknown } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-kb-snapshot-'));
  try {
    const file = path.join(dir, 'snapshot.bin');
    fs.writeFileSync(file, snapshot);
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'kb-lambda.ts'),
        String(articles),
        'snapshot',
        file,
        '1',
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return JSON.parse(output.trim().split('\n').at(-1)!) as { coldSearchMs: number; coldIndex: unknown };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes and rounds that keep `npm run bench` within its ten minutes on two cores. */
export const KB_SIZES = [
  { articles: 1_000, rounds: 10 },
  { articles: 10_000, rounds: 5 },
  { articles: 100_000, rounds: 1 },
] as const;

/** What the figures mean, printed with them. */
export const KB_NOTES = {
  heapMb:
    'JS heap + typed-array buffers the built index adds; the article texts are excluded (the corpus holds them; see snapshot.loadedMb for a loaded index with its texts)',
  coldFirstAnswerMs:
    'first invocation of the imported read handler: snapshot GET from the local S3 server, load, change-log catch-up (3 edits) from DynamoDB Local, search; module loading excluded',
  snapshot:
    'mb: snapshot size; writeMs: serialize; loadMs and firstAnswerFromBytesMs: in process from bytes, no S3; loadedMb: memory of the loaded index including the snapshot bytes',
} as const;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const kb = await runKbSizes((what) =>
    process.stderr.write(`bench:kb ${what} (${Math.round((Date.now() - started) / 1000)} s)\n`),
  );
  console.log(
    JSON.stringify({
      kb,
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
    }),
  );
}
