import { describe, expect, it } from 'vitest';
import type { Language } from '../../../contracts/hotlines';
import { buildIndex } from './search-index';
import type { KbArticle } from './types';

function article(id: string, lang: Language, title: string, body: string): KbArticle {
  return { id, lang, title, body, hotlines: ['1414', '111'] };
}

const ARTICLES = [
  article(
    'eds-kk',
    'kk',
    'Қолтаңба кілттері',
    'Электрондық цифрлық қолтаңбаны Ұлттық куәландырушы орталық береді.',
  ),
  article(
    'eds-en',
    'en',
    'Signing keys',
    'The digital signature is issued by the national certification authority.',
  ),
  article('sole-kk', 'kk', 'Кәсіпті бастау', 'Жеке кәсіпкер ретінде хабарлама беріңіз.'),
  article(
    'bullying-ru',
    'ru',
    'Школа',
    'Если над ребёнком систематически издеваются одноклассники, это буллинг.',
  ),
  article('bullying-kk', 'kk', 'Мектеп', 'Баланы сыныптастары қорлайды: мектеп шара қолдануы керек.'),
  article('iin-ru', 'ru', 'Номер', 'Индивидуальный идентификационный номер указан в удостоверении.'),
  article('noise-ru', 'ru', 'Пенсия', 'Пенсионные выплаты назначают по заявлению.'),
  article('portal-ru', 'ru', 'Портал', 'Зарегистрируйтесь на egov.kz, чтобы подавать заявления онлайн.'),
];

describe('synonyms and abbreviations', () => {
  const index = buildIndex({ articles: ARTICLES });
  const topIds = (query: string, lang?: Language) =>
    index.search(query, { lang, limit: 3 }).map((result) => result.id);

  it.each([
    ['ЭЦП', 'kk', 'eds-kk'],
    ['эцк', 'kk', 'eds-kk'],
    ['EDS', 'en', 'eds-en'],
    ['электронная цифровая подпись', 'en', 'eds-en'],
    ['НУЦ', 'kk', 'eds-kk'],
    ['PKI', 'kk', 'eds-kk'],
    ['nca', 'kk', 'eds-kk'],
    ['e-gov', 'ru', 'portal-ru'],
    ['ЕГОВ', 'ru', 'portal-ru'],
    ['электронное правительство', 'ru', 'portal-ru'],
    ['ИП', 'kk', 'sole-kk'],
    ['ЖК', 'kk', 'sole-kk'],
    ['индивидуальный предприниматель', 'kk', 'sole-kk'],
    ['травля', 'ru', 'bullying-ru'],
    ['травля', 'kk', 'bullying-kk'],
    ['буллинг', 'kk', 'bullying-kk'],
    ['ИИН', 'ru', 'iin-ru'],
    ['ЖСН', 'ru', 'iin-ru'],
  ] as const)('"%s" finds the %s article that uses another name for it', (query, lang, expected) => {
    expect(topIds(query, lang)[0]).toBe(expected);
  });

  it('a synonym phrase in a query counts once, not once per word', () => {
    const [first] = index.search('электрондық цифрлық қолтаңба', { lang: 'kk' });
    const [abbreviated] = index.search('ЭЦҚ', { lang: 'kk' });

    expect(first?.id).toBe('eds-kk');
    expect(abbreviated?.id).toBe('eds-kk');
  });
});
