import type { KbQueryCase } from '../../functions/knowledge-base/seed/queries';

export interface Quality {
  readonly hitRateTop3: number;
  readonly mrr: number;
}

/** Hit rate in the top 3 and mean reciprocal rank (of the first expected id in the top 10). */
export function measureQuality(
  cases: readonly KbQueryCase[],
  rankedIds: (queryCase: KbQueryCase) => readonly string[],
): Quality {
  let hits = 0;
  let reciprocalRanks = 0;
  for (const queryCase of cases) {
    const rank = rankedIds(queryCase)
      .slice(0, 10)
      .findIndex((id) => queryCase.expected.includes(id));
    if (rank >= 0 && rank < 3) hits++;
    if (rank >= 0) reciprocalRanks += 1 / (rank + 1);
  }
  return { hitRateTop3: hits / cases.length, mrr: reciprocalRanks / cases.length };
}
