import { describe, expect, it } from 'vitest';
import { buildIndex } from './search-index';
import type { KbArticle } from './types';

const LONG_BODY =
  'Портал egov.kz даёт доступ к сотням государственных услуг. Для входа нужен пароль или ЭЦП. ' +
  'Пароль можно сменить в личном кабинете. Уведомления приходят на почту. Справки подписываются электронно. ' +
  'Справку о несудимости выдают бесплатно, обычно за несколько минут, и она приходит в личный кабинет. ' +
  'Адресную справку тоже можно получить онлайн. Заявки хранятся в истории услуг. Статус виден в приложении.';

const ARTICLE: KbArticle = { id: 'a', lang: 'ru', title: 'Справки', body: LONG_BODY, hotlines: ['1414'] };

function highlighted(snippet: string, highlights: readonly (readonly [number, number])[]): string[] {
  return highlights.map(([start, end]) => snippet.slice(start, end));
}

describe('snippets', () => {
  const index = buildIndex({ articles: [ARTICLE] });

  it('shows the part of the body around the matching words, cut with ellipses', () => {
    const [result] = index.search('справка о несудимости');

    expect(result?.snippet).toContain('Справку о несудимости выдают бесплатно');
    expect(result?.snippet.startsWith('…')).toBe(true);
    expect(result?.snippet.length).toBeLessThanOrEqual(205);
  });

  it('marks the words that matched, whatever their form in the text', () => {
    const [result] = index.search('приходит уведомление');

    const words = highlighted(result!.snippet, result!.highlights);

    expect(words).toEqual(expect.arrayContaining(['Уведомления', 'приходят']));
  });

  it('marks a synonym phrase as a whole', () => {
    const body = 'Чтобы войти, используйте электронную цифровую подпись или пароль.';
    const synonymIndex = buildIndex({ articles: [{ ...ARTICLE, body }] });

    const [result] = synonymIndex.search('эцп');

    expect(highlighted(result!.snippet, result!.highlights)).toEqual(['электронную цифровую подпись']);
  });

  it('falls back to the start of the body when only the title matched', () => {
    const titleOnly: KbArticle = {
      ...ARTICLE,
      title: 'Статистика обращений',
      body: 'Короткий текст без совпадений.',
    };
    const titleIndex = buildIndex({ articles: [titleOnly] });

    const [result] = titleIndex.search('статистика');

    expect(result?.snippet).toBe('Короткий текст без совпадений.');
    expect(result?.highlights).toEqual([]);
  });

  it('starts at a sentence when the match is near one', () => {
    const [result] = index.search('адресная справка онлайн');

    expect(result?.snippet).toContain('Адресную справку тоже можно получить онлайн.');
    expect(result?.snippet).toMatch(/^…[А-ЯЁ]/);
  });
});
