import {
  type Harmony,
  KAZAKH_CASES_AFTER_POSSESSIVE,
  KAZAKH_DERIVATIONS,
  KAZAKH_INFLECTIONS,
} from './kk-suffixes';
import { foldKazakh } from './normalize';

/**
 * A light Kazakh stemmer. It strips the longest known inflection chain whose vowels agree with the stem
 * (vowel harmony) and whose first sound fits the stem's last sound (балалықтарымызға -> балалық), or else a
 * derivation or verbal-noun suffix (балалық -> бала), and starts over on what is left, so every form of a word
 * ends where its dictionary form ends. A stem keeps at least three letters (four before a one-letter suffix)
 * and a vowel, and the common words whose own ending looks like a suffix are kept whole.
 * Input: a lower-cased word, with or without Kazakh letters. Output: the folded stem.
 */

const MIN_STEM = 3;
const MAX_STRIPS = 4;
const TABLES = [KAZAKH_INFLECTIONS, KAZAKH_DERIVATIONS];
const LONGEST_SUFFIX = Math.max(
  ...TABLES.flatMap((table) => [...table.keys()].map((suffix) => suffix.length)),
);

/** Folded dictionary forms that end like a suffix (анықта-ма, отба-сы, мерз-ім) and must not be cut. */
const PROTECTED = new Set(
  [
    ...['анықтама', 'бағдарлама', 'хабарлама', 'өтінім', 'шағым', 'мерзім', 'жалақы', 'зейнетақы', 'ақы'],
    ...[
      'отбасы',
      'қазақстан',
      'ақпарат',
      'азамат',
      'тұлға',
      'кеңес',
      'сұрақ',
      'жауап',
      'әкімдік',
      'әкімшілік',
    ],
    ...['құжат', 'білім', 'денсаулық', 'полиция', 'мекенжай', 'тіркелім', 'қамқоршы', 'тәрбие', 'алимент'],
    ...['ажырасу', 'некелесу', 'неке', 'жұмыс', 'жұмыссыз', 'мүгедектік', 'жәрдемақы', 'төлем', 'салық'],
  ].map(foldKazakh),
);
const VOWELS = new Set('аәеиоөуұүыіэюя');
const FOLDED_VOWELS = new Set('аеиоуыэюя');
const VOICELESS = new Set('пкқтсшфхцчщ');
const NASAL = new Set('мнң');
/** Vowels whose harmony class is certain however the word was typed. */
const ALWAYS_FRONT = new Set('әөүіе');
const ALWAYS_BACK = new Set('ыұ');
/** Back vowels that a word typed without Kazakh letters may use for their front pairs (а for ә ...). */
const BACK_UNLESS_LAZY = new Set('ао');

function harmonyOfStem(lower: string, stemLength: number, kazakhSpelling: boolean): Harmony {
  for (let i = stemLength - 1; i >= 0; i--) {
    const ch = lower[i]!;
    if (!VOWELS.has(ch)) continue;
    if (ALWAYS_FRONT.has(ch)) return 'front';
    if (ALWAYS_BACK.has(ch)) return 'back';
    if (BACK_UNLESS_LAZY.has(ch) && kazakhSpelling) return 'back';
    return 'neutral';
  }
  return 'neutral';
}

/** Whether a suffix starting with `first` can follow a stem ending in `last` (Kazakh consonant assimilation). */
function fitsAfter(last: string, first: string): boolean {
  const afterVowel = VOWELS.has(last);
  switch (first) {
    case 'т':
    case 'к':
    case 'қ':
    case 'п':
      return VOICELESS.has(last);
    case 'д':
    case 'г':
    case 'ғ':
    case 'б':
    case 'л':
      return !VOICELESS.has(last);
    case 'н':
      return afterVowel || NASAL.has(last);
    case 'й':
      return afterVowel;
    case 'ы':
    case 'і':
    case 'а':
    case 'е':
      return !afterVowel;
    default:
      return true;
  }
}

function hasVowel(folded: string, length: number): boolean {
  for (let i = 0; i < length; i++) if (FOLDED_VOWELS.has(folded[i]!)) return true;
  return false;
}

/** Length of the longest suffix chain that may be stripped from `lower[0, length)`, or 0. */
function strippableLength(
  suffixes: ReadonlyMap<string, Harmony>,
  lower: string,
  folded: string,
  length: number,
  kazakhSpelling: boolean,
): number {
  const longest = Math.min(LONGEST_SUFFIX, length - MIN_STEM);
  for (let size = longest; size > 0; size--) {
    const stemLength = length - size;
    if (size === 1 && stemLength <= MIN_STEM) break;
    const harmony = suffixes.get(folded.slice(stemLength, length));
    if (harmony === undefined) continue;
    if (!fitsAfter(lower[stemLength - 1]!, lower[stemLength]!)) continue;
    if (!hasVowel(folded, stemLength)) continue;
    const stemHarmony = harmonyOfStem(lower, stemLength, kazakhSpelling);
    if (harmony !== 'neutral' && stemHarmony !== 'neutral' && harmony !== stemHarmony) continue;
    return size;
  }
  return 0;
}

/** Length of a suffix that leaves exactly a protected word (шағымды -> шағым), or 0. */
function protectedCut(folded: string, length: number): number {
  for (let stemLength = length - 1; stemLength >= MIN_STEM; stemLength--) {
    if (!PROTECTED.has(folded.slice(0, stemLength))) continue;
    const suffix = folded.slice(stemLength, length);
    if (TABLES.some((table) => table.has(suffix)) || KAZAKH_CASES_AFTER_POSSESSIVE.has(suffix)) {
      return length - stemLength;
    }
  }
  return 0;
}

/** A voiced б/ғ/г at the end of a stem is the voiceless п/қ/к of the dictionary form (кітабы -> кітап). */
function devoiceFinal(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === 'б') return stem.slice(0, -1) + 'п';
  if (last === 'г') return stem.slice(0, -1) + 'к';
  return stem;
}

export function stemKazakh(lower: string): string {
  const folded = foldKazakh(lower);
  const kazakhSpelling = folded !== lower;
  let length = folded.length;
  for (let strip = 0; strip < MAX_STRIPS && !PROTECTED.has(folded.slice(0, length)); strip++) {
    let cut = protectedCut(folded, length);
    for (const suffixes of TABLES) {
      if (cut > 0) break;
      cut = strippableLength(suffixes, lower, folded, length, kazakhSpelling);
    }
    if (cut === 0) break;
    length -= cut;
  }
  return devoiceFinal(folded.slice(0, length));
}

/** True for a bare suffix written after a hyphen, as in `ЭЦҚ-ны` or `ЦОН-ға`. */
export function isKazakhSuffix(norm: string): boolean {
  return KAZAKH_INFLECTIONS.has(norm);
}
