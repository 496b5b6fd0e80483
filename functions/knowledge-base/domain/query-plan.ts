import { LANGUAGES, type Language } from '../../../contracts/hotlines';
import type { QueryWord } from './analyzer';
import { LANG_BITS } from './doc-attributes';
import { allowedTypos, type FuzzyVocabulary } from './fuzzy';
import { analyzeQueryAcrossScripts } from './query-words';
import type { SynonymMatcher } from './synonym-matcher';

/**
 * A query becomes slots, one per meaningful word. A slot offers several index terms with a weight each: the
 * word's stems (1), typo corrections when no stem is known (less, by distance), the concept of a synonym
 * phrase the word belongs to (a little less than the word itself), and for a word typed in Latin letters the
 * Cyrillic words it may stand for (less than the word as typed, so a document in the query's own script wins
 * a tie, and less the unlikelier the reading). A document scores the best of a slot's terms, so alternatives
 * never add up.
 */

export interface QuerySlot {
  readonly terms: ReadonlyMap<string, number>;
}

export interface QueryPlan {
  readonly slots: readonly QuerySlot[];
  /** The language the question seems written in, when its words say so. */
  readonly language: Language | undefined;
}

export interface Vocabulary {
  /** Documents holding the term; 0 for unknown terms. */
  documentFrequency(term: string): number;
  /** Bits (LANG_BITS) of the languages of the documents that hold the term. */
  languagesOf(term: string): number;
  readonly fuzzy: FuzzyVocabulary;
}

const TYPO_WEIGHT = [1, 0.7, 0.45];
/** A document using the caller's own words ranks above one that only uses a synonym of them. */
const SYNONYM_WEIGHT = 0.85;
/** Corrections kept per misspelt word: the most common among the nearest. */
const MAX_CORRECTIONS = 3;
/** A Latin word read as Cyrillic: its plainest reading, and how much each unit of reading cost takes off. */
const SPELLING_WEIGHT = 0.9;
const SPELLING_COST_PENALTY = 0.25;
const MIN_SPELLING_SHARE = 0.6;
/** Readings of a Latin word that no document knows which are looked up with typos: the likeliest few. */
const MAX_FUZZY_SPELLINGS = 2;

function spellingWeight(cost: number): number {
  return SPELLING_WEIGHT * Math.max(MIN_SPELLING_SHARE, 1 - SPELLING_COST_PENALTY * cost);
}

function corrections(
  alternatives: readonly string[],
  typos: number,
  vocabulary: Vocabulary,
): Map<string, number> {
  const found = new Map<string, number>();
  let nearest = typos + 1;
  const candidates = alternatives.flatMap((stem) => vocabulary.fuzzy.candidates(stem, typos));
  for (const candidate of candidates) {
    if (vocabulary.documentFrequency(candidate.word) > 0) nearest = Math.min(nearest, candidate.distance);
  }
  const best = candidates
    .filter((candidate) => candidate.distance === nearest && vocabulary.documentFrequency(candidate.word) > 0)
    .sort((a, b) => vocabulary.documentFrequency(b.word) - vocabulary.documentFrequency(a.word));
  for (const candidate of best) {
    if (found.size >= MAX_CORRECTIONS) break;
    found.set(candidate.word, TYPO_WEIGHT[nearest] ?? 0);
  }
  return found;
}

/**
 * Each word whose known stems occur in documents of one language only votes for it (бытовое -> ru,
 * узарту -> kk); words shared by languages (egov, полиция) do not vote. The readings of a Latin word vote
 * with it (spravka -> ru).
 */
function guessLanguage(words: readonly QueryWord[], vocabulary: Vocabulary): Language | undefined {
  const votes = new Map<Language, number>();
  for (const word of words) {
    let bits = 0;
    for (const term of word.alternatives) bits |= vocabulary.languagesOf(term);
    for (const spelling of word.spellings ?? []) {
      for (const term of spelling.alternatives) bits |= vocabulary.languagesOf(term);
    }
    const lang = LANGUAGES.find((candidate) => LANG_BITS[candidate] === bits);
    if (lang !== undefined) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first !== undefined && (second === undefined || first[1] > second[1]) ? first[0] : undefined;
}

/** Terms of one word that documents hold: as typed (weight 1), else its Cyrillic readings, else with typos. */
function termsOf(word: QueryWord, vocabulary: Vocabulary): Map<string, number> {
  const terms = new Map<string, number>();
  for (const term of word.alternatives) if (vocabulary.documentFrequency(term) > 0) terms.set(term, 1);
  if (word.spellings === undefined) {
    return terms.size > 0
      ? terms
      : corrections(word.alternatives, allowedTypos(word.norm.length), vocabulary);
  }
  for (const spelling of word.spellings) {
    const weight = spellingWeight(spelling.cost);
    for (const term of spelling.alternatives) {
      if (vocabulary.documentFrequency(term) > 0) terms.set(term, Math.max(weight, terms.get(term) ?? 0));
    }
  }
  if (terms.size > 0) return terms;
  // Nothing known as typed or read: typos in the word as typed first (an English word), then in its likeliest
  // readings (a Kazakh or Russian word typed in Latin letters with a typo).
  const own = corrections(word.alternatives, allowedTypos(word.norm.length), vocabulary);
  if (own.size > 0) return own;
  for (const spelling of word.spellings.slice(0, MAX_FUZZY_SPELLINGS)) {
    const weight = spellingWeight(spelling.cost);
    const found = corrections(spelling.alternatives, allowedTypos(spelling.norm.length), vocabulary);
    for (const [term, typoWeight] of found)
      terms.set(term, Math.max(weight * typoWeight, terms.get(term) ?? 0));
  }
  return terms;
}

export function planQuery(query: string, vocabulary: Vocabulary, matcher: SynonymMatcher): QueryPlan {
  const words = analyzeQueryAcrossScripts(query);
  const slots = words.map((word) => {
    const terms = termsOf(word, vocabulary);
    // Phrases are recognised on every candidate, known or not: "ЭЦП" may appear in no article at all. Of the
    // many readings of a Latin word only those some phrase contains can matter.
    const candidates = new Set([...word.alternatives, ...terms.keys()]);
    for (const spelling of word.spellings ?? []) {
      for (const term of spelling.alternatives) if (matcher.inAnyPhrase(term)) candidates.add(term);
    }
    return { terms, candidates };
  });

  // A synonym phrase joins each of its words as an alternative: a document naming the thing by another
  // name covers those words as one using the caller's words does.
  for (const match of matcher.inQuery(slots.map((slot) => slot.candidates))) {
    if (vocabulary.documentFrequency(match.concept) === 0) continue;
    for (let i = match.from; i < match.to; i++) {
      const terms = slots[i]!.terms;
      terms.set(match.concept, Math.max(SYNONYM_WEIGHT, terms.get(match.concept) ?? 0));
    }
  }
  // A word no document knows, even with typos, cannot tell documents apart.
  return { slots: slots.filter((slot) => slot.terms.size > 0), language: guessLanguage(words, vocabulary) };
}
