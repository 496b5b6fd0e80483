import type { Language } from '../../../contracts/hotlines';
import { normalizeWord, WORD, type WordForm } from './normalize';
import { stemEnglish } from './stem-en';
import { isKazakhSuffix, stemKazakh } from './stem-kk';
import { stemRussian } from './stem-ru';
import { STOPWORDS } from './stopwords';

/**
 * Turns text into index terms. A document knows its language, so each word gets one stem: Latin words the
 * English stemmer, words spelled with Kazakh letters the Kazakh one, other Cyrillic words the stemmer of the
 * document's language. A query does not say its language (people type Kazakh without Kazakh letters), so a
 * plain Cyrillic query word gets both the Russian and the Kazakh stem as alternatives.
 */

export interface Term {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

export interface QueryWord {
  /** Candidate index terms for the word, most likely first. */
  readonly alternatives: readonly string[];
  /** The folded surface form, used to decide how many typos to tolerate. */
  readonly norm: string;
  /** For a word typed in Latin letters: the Cyrillic words it may stand for, cheapest first. */
  readonly spellings?: readonly QuerySpelling[];
}

/** One Cyrillic reading of a Latin query word (see `transliterate.ts`). */
export interface QuerySpelling {
  readonly alternatives: readonly string[];
  readonly norm: string;
  /** How unlikely this reading is; 0 for the plainest one. */
  readonly cost: number;
}

/** What one spelling of a word contributes to the index, worked out once per spelling. */
export interface WordTerms {
  readonly form: WordForm;
  readonly stopword: boolean;
  /** A bare Kazakh case ending, dropped after a hyphen (`ЭЦҚ-ны`, `ЦОН-ға`). */
  readonly suffix: boolean;
  /** Term in a Kazakh document, and in Russian and English ones. */
  readonly kazakh: string;
  readonly other: string;
  readonly queryAlternatives: readonly string[];
}

function termsOf(word: string): WordTerms {
  const form = normalizeWord(word);
  const stopword = STOPWORDS.has(form.norm);
  const suffix = form.script === 'cyrillic' && isKazakhSuffix(form.norm);
  if (form.script === 'latin') {
    const stem = stemEnglish(form.norm);
    return { form, stopword, suffix, kazakh: stem, other: stem, queryAlternatives: [stem] };
  }
  if (form.script !== 'cyrillic') {
    return { form, stopword, suffix, kazakh: form.norm, other: form.norm, queryAlternatives: [form.norm] };
  }
  const kazakh = stemKazakh(form.lower);
  if (form.kazakhSpelling)
    return { form, stopword, suffix, kazakh, other: kazakh, queryAlternatives: [kazakh] };
  const russian = stemRussian(form.norm);
  const queryAlternatives = russian === kazakh ? [russian] : [russian, kazakh];
  return { form, stopword, suffix, kazakh, other: russian, queryAlternatives };
}

/**
 * Memoized by spelling: a knowledge base repeats the same few tens of thousands of words, and every article
 * passes through here. Cleared when full rather than evicted one by one: refilling is cheap.
 */
const MAX_CACHED = 200_000;
const cache = new Map<string, WordTerms>();

export function cachedTerms(word: string): WordTerms {
  let terms = cache.get(word);
  if (terms === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    terms = termsOf(word);
    cache.set(word, terms);
  }
  return terms;
}

/**
 * Calls `visit` for each meaningful word of `text`: stopwords are skipped, and so is a case ending written
 * after a hyphen. Written as one loop without intermediate objects: it runs over every word of every article.
 */
function scan(text: string, visit: (terms: WordTerms, start: number, end: number) => void): void {
  let previousEnd = -2;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const hyphenated = start === previousEnd + 1 && text[previousEnd] === '-';
    previousEnd = end;
    const terms = cachedTerms(match[0]);
    if (terms.stopword || (hyphenated && terms.suffix)) continue;
    visit(terms, start, end);
  }
}

export function analyzeDocumentText(text: string, lang: Language): Term[] {
  const found: Term[] = [];
  scan(text, (terms, start, end) => {
    found.push({ term: lang === 'kk' ? terms.kazakh : terms.other, start, end });
  });
  return found;
}

export function analyzeQuery(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  scan(text, (terms) => {
    words.push({ alternatives: terms.queryAlternatives, norm: terms.form.norm });
  });
  return words;
}
