import { describe, expect, it } from 'vitest';
import { foldKazakh, lowerWord } from './normalize';
import { cyrillicSpellings, latinWord } from './transliterate';

/** The readings of a Latin word, as folded Cyrillic strings. */
function readings(word: string): string[] {
  const latin = latinWord(word);
  if (latin === undefined) throw new Error(`${word} is not a Latin word`);
  return cyrillicSpellings(latin).map((spelling) => spelling.text);
}

/** Cyrillic as the index holds it: lower case, Kazakh letters folded. */
const folded = (cyrillic: string) => foldKazakh(lowerWord(cyrillic));

describe('Latin words read as Cyrillic, word by word', () => {
  it.each([
    // Kazakh with ASCII habits (the issue's own examples).
    ['elektrondyq', 'электрондық'],
    ['qoltanba', 'қолтаңба'],
    ['sottylyq', 'соттылық'],
    ['joqtygy', 'жоқтығы'],
    ['turaly', 'туралы'],
    ['anyqtama', 'анықтама'],
    ['mekenzhai', 'мекенжай'],
    ['mekenjai', 'мекенжай'],
    ['anyqtamasy', 'анықтамасы'],
    ['shagym', 'шағым'],
    ['zhardemaqy', 'жәрдемақы'],
    ['tsifrlyq', 'цифрлық'],
    ['boiynsha', 'бойынша'],
    ['qalai', 'қалай'],
    // Kazakh, 2021 alphabet.
    ['qūpiasöz', 'құпиясөз'],
    ['şağym', 'шағым'],
    ['märtebesı', 'мәртебесі'],
    ['ötınımnıñ', 'өтінімнің'],
    ['järdemaqy', 'жәрдемақы'],
    ['İnternet', 'интернет'],
    // Kazakh, 2018 alphabet (acutes).
    ['sottylyǵy', 'соттылығы'],
    ['týraly', 'туралы'],
    ['kásipker', 'кәсіпкер'],
    ['qoltańba', 'қолтаңба'],
    ['ótinim', 'өтінім'],
    // Kazakh, 2017 alphabet (apostrophes, typed with any apostrophe look-alike).
    ["uzarty'", 'ұзарту'],
    ["o'tinish", 'өтініш'],
    ['ma’rtebesi', 'мәртебесі'],
    ["s'ag'ym", 'шағым'],
    ["qoltan'ba", 'қолтаңба'],
    // Russian translit.
    ['spravka', 'справка'],
    ['nesudimosti', 'несудимости'],
    ['adresnaya', 'адресная'],
    ['adresnaja', 'адресная'],
    ['otsutstvii', 'отсутствии'],
    ['zhitelstva', 'жительства'],
    ["vosstanovit'", 'восстановить'],
    ['registratsiya', 'регистрация'],
    ['registraciya', 'регистрация'],
    ['khranitsya', 'хранится'],
    ['obrashchatsya', 'обращаться'],
    ['shchet', 'щет'],
    ['yuridicheskiy', 'юридический'],
    ['juridicheskij', 'юридический'],
    ['elektronnyy', 'электронный'],
    ['poluchaemykh', 'получаемых'],
    ['poluchaemyh', 'получаемых'],
    ["b'et", 'бьет'],
    ['byot', 'бьет'],
    ['psikholog', 'психолог'],
    ['psiholog', 'психолог'],
    // Abbreviations.
    ['ECQ', 'ЭЦҚ'],
    ['ECP', 'ЭЦП'],
    ['IIN', 'ИИН'],
    ['JSN', 'ЖСН'],
    ['CON', 'ЦОН'],
    ['TSON', 'ЦОН'],
    ['HQKO', 'ХҚКО'],
    ['egov', 'егов'],
  ])('%s is read as %s', (latin, cyrillic) => {
    expect(readings(latin)).toContain(folded(cyrillic));
  });

  it('the plainest reading comes first', () => {
    expect(readings('spravka')[0]).toBe('справка');
    expect(readings('sottylyq')[0]).toBe(folded('соттылық'));
    expect(readings('adresnaya')[0]).toBe('адресная');
  });

  it('an ambiguous letter gives every reading, the likelier one first', () => {
    const con = readings('CON');

    expect(con).toEqual(expect.arrayContaining(['цон', 'сон', 'кон']));
    expect(con.indexOf('цон')).toBeLessThan(con.indexOf('кон'));
  });

  it('keeps at most a few readings, however ambiguous the word', () => {
    expect(readings('yiyiyiyiyiyiyiyi').length).toBeLessThanOrEqual(8);
  });

  it('words with digits or letters of other scripts are not transliterated', () => {
    expect(latinWord('1414')).toBeUndefined();
    expect(latinWord('справка')).toBeUndefined();
    expect(latinWord('gov4c')).toBeUndefined();
    expect(latinWord("'")).toBeUndefined();
  });

  it('apostrophe look-alikes are one apostrophe, and a leading one is dropped', () => {
    expect(latinWord('PIS’MO')).toBe("pis'mo");
    expect(latinWord('pisʼmo')).toBe("pis'mo");
    expect(latinWord("'spravka")).toBe('spravka');
  });
});
