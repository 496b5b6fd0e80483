import { pathToFileURL } from 'node:url';
import { buildIndex } from '../functions/knowledge-base/domain';
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
  /** Heap the built index holds (after a full GC when Node runs with --expose-gc, else approximate). */
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
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const { value: search, ms } = timed(build);
  gc?.();
  const heapMb = round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024, 1);
  const timeQueries = (cases: readonly KbQueryCase[]) =>
    measureLatency(
      cases.map((queryCase) => () => search(queryCase)),
      options,
    );
  const latency = timeQueries(KB_QUERIES);
  return { buildMs: ms, heapMb, latency, latinLatency: latin ? timeQueries(KB_LATIN_QUERIES) : undefined };
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

  const ours = runEngine(
    () => {
      const index = buildIndex({ articles: corpus, referrals: REFERRALS });
      return (c) => index.search(c.query, { hotline: c.hotline, limit: LIMIT });
    },
    latencyOptions,
    true,
  );
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

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(runKbBenchmark()));
}
