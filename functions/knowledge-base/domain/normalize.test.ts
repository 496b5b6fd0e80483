import { describe, expect, it } from 'vitest';
import { foldKazakh, tokenize } from './normalize';

describe('normalizing what people type', () => {
  it.each([
    ['ЭЦП', 'эцп'],
    ['Ёлка', 'елка'],
    ['ҚҰЖАТ', 'кужат'],
    ['әйелдер', 'айелдер'],
    ['мемлекеттік', 'мемлекеттик'],
    ['көмегі', 'комеги'],
    ['ұзарту', 'узарту'],
    ['үкімет', 'укимет'],
    ['сіңлі', 'синли'],
    ['һ', 'х'],
  ])('%s and its lazy spelling meet in one form (%s)', (typed, expected) => {
    const [token] = tokenize(typed);

    expect(token?.form.norm).toBe(expected);
  });

  it('a Kazakh word typed without Kazakh letters gets the same folded form as the proper spelling', () => {
    const [proper] = tokenize('құпиясөзіңізді');
    const [lazy] = tokenize('купиясозинизди');

    expect(lazy?.form.norm).toBe(proper?.form.norm);
    expect(proper?.form.kazakhSpelling).toBe(true);
    expect(lazy?.form.kazakhSpelling).toBe(false);
  });

  it.each([
    ['сп\u0440авка', 'справка', 'cyrillic'],
    ['cпpавка', 'справка', 'cyrillic'],
    ['еgov', 'egov', 'latin'],
    ['Кiтап', 'китап', 'cyrillic'],
  ])(
    'a word mixing Latin and Cyrillic look-alikes (%s) is read in its majority script',
    (typed, norm, script) => {
      const [token] = tokenize(typed);

      expect(token?.form.norm).toBe(norm);
      expect(token?.form.script).toBe(script);
    },
  );

  it('tokens carry their offsets in the original text', () => {
    const text = 'Как продлить ЭЦП, если срок истёк?';

    const tokens = tokenize(text);

    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'Как',
      'продлить',
      'ЭЦП',
      'если',
      'срок',
      'истёк',
    ]);
    expect(tokens.at(-1)?.form.norm).toBe('истек');
  });

  it('folding keeps the length, so offsets stay valid', () => {
    const word = 'әңгімелесу';

    expect(foldKazakh(word)).toHaveLength(word.length);
  });
});
