import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/lib/corpus';
import { Prng } from '../../../bench/lib/prng';
import { SEED_ARTICLES } from '../seed/articles';
import { KB_QUERIES } from '../seed/queries';
import { KB_LATIN_QUERIES } from '../seed/queries-latin';
import { REFERRALS } from '../seed/referrals';
import type { RankingWork } from './max-score';
import { buildIndex, type RankOptions, type SearchIndex } from './search-index';

/** Questions of the query sets plus words drawn from the generated articles themselves, 1 to 6 at a time. */
function questions(corpus: readonly { body: string }[]): string[] {
  const random = new Prng(7);
  const drawn = Array.from({ length: 150 }, () => {
    const words = random.pick(corpus).body.match(/[\p{L}\p{N}]+/gu) ?? [];
    return Array.from({ length: 1 + random.int(6) }, () => random.pick(words)).join(' ');
  });
  return [
    ...KB_QUERIES.map((query) => query.query),
    ...KB_LATIN_QUERIES.map((query) => query.query),
    ...drawn,
  ];
}

const OPTIONS: RankOptions[] = [
  { limit: 10, hotline: '1414' },
  { limit: 10, hotline: '111' },
  { limit: 1 },
  { limit: 3, lang: 'kk' },
  { limit: 50, kinds: ['referral'] },
];

function expectSameTopK(index: SearchIndex, texts: readonly string[]) {
  const work = { pruned: { scanned: 0, probed: 0 }, exhaustive: { scanned: 0, probed: 0 } };
  for (const text of texts) {
    for (const options of OPTIONS) {
      const pruned = index.rank(text, { ...options, work: work.pruned });
      const exhaustive = index.rank(text, { ...options, prune: false, work: work.exhaustive });
      expect(pruned, `${text} ${JSON.stringify(options)}`).toEqual(exhaustive);
    }
  }
  return work;
}

const total = (work: RankingWork) => work.scanned + work.probed;

// Building and ranking thousands of questions takes seconds on a busy machine.
describe('top-k retrieval that skips postings (MaxScore)', { timeout: 180_000 }, () => {
  const corpus = generateCorpus(SEED_ARTICLES, 3000);
  const texts = questions(corpus);

  it('returns exactly the documents and scores of scoring every document, reading fewer postings', () => {
    const index = buildIndex({ articles: corpus, referrals: REFERRALS });

    const work = expectSameTopK(index, texts);

    expect(work.exhaustive.probed).toBe(0);
    expect(total(work.pruned)).toBeLessThan(total(work.exhaustive) * 0.8);
  });

  it('stays exact on an index with edits not yet sealed in: added postings and removed documents', () => {
    const index = buildIndex({ articles: corpus, referrals: REFERRALS });
    const random = new Prng(11);
    for (let edit = 0; edit < 300; edit++) {
      const article = random.pick(corpus);
      if (edit % 3 === 0) index.remove(article.id);
      else index.upsert({ ...article, body: `${article.body} ${random.pick(corpus).title}` });
    }

    expectSameTopK(index, texts.slice(0, 200));
  });
});
