import { describe, expect, it } from 'vitest';
import { buildIndex } from './search-index';
import type { KbArticle, ReferralBody } from './types';

const EDS_RU: KbArticle = {
  id: 'eds-ru',
  lang: 'ru',
  title: 'Продление ЭЦП',
  body: 'ЭЦП продлевают онлайн на pki.gov.kz, пока ключи действуют.',
  hotlines: ['1414'],
  translationGroup: 'eds',
};
const EDS_KK: KbArticle = {
  id: 'eds-kk',
  lang: 'kk',
  title: 'ЭЦҚ мерзімін ұзарту',
  body: 'ЭЦҚ-ны pki.gov.kz сайтында онлайн ұзартуға болады.',
  hotlines: ['1414'],
  translationGroup: 'eds',
};
const VIOLENCE_RU: KbArticle = {
  id: 'violence-ru',
  lang: 'ru',
  title: 'Бытовое насилие',
  body: 'При угрозе жизни звоните в полицию 102. Онлайн-заявление не заменяет звонок.',
  hotlines: ['111'],
};
const POLICE: ReferralBody = {
  id: 'police',
  kind: 'emergency',
  name: { kk: 'Полиция 102', ru: 'Полиция 102', en: 'Police 102' },
  competence: {
    kk: 'Тұрмыстық зорлық-зомбылық',
    ru: 'Бытовое насилие, угрозы',
    en: 'Domestic violence, threats',
  },
  phone: '102',
  hours: { kk: 'тәулік бойы', ru: 'круглосуточно' },
  hotlines: ['1414', '111'],
};

describe('searching the knowledge base', () => {
  it('returns results best first, each with id, title, score, snippet, language and kind', () => {
    const index = buildIndex({ articles: [EDS_RU, EDS_KK, VIOLENCE_RU] });

    const results = index.search('продлить эцп онлайн');

    expect(results[0]).toMatchObject({ id: 'eds-ru', title: 'Продление ЭЦП', lang: 'ru', kind: 'article' });
    expect(results[0]?.snippet).toContain('pki.gov.kz');
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('the language filter keeps only articles in that language', () => {
    const index = buildIndex({ articles: [EDS_RU, EDS_KK] });

    const results = index.search('эцп онлайн', { lang: 'kk' });

    expect(results.map((result) => result.id)).toEqual(['eds-kk']);
  });

  it('the hotline filter keeps only what that hotline answers', () => {
    const index = buildIndex({ articles: [EDS_RU, VIOLENCE_RU] });

    expect(index.search('онлайн', { hotline: '111' }).map((result) => result.id)).toEqual(['violence-ru']);
    expect(index.search('онлайн', { hotline: '1414' }).map((result) => result.id)).toEqual(['eds-ru']);
  });

  it('the limit caps the number of results', () => {
    const index = buildIndex({ articles: [EDS_RU, EDS_KK, VIOLENCE_RU] });

    expect(index.search('онлайн', { limit: 1 })).toHaveLength(1);
    expect(index.search('онлайн', { limit: 0 })).toEqual([]);
  });

  it('a query of stopwords or of unknown words finds nothing', () => {
    const index = buildIndex({ articles: [EDS_RU] });

    expect(index.search('как и что')).toEqual([]);
    expect(index.search('хвщзыкл')).toEqual([]);
    expect(index.search('')).toEqual([]);
  });

  it('a referral body is found in the caller’s language, once, with its contacts in the snippet', () => {
    const index = buildIndex({ articles: [VIOLENCE_RU], referrals: [POLICE] });

    const results = index.search('бытовое насилие полиция', { kinds: ['referral'] });

    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ id: 'police', kind: 'referral', lang: 'ru', title: 'Полиция 102' });
    expect(results[0]?.snippet).toContain('Телефон: 102');
  });

  it('an updated article replaces the old text', () => {
    const index = buildIndex({ articles: [EDS_RU] });

    index.upsert({ ...EDS_RU, body: 'Перевыпуск регистрационных свидетельств.' });

    expect(index.size).toBe(1);
    expect(index.search('pki.gov.kz')).toEqual([]);
    expect(index.search('регистрационные свидетельства')[0]?.id).toBe('eds-ru');
  });

  it('a removed article is no longer found, and the others still are', () => {
    const index = buildIndex({ articles: [EDS_RU, EDS_KK] });

    expect(index.remove('eds-ru')).toBe(true);
    expect(index.remove('eds-ru')).toBe(false);

    expect(index.search('эцп онлайн').map((result) => result.id)).toEqual(['eds-kk']);
  });

  it('a removed referral is gone in every language', () => {
    const index = buildIndex({ referrals: [POLICE] });

    index.removeReferral('police');

    expect(index.size).toBe(0);
    expect(index.search('полиция')).toEqual([]);
  });

  it('articles that match more of the question rank above those repeating one word', () => {
    const repetitive: KbArticle = {
      id: 'repetitive',
      lang: 'ru',
      title: 'Онлайн онлайн онлайн',
      body: 'Онлайн онлайн онлайн онлайн.',
      hotlines: ['1414'],
    };
    const index = buildIndex({ articles: [repetitive, EDS_RU] });

    expect(index.search('онлайн продление эцп')[0]?.id).toBe('eds-ru');
  });

  it('keeps answering after thousands of edits', () => {
    const index = buildIndex({ articles: [EDS_RU, VIOLENCE_RU] });

    for (let edit = 0; edit < 2500; edit++)
      index.upsert({ ...EDS_KK, body: `${EDS_KK.body} Нұсқа ${edit}.` });

    expect(index.size).toBe(3);
    expect(index.search('эцп онлайн', { lang: 'kk' })[0]?.snippet).toContain('Нұсқа 2499');
    expect(index.search('насилие')[0]?.id).toBe('violence-ru');
  });
});
