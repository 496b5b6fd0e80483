import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance, FuzzyVocabulary } from './fuzzy';
import { buildIndex } from './search-index';

describe('edit distance', () => {
  it.each([
    ['справка', 'справка', 0],
    ['справка', 'спровка', 1],
    ['справка', 'справк', 1],
    ['справка', 'српавка', 1],
    ['предприниматель', 'предпренематель', 2],
  ])('%s -> %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(distance);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('регистрация', 'пенсия', 2)).toBe(3);
  });
});

describe('typo candidates', () => {
  const vocabulary = new FuzzyVocabulary();
  for (const word of ['сертификат', 'справк', 'регистрац', 'предпринимател', 'пенсион', 'алимент']) {
    vocabulary.add(word);
  }

  it.each([
    ['сертефикат', 'сертификат'],
    ['сертфикат', 'сертификат'],
    ['предпренимател', 'предпринимател'],
    ['регистарц', 'регистрац'],
    ['алимет', 'алимент'],
  ])('%s is corrected to %s', (typed, word) => {
    const found = vocabulary.candidates(typed, 2).map((candidate) => candidate.word);

    expect(found).toContain(word);
  });

  it('nearest candidates come first', () => {
    const [nearest] = vocabulary.candidates('справки', 2);

    expect(nearest).toEqual({ word: 'справк', distance: 1 });
  });

  it('short words get no corrections, longer words one and then two', () => {
    expect(allowedTypos(4)).toBe(0);
    expect(allowedTypos(6)).toBe(1);
    expect(allowedTypos(9)).toBe(2);
    expect(vocabulary.candidates('спр', 2)).toEqual([]);
  });
});

describe('searching with typos', () => {
  const index = buildIndex({
    articles: [
      {
        id: 'cert',
        lang: 'ru',
        title: 'Справка о несудимости',
        body: 'Справку выдают онлайн.',
        hotlines: ['1414'],
      },
      {
        id: 'ip',
        lang: 'ru',
        title: 'Регистрация предпринимателя',
        body: 'Уведомление подают онлайн.',
        hotlines: ['1414'],
      },
      { id: 'pension', lang: 'kk', title: 'Зейнетақы', body: 'Зейнетақыны тағайындау.', hotlines: ['1414'] },
    ],
  });

  it.each([
    ['спраавка', 'cert'],
    ['предпренимателя', 'ip'],
    ['зейнетакыны', 'pension'],
    ['зейнетакыынга', 'pension'],
  ])('"%s" still finds %s', (query, id) => {
    expect(index.search(query)[0]?.id).toBe(id);
  });

  it('a known word is not "corrected" into another', () => {
    expect(
      index
        .search('онлайн')
        .map((result) => result.id)
        .sort(),
    ).toEqual(['cert', 'ip']);
  });
});
