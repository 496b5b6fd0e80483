import { describe, expect, it } from 'vitest';
import type { Language } from '../../../contracts/hotlines';
import { SEED_ARTICLES } from '../seed/articles';
import { KB_QUERIES, type KbQueryCase } from '../seed/queries';
import { KB_LATIN_QUERIES } from '../seed/queries-latin';
import { REFERRALS } from '../seed/referrals';
import { buildIndex } from './search-index';
import type { SearchOptions } from './types';

const index = buildIndex({ articles: SEED_ARTICLES, referrals: REFERRALS });

function hitRateTop3(
  cases: readonly KbQueryCase[],
  options: (queryCase: KbQueryCase) => SearchOptions,
): number {
  const hits = cases.filter((queryCase) =>
    index
      .search(queryCase.query, { ...options(queryCase), limit: 3 })
      .some((result) => queryCase.expected.includes(result.id)),
  );
  return hits.length / cases.length;
}

describe('search quality on the seed knowledge base', () => {
  it('the query set is large and covers every language and both hotlines', () => {
    expect(KB_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(KB_QUERIES.map((queryCase) => queryCase.lang))).toEqual(new Set(['kk', 'ru', 'en']));
    expect(new Set(KB_QUERIES.map((queryCase) => queryCase.hotline))).toEqual(new Set(['1414', '111']));
  });

  it('every expected id names a seed article or referral body', () => {
    const known = new Set([...SEED_ARTICLES, ...REFERRALS].map((item) => item.id));

    const unknown = KB_QUERIES.flatMap((queryCase) => queryCase.expected).filter((id) => !known.has(id));

    expect(unknown).toEqual([]);
  });

  it('an operator filtering by hotline finds the answer in the top 3 for at least 90% of questions', () => {
    expect(hitRateTop3(KB_QUERIES, (queryCase) => ({ hotline: queryCase.hotline }))).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  it.each(['kk', 'ru', 'en'] as const)(
    'questions in %s reach the same 90% on their own',
    (lang: Language) => {
      const cases = KB_QUERIES.filter((queryCase) => queryCase.lang === lang);

      expect(hitRateTop3(cases, (queryCase) => ({ hotline: queryCase.hotline }))).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('filtering by the caller’s language as well keeps the hit rate', () => {
    const rate = hitRateTop3(KB_QUERIES, (queryCase) => ({
      hotline: queryCase.hotline,
      lang: queryCase.lang,
    }));

    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('without any filter the answer is still in the top 3 for most questions', () => {
    expect(hitRateTop3(KB_QUERIES, () => ({}))).toBeGreaterThanOrEqual(0.85);
  });
});

describe('search quality for questions typed in Latin letters', () => {
  it('every Kazakh and Russian article family of both hotlines has Latin-script questions', () => {
    const families = new Set(
      SEED_ARTICLES.filter((article) => article.lang !== 'en').map((article) => article.id),
    );

    const asked = new Set(KB_LATIN_QUERIES.flatMap((queryCase) => queryCase.expected));

    expect([...families].filter((id) => !asked.has(id))).toEqual([]);
  });

  it('every expected id names a seed article or referral body', () => {
    const known = new Set([...SEED_ARTICLES, ...REFERRALS].map((item) => item.id));

    expect(
      KB_LATIN_QUERIES.flatMap((queryCase) => queryCase.expected).filter((id) => !known.has(id)),
    ).toEqual([]);
  });

  it('they reach the hit rate of the Cyrillic questions (within one question in a hundred)', () => {
    const byHotline = (queryCase: KbQueryCase) => ({ hotline: queryCase.hotline });
    const cyrillic = KB_QUERIES.filter((queryCase) => queryCase.lang !== 'en');

    expect(hitRateTop3(KB_LATIN_QUERIES, byHotline)).toBeGreaterThanOrEqual(
      hitRateTop3(cyrillic, byHotline) - 0.01,
    );
  });

  it.each(['kk', 'ru'] as const)('questions in %s reach 95%% on their own', (lang: Language) => {
    const cases = KB_LATIN_QUERIES.filter((queryCase) => queryCase.lang === lang);

    expect(hitRateTop3(cases, (queryCase) => ({ hotline: queryCase.hotline }))).toBeGreaterThanOrEqual(0.95);
  });
});
