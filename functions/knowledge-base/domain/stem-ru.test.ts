import { describe, expect, it } from 'vitest';
import { stemRussian } from './stem-ru';

describe('Russian stemming', () => {
  it.each([
    [['подпись', 'подписи', 'подписью', 'подписей']],
    [['справка', 'справки', 'справку', 'справкой']],
    [['регистрация', 'регистрации', 'регистрацию']],
    [['зарегистрироваться', 'зарегистрируйтесь', 'зарегистрировать']],
    [['предприниматель', 'предпринимателя', 'предпринимателем', 'предприниматели']],
    [['алименты', 'алиментов', 'алиментами']],
    [['пенсионный', 'пенсионные', 'пенсионных', 'пенсионного']],
    [['насилие', 'насилия', 'насилием']],
  ])('the forms of one word share a stem: %j', (forms) => {
    const stems = new Set(forms.map(stemRussian));

    expect(stems.size).toBe(1);
  });

  it.each([
    ['подпись', 'подпис'],
    ['электронной', 'электрон'],
    ['государственные', 'государствен'],
    ['ребенка', 'ребенк'],
  ])('%s stems to %s', (word, stem) => {
    expect(stemRussian(word)).toBe(stem);
  });

  it('different words keep different stems', () => {
    expect(stemRussian('развод')).not.toBe(stemRussian('разговор'));
    expect(stemRussian('справка')).not.toBe(stemRussian('спрашивать'));
  });

  it('short words and abbreviations are left alone', () => {
    expect(stemRussian('ип')).toBe('ип');
    expect(stemRussian('эцп')).toBe('эцп');
  });
});
