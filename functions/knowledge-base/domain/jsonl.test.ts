import { describe, expect, it } from 'vitest';
import { articleLine, parseArticleLines } from './jsonl';
import type { KbScope } from './types';

const HOTLINE_1414: KbScope = { hotline: '1414', languages: ['kk', 'ru', 'en'] };

const good = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, lang: 'ru', title: 'Заголовок', body: 'Текст статьи', ...extra });

describe('JSON Lines import', () => {
  it('keeps good lines around bad ones and names each bad line with its number and reason', () => {
    const text = [
      good('a'),
      '{"id":"b","lang":"ru"',
      '',
      good('c', { lang: 'fr' }),
      '[1,2]',
      JSON.stringify({ lang: 'ru', title: 'x', body: 'y' }),
      good('d', { tags: ['эцп', 7] }),
      good('e', { hotlines: ['111'] }),
      good('f id'),
      good('g'),
    ].join('\n');

    const parsed = parseArticleLines(text, HOTLINE_1414);

    expect(parsed.lines).toBe(9);
    expect(parsed.accepted.map(({ line, article }) => [line, article.id])).toEqual([
      [1, 'a'],
      [10, 'g'],
    ]);
    expect(parsed.rejected).toEqual([
      { line: 2, reason: expect.stringMatching(/^not valid JSON/) },
      { line: 4, id: 'c', reason: 'lang: must be one of kk, ru, en' },
      { line: 5, reason: expect.stringMatching(/^expected a JSON object/) },
      { line: 6, reason: 'id: is required' },
      { line: 7, id: 'd', reason: expect.stringMatching(/^tags\.1: /) },
      { line: 8, id: 'e', reason: expect.stringMatching(/^hotlines: this is the 1414 knowledge base/) },
      { line: 9, id: 'f id', reason: expect.stringMatching(/^id: use 1-128 letters/) },
    ]);
  });

  it.each([
    ['a byte-order mark', `\uFEFF${good('a')}`],
    ['Windows line ends', `${good('a')}\r\n`],
    ['surrounding blank lines', `\n\n${good('a')}\n\n`],
  ])('reads files with %s', (_name, text) => {
    expect(parseArticleLines(text, HOTLINE_1414).accepted.map(({ article }) => article.id)).toEqual(['a']);
  });

  it('lists every problem of a line, field by field', () => {
    const parsed = parseArticleLines(
      JSON.stringify({ id: 'x', lang: 'kz', title: '  ', body: 5 }),
      HOTLINE_1414,
    );

    expect(parsed.rejected[0]!.reason).toBe(
      'lang: must be one of kk, ru, en; title: must not be empty; body: must be a string',
    );
  });

  it('serves the hotline it is imported into unless the line says otherwise', () => {
    const [own, both] = parseArticleLines(
      [good('a'), good('b', { hotlines: ['111', '1414', '111'] })].join('\n'),
      HOTLINE_1414,
    ).accepted;

    expect(own!.article.hotlines).toEqual(['1414']);
    expect(both!.article.hotlines).toEqual(['111', '1414']);
  });

  it('reads back what the export writes', () => {
    const article = {
      id: 'a',
      lang: 'kk' as const,
      title: 'Тақырып',
      body: 'Мәтін',
      tags: ['ЭЦҚ'],
      category: 'ЭЦҚ',
      hotlines: ['1414' as const],
      translationGroup: 'grp',
    };

    expect(parseArticleLines(articleLine(article), HOTLINE_1414).accepted[0]!.article).toEqual(article);
  });
});
