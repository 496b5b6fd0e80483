/**
 * Text normalization shared by documents and queries, so both sides meet in the same form:
 * lower case, ё -> е, Kazakh letters folded to the plain Cyrillic letters people type when they have no
 * Kazakh keyboard (ә -> а, ғ -> г, қ -> к, ң -> н, ө -> о, ұ/ү -> у, һ -> х, і -> и), and Latin look-alike
 * letters inside Cyrillic words (and the reverse) replaced by the word's own script.
 */

const KAZAKH_FOLD: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  н: 'h',
  і: 'i',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  т: 't',
  х: 'x',
  у: 'y',
};

const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const LATIN_LETTER = /[a-z]/;
const CYRILLIC_LETTER = /[а-яёәғқңөұүһі]/;
/** A word: letters and digits. Global, so callers must use it through `matchAll` or reset `lastIndex`. */
export const WORD = /[\p{L}\p{N}]+/gu;

export type Script = 'latin' | 'cyrillic' | 'other';

/** One spelling of a word, normalized. */
export interface WordForm {
  /** Lower-cased, ё -> е, script repaired, Kazakh letters kept: what the Kazakh stemmer reads for harmony. */
  readonly lower: string;
  /** `lower` with Kazakh letters folded: the form every index term is built from. Same length as `lower`. */
  readonly norm: string;
  readonly script: Script;
  /** True when the word is spelled with at least one Kazakh-only letter. */
  readonly kazakhSpelling: boolean;
}

export interface Token {
  readonly form: WordForm;
  /** Offsets in the text that was tokenized. */
  readonly start: number;
  readonly end: number;
}

export function foldKazakh(lower: string): string {
  let folded = '';
  for (const ch of lower) folded += KAZAKH_FOLD[ch] ?? ch;
  return folded;
}

/** Repairs words typed with letters of both alphabets by moving the minority to the majority's script. */
function repairMixedScript(lower: string): string {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of lower) {
    if (LATIN_LETTER.test(ch)) latin++;
    else if (CYRILLIC_LETTER.test(ch)) cyrillic++;
  }
  if (latin === 0 || cyrillic === 0) return lower;
  const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let repaired = '';
  for (const ch of lower) repaired += table[ch] ?? ch;
  return repaired;
}

function scriptOf(word: string): Script {
  if (CYRILLIC_LETTER.test(word)) return 'cyrillic';
  if (LATIN_LETTER.test(word)) return 'latin';
  return 'other';
}

/** Lower-cases one word and repairs its script; keeps Kazakh letters. */
export function lowerWord(word: string): string {
  return repairMixedScript(word.normalize('NFC').toLowerCase().replaceAll('ё', 'е'));
}

export function normalizeWord(word: string): WordForm {
  const lower = lowerWord(word);
  return {
    lower,
    norm: foldKazakh(lower),
    script: scriptOf(lower),
    kazakhSpelling: KAZAKH_LETTERS.test(lower),
  };
}

/** Splits text into word tokens with their offsets. Expects NFC text when offsets matter. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ form: normalizeWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
