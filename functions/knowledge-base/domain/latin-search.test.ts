import { describe, expect, it } from 'vitest';
import { SEED_ARTICLES } from '../seed/articles';
import { REFERRALS } from '../seed/referrals';
import { analyzeQuery } from './analyzer';
import { analyzeQueryAcrossScripts } from './query-words';
import { buildIndex } from './search-index';
import type { KbArticle } from './types';

const index = buildIndex({ articles: SEED_ARTICLES, referrals: REFERRALS });

function top3(query: string, hotline: '1414' | '111' = '1414'): string[] {
  return index.search(query, { hotline, limit: 3 }).map((result) => result.id);
}

function marked(text: string, ranges: readonly (readonly [number, number])[]): string[] {
  return ranges.map(([start, end]) => text.slice(start, end));
}

describe('queries typed in Latin letters', () => {
  it.each([
    ['elektrondyq qoltanba alu', '1414-eds-obtain-kk'],
    ['sottylyq joqtygy turaly anyqtama', '1414-criminal-record-certificate-kk'],
    ['mekenzhai anyqtamasy', '1414-address-certificate-kk'],
    ['spravka o nesudimosti', '1414-criminal-record-certificate-ru'],
    ['adresnaya spravka', '1414-address-certificate-ru'],
  ])('"%s" finds what its Cyrillic spelling finds', (query, expected) => {
    expect(top3(query)[0]).toBe(expected);
  });

  it('abbreviations typed in Latin letters meet their Cyrillic forms', () => {
    expect(top3('ECQ merzimin uzartu')).toContain('1414-eds-renew-kk');
    expect(top3('ECP prodlit')).toContain('1414-eds-renew-ru');
    expect(top3('ECP v CON poluchit')).toContain('1414-eds-obtain-ru');
  });

  it('a query mixing both scripts is read word by word', () => {
    expect(top3('справка o nesudimosti')).toContain('1414-criminal-record-certificate-ru');
    expect(top3('ЭЦП prodlit istek srok')).toContain('1414-eds-renew-ru');
  });

  it('morphology still applies to the Cyrillic reading: inflected forms meet the article', () => {
    expect(top3("adresnuyu spravku gde vzyat'")).toContain('1414-address-certificate-ru');
    expect(top3('mekenjai anyqtamasyn alu')).toContain('1414-address-certificate-kk');
  });

  it('typo tolerance still applies to the Cyrillic reading', () => {
    expect(top3('spravka o nesudimasti')).toContain('1414-criminal-record-certificate-ru');
    expect(top3('anyqtamma mekenzhai')).toContain('1414-address-certificate-kk');
  });

  it('a Kazakh case ending typed after a hyphen is dropped, as it is in Cyrillic', () => {
    const words = analyzeQueryAcrossScripts('ECQ-ny uzartu');

    expect(words).toHaveLength(2);
  });

  it('Latin words that read as stopwords ("turaly", "o", "kak") carry no subject', () => {
    expect(analyzeQueryAcrossScripts('kak spravka o turaly')).toHaveLength(1);
  });

  it('English questions still find the English articles first', () => {
    expect(top3('how to renew EDS')[0]).toBe('1414-eds-renew-en');
    expect(top3('pension contributions statement')[0]).toBe('1414-pension-contributions-statement-en');
  });

  it('Cyrillic results are shown as written, with the words the Latin query was read as highlighted', () => {
    const [result] = index.search('spravka o nesudimosti', { hotline: '1414', limit: 1 });

    expect(result?.title).toBe('Справка о наличии либо отсутствии судимости');
    expect(marked(result!.title, result!.titleHighlights)).toEqual(['Справка', 'судимости']);
    expect(marked(result!.snippet, result!.highlights).map((word) => word.toLowerCase())).toEqual(
      expect.arrayContaining(['справку']),
    );
  });

  it('a title matching a Cyrillic query is highlighted too', () => {
    const [result] = index.search('адресная справка', { hotline: '1414', limit: 1 });

    expect(marked(result!.title, result!.titleHighlights)).toEqual(['Адресная справка']);
  });
});

describe('ranking the readings of a Latin word', () => {
  const article = (id: string, title: string, body: string): KbArticle => ({
    id,
    lang: 'kk',
    title,
    body,
    hotlines: ['1414'],
  });

  it('a document in the query’s own script wins a tie with one matching a Cyrillic reading', () => {
    const small = buildIndex({
      articles: [article('latin', 'kitap', 'kitap dukeni'), article('cyrillic', 'китап', 'китап дүкені')],
    });

    const ids = small.search('kitap').map((result) => result.id);

    expect(ids).toEqual(['latin', 'cyrillic']);
  });

  it('every reading that documents know takes part, the likelier one ranking higher', () => {
    // "CON" reads цон (ЦОН) before кон; both documents are found.
    const small = buildIndex({
      articles: [
        article('con', 'ЦОН мекенжайы', 'ЦОН туралы'),
        article('kon', 'кон мекенжайы', 'кон туралы'),
      ],
    });

    const ids = small.search('CON').map((result) => result.id);

    expect(ids).toEqual(['con', 'kon']);
  });
});

describe('no cost where it is not used', () => {
  it.each(['справка о несудимости', 'ЭЦҚ-ны қалай жаңартамын', '1414'])(
    'a query without Latin letters is analyzed exactly as before: %s',
    (query) => {
      expect(analyzeQueryAcrossScripts(query)).toEqual(analyzeQuery(query));
    },
  );
});
