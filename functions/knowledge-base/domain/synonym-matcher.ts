import { analyzeQuery } from './analyzer';
import { SYNONYM_GROUPS, type SynonymGroup } from './synonyms';

/**
 * Finds synonym phrases in analyzed text and names them by a concept term (`syn:eds`) that documents are
 * indexed under and queries search for, so "ЭЦП" finds an article that only says "электрондық цифрлық
 * қолтаңба". Each phrase word matches any of its stems (Russian, Kazakh, English), because a phrase does not
 * know which language's document or query it will meet.
 */

export const CONCEPT_PREFIX = 'syn:';

interface Phrase {
  readonly concept: string;
  readonly words: readonly ReadonlySet<string>[];
}

export interface ConceptMatch {
  readonly concept: string;
  /** Index of the first and one past the last matched word. */
  readonly from: number;
  readonly to: number;
}

export class SynonymMatcher {
  private readonly byFirstWord = new Map<string, Phrase[]>();
  /** Every stem of every phrase word. */
  private readonly stems = new Set<string>();

  constructor(groups: readonly SynonymGroup[] = SYNONYM_GROUPS) {
    for (const group of groups) {
      for (const text of group.phrases) {
        const words = analyzeQuery(text).map((word) => new Set(word.alternatives));
        for (const stem of words.flatMap((stems) => [...stems])) this.stems.add(stem);
        const first = words[0];
        if (first === undefined) continue;
        const phrase = { concept: CONCEPT_PREFIX + group.id, words };
        for (const stem of first) {
          const list = this.byFirstWord.get(stem) ?? [];
          list.push(phrase);
          this.byFirstWord.set(stem, list);
        }
      }
    }
  }

  /** Whether some phrase has a word with this stem: candidates that are not cannot start or continue one. */
  inAnyPhrase(term: string): boolean {
    return this.stems.has(term);
  }

  /** Every phrase occurrence in a document's terms (overlapping ones included, once per concept and place). */
  inDocument(terms: readonly { readonly term: string }[]): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    for (let from = 0; from < terms.length; from++) {
      const phrases = this.byFirstWord.get(terms[from]!.term);
      if (phrases === undefined) continue;
      const seen = new Set<string>();
      for (const phrase of phrases) {
        if (seen.has(phrase.concept)) continue;
        const matched = phrase.words.every((stems, offset) => stems.has(terms[from + offset]?.term ?? ''));
        if (!matched) continue;
        seen.add(phrase.concept);
        matches.push({ concept: phrase.concept, from, to: from + phrase.words.length });
      }
    }
    return matches;
  }

  /**
   * The longest phrases in a query, left to right without overlap. Each query word offers several candidate
   * terms (stems in two languages, typo corrections).
   */
  inQuery(words: readonly ReadonlySet<string>[]): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    let from = 0;
    while (from < words.length) {
      let best: ConceptMatch | undefined;
      for (const stem of words[from]!) {
        for (const phrase of this.byFirstWord.get(stem) ?? []) {
          if (best !== undefined && phrase.words.length <= best.to - best.from) continue;
          const matched = phrase.words.every((stems, offset) =>
            [...(words[from + offset] ?? [])].some((candidate) => stems.has(candidate)),
          );
          if (matched) best = { concept: phrase.concept, from, to: from + phrase.words.length };
        }
      }
      if (best === undefined) {
        from++;
      } else {
        matches.push(best);
        from = best.to;
      }
    }
    return matches;
  }
}
