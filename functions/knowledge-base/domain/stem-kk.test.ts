import { describe, expect, it } from 'vitest';
import { stemKazakh } from './stem-kk';

describe('Kazakh stemming', () => {
  it.each([
    ['балаларымызға', 'бала'],
    ['балаларымызга', 'бала'],
    ['балалардың', 'бала'],
    ['баланы', 'бала'],
    ['мектебіне', 'мектеп'],
    ['мектепке', 'мектеп'],
    ['кәсіпкерлікті', 'касипкер'],
    ['қызметтерді', 'кызмет'],
    ['азаматтарға', 'азамат'],
    ['порталында', 'портал'],
    ['құқығы', 'кукык'],
    ['кітабы', 'китап'],
  ])('the suffix chain of %s is stripped to %s', (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });

  it.each([
    [['анықтама', 'анықтамасы', 'анықтаманы', 'анықтамаларды']],
    [['шағым', 'шағымды', 'шағымдар']],
    [['отбасы', 'отбасындағы', 'отбасылық']],
    [['мерзім', 'мерзімі', 'мерзімін']],
    [['қолтаңба', 'қолтаңбаны', 'қолтаңбасын']],
    [['тіркеу', 'тіркеуге']],
    [['ажырасу', 'ажырасуға']],
  ])('the forms of one word share a stem: %j', (forms) => {
    const stems = new Set(forms.map(stemKazakh));

    expect(stems.size).toBe(1);
  });

  it('a word typed without Kazakh letters stems like its proper spelling', () => {
    expect(stemKazakh('кукыктары')).toBe(stemKazakh('құқықтары'));
    expect(stemKazakh('зейнетакысын')).toBe(stemKazakh('зейнетақысын'));
  });

  it('a stem keeps at least three letters', () => {
    expect(stemKazakh('алу')).toBe('алу');
    expect(stemKazakh('алуға')).toBe('алу');
    expect(stemKazakh('ата')).toBe('ата');
  });

  it('a suffix whose vowels disagree with the stem (vowel harmony) is not cut', () => {
    // -дер is the front-vowel plural; after the back vowel ы of "қыз" only -дар is Kazakh.
    expect(stemKazakh('қыздер')).not.toBe('кыз');
    expect(stemKazakh('қыздар')).toBe('кыз');
    expect(stemKazakh('кыздар')).toBe('кыз');
  });

  it('a suffix that cannot follow the stem’s last sound is not cut', () => {
    // The locative after a voiced р is -да, not -та: "карта" is a whole word.
    expect(stemKazakh('карта')).toBe('карта');
    expect(stemKazakh('картада')).toBe('карта');
  });
});
