import { pathToFileURL } from 'node:url';
import { buildIndex } from '../functions/knowledge-base/domain';
import { SEED_ARTICLES } from '../functions/knowledge-base/seed/articles';
import { KB_QUERIES, type KbQueryCase } from '../functions/knowledge-base/seed/queries';
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
  readonly latency: LatencySummary;
}

type Searcher = (queryCase: KbQueryCase) => unknown;

/** Builds one engine over the corpus and times its searches; the index is garbage once this returns. */
function runEngine(build: () => Searcher, options: Parameters<typeof measureLatency>[1]): EngineRun {
  const { value: search, ms } = timed(build);
  const latency = measureLatency(
    KB_QUERIES.map((queryCase) => () => search(queryCase)),
    options,
  );
  return { buildMs: ms, latency };
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

  const ours = runEngine(() => {
    const index = buildIndex({ articles: corpus, referrals: REFERRALS });
    return (c) => index.search(c.query, { hotline: c.hotline, limit: LIMIT });
  }, latencyOptions);
  const mini = runEngine(() => {
    const index = buildMiniSearch(corpus, REFERRALS);
    return (c) => index.search(c.query, { hotline: c.hotline, limit: LIMIT });
  }, latencyOptions);

  const oursOnSeed = buildIndex({ articles: SEED_ARTICLES, referrals: REFERRALS });
  const miniOnSeed = buildMiniSearch(SEED_ARTICLES, REFERRALS);
  const oursQuality = measureQuality(KB_QUERIES, (c) =>
    oursOnSeed.search(c.query, { hotline: c.hotline, limit: LIMIT }).map((result) => result.id),
  );
  const miniQuality = measureQuality(KB_QUERIES, (c) =>
    miniOnSeed.search(c.query, { hotline: c.hotline, limit: LIMIT }),
  );

  return {
    articles: corpus.length,
    referrals: REFERRALS.length,
    queries: KB_QUERIES.length,
    qoldau: {
      p50Ms: ours.latency.p50Ms,
      p99Ms: ours.latency.p99Ms,
      buildMs: ours.buildMs,
      hitRateTop3: round(oursQuality.hitRateTop3),
      mrr: round(oursQuality.mrr),
      samples: ours.latency.samples,
      snippets: true,
    },
    minisearch: {
      p50Ms: mini.latency.p50Ms,
      p99Ms: mini.latency.p99Ms,
      buildMs: mini.buildMs,
      hitRateTop3: round(miniQuality.hitRateTop3),
      mrr: round(miniQuality.mrr),
      samples: mini.latency.samples,
      snippets: false,
      options: MINISEARCH_OPTIONS,
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(runKbBenchmark()));
}
