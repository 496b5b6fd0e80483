/** Value at quantile `q` (0..1) of `samples`, nearest-rank. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export interface LatencySummary {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly samples: number;
}

/**
 * Runs every query `warmupRounds` times unmeasured, then measured rounds until `rounds` are done or
 * `budgetMs` is spent (at least one), timing each call on its own.
 */
export function measureLatency(
  queries: readonly (() => unknown)[],
  options: { warmupRounds: number; rounds: number; budgetMs: number },
): LatencySummary {
  for (let round = 0; round < options.warmupRounds; round++) for (const run of queries) run();
  const samples: number[] = [];
  const started = performance.now();
  for (let round = 0; round < options.rounds; round++) {
    for (const run of queries) {
      const before = performance.now();
      run();
      samples.push(performance.now() - before);
    }
    if (performance.now() - started > options.budgetMs) break;
  }
  return {
    p50Ms: round(percentile(samples, 0.5), 4),
    p99Ms: round(percentile(samples, 0.99), 4),
    samples: samples.length,
  };
}
