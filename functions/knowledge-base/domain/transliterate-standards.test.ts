import * as iuliia from 'iuliia';
import { describe, expect, it } from 'vitest';
import { ARTICLES_111_RU } from '../seed/articles-111-ru';
import { ARTICLES_1414_RU } from '../seed/articles-1414-ru';
import { cachedTerms } from './analyzer';
import { cyrillicSpellings, latinWord } from './transliterate';

/**
 * Our Russian translit table checked against a kept library: `iuliia` implements the published
 * romanization standards (GOST 7.79-2000 system B, ICAO Doc 9303, BGN/PCGN, ...) from Cyrillic to Latin.
 * Every word of the Russian seed articles is romanized by each standard and read back; the reading must
 * reach the word's own index term, so a caller typing that standard finds the article.
 */

const SCHEMAS = {
  'GOST 7.79-2000 system B': iuliia.GOST_779_ALT,
  'ICAO Doc 9303': iuliia.ICAO_DOC_9303,
  'BGN/PCGN': iuliia.BGN_PCGN,
  'MVD 782-2000': iuliia.MVD_782,
  Wikipedia: iuliia.WIKIPEDIA,
  'Yandex Maps': iuliia.YANDEX_MAPS,
  'Moscow Metro': iuliia.MOSMETRO,
};

const WORDS = [
  ...new Set(
    [...ARTICLES_1414_RU, ...ARTICLES_111_RU].flatMap((article) =>
      [...`${article.title} ${article.body}`.matchAll(/[а-яё]{3,}/giu)].map((match) =>
        match[0].toLowerCase(),
      ),
    ),
  ),
];

function readsBack(word: string, schema: iuliia.Schema): boolean {
  const latin = latinWord(iuliia.translate(word, schema));
  if (latin === undefined) return false;
  const terms = new Set(cachedTerms(word).queryAlternatives);
  return cyrillicSpellings(latin).some((spelling) =>
    cachedTerms(spelling.text).queryAlternatives.some((term) => terms.has(term)),
  );
}

describe('Russian words romanized by the published standards read back to their own terms', () => {
  it('the seed articles give the check hundreds of words', () => {
    expect(WORDS.length).toBeGreaterThan(500);
  });

  it.each(Object.entries(SCHEMAS))('%s: at least 95% of the words', (_name, schema) => {
    const unread = WORDS.filter((word) => !readsBack(word, schema));

    expect(unread.length / WORDS.length).toBeLessThanOrEqual(0.05);
  });

  it.each([
    ['справка', 'spravka'],
    ['несудимости', 'nesudimosti'],
    ['адресная', 'adresnaya'],
    ['жительства', 'zhitelstva'],
  ])('%s romanized as %s by every standard that spells it so', (word, latin) => {
    const spellings = Object.values(SCHEMAS).map((schema) => iuliia.translate(word, schema));

    expect(spellings).toContain(latin);
    expect(readsBack(word, iuliia.WIKIPEDIA)).toBe(true);
  });
});
