import { analyzeQuery, cachedTerms, type QuerySpelling, type QueryWord, type WordTerms } from './analyzer';
import { APOSTROPHES } from './latin-spelling-rules';
import { cyrillicSpellings, latinWord } from './transliterate';

/**
 * The words of a query as the planner sees them. A query without Latin letters takes the analyzer's path
 * unchanged. A word in Latin letters keeps its own terms (English stems: "egov", "password") and gains the
 * Cyrillic words it may stand for (`spellings`), so "anyqtama" meets "анықтама" and "spravka" "справка";
 * apostrophes inside such a word are letters ("pis'mo", "s'ot", "a'ke"), not word breaks.
 */

const LATIN_LETTER = /[a-z\u00c0-\u024f\u0259]/i;
const QUERY_TOKEN = /[\p{L}\p{N}]+(?:['’ʼ‘´`ʻ][\p{L}\p{N}]+)*['’ʼ‘´`ʻ]?/gu;

interface Reading {
  /** The word's own terms, as typed (English stems). */
  readonly own: WordTerms;
  readonly spellings: readonly QuerySpelling[];
  /** The likeliest reading is a stopword ("turaly", "kak", "o"): the word carries no subject. */
  readonly stopword: boolean;
  /** The likeliest reading is a bare Kazakh case ending ("ECQ-ny", "CON-ga"). */
  readonly suffix: boolean;
}

const MAX_CACHED = 20_000;
/** By the word as typed; `null` for words that are not Latin. Cleared when full, as the analyzer's cache. */
const readings = new Map<string, Reading | null>();

function readingOf(typed: string): Reading | null {
  let reading = readings.get(typed);
  if (reading !== undefined) return reading;
  const latin = latinWord(typed);
  reading = latin === undefined ? null : readLatin(latin);
  if (readings.size >= MAX_CACHED) readings.clear();
  readings.set(typed, reading);
  return reading;
}

function readLatin(latin: string): Reading {
  const found = cyrillicSpellings(latin);
  const cheapest = found
    .filter((spelling) => spelling.cost === found[0]?.cost)
    .map((s) => cachedTerms(s.text));
  const spellings: QuerySpelling[] = [];
  for (const { text, cost } of found) {
    const terms = cachedTerms(text);
    if (!terms.stopword)
      spellings.push({ alternatives: terms.queryAlternatives, norm: terms.form.norm, cost });
  }
  return {
    own: cachedTerms(latin),
    spellings,
    stopword: cheapest.some((terms) => terms.stopword),
    suffix: cheapest.some((terms) => terms.suffix),
  };
}

export function analyzeQueryAcrossScripts(text: string): QueryWord[] {
  if (!LATIN_LETTER.test(text)) return analyzeQuery(text);
  const words: QueryWord[] = [];
  let previousEnd = -2;
  for (const match of text.matchAll(QUERY_TOKEN)) {
    const start = match.index;
    const hyphenated = start === previousEnd + 1 && text[previousEnd] === '-';
    previousEnd = start + match[0].length;
    const reading = readingOf(match[0]);
    if (reading === null) {
      // Cyrillic, digits or mixed: read as the analyzer reads it, apostrophes breaking words as they do there.
      match[0].split(APOSTROPHES).forEach((part, i) => {
        const terms = cachedTerms(part);
        if (part === '' || terms.stopword || (hyphenated && i === 0 && terms.suffix)) return;
        words.push({ alternatives: terms.queryAlternatives, norm: terms.form.norm });
      });
      continue;
    }
    const { own } = reading;
    if (own.stopword || reading.stopword || (hyphenated && reading.suffix)) continue;
    words.push({ alternatives: own.queryAlternatives, norm: own.form.norm, spellings: reading.spellings });
  }
  return words;
}
