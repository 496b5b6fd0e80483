import type { Language } from '../../../contracts/hotlines';
import { analyzeDocumentText } from './analyzer';
import { type BodyTerms, bodyTermsOf } from './snippet';
import type { DocumentTexts } from './stored-documents';
import type { SynonymMatcher } from './synonym-matcher';

/** Results whose terms are kept: a few megabytes, against analyzing popular articles again and again. */
const CACHE_SIZE = 1000;

/**
 * The analyzed terms of a result's title and body, with their positions, for its snippet and highlights.
 * The index keeps no document's terms (for a hundred thousand bodies that was most of its memory): they are
 * worked out again for the few documents a question returns, and the last thousand are kept, least recently
 * used out first.
 */
export class ResultTerms {
  private readonly cache = new Map<number, { body: BodyTerms; title: BodyTerms }>();

  constructor(private readonly matcher: SynonymMatcher) {}

  of(number: number, texts: DocumentTexts, lang: Language): { body: BodyTerms; title: BodyTerms } {
    const cached = this.cache.get(number);
    if (cached !== undefined) {
      // Most recently used last: the first entry is the one to evict.
      this.cache.delete(number);
      this.cache.set(number, cached);
      return cached;
    }
    const termsOf = (text: string) => {
      const terms = analyzeDocumentText(text, lang);
      return bodyTermsOf(terms, this.matcher.inDocument(terms));
    };
    const terms = { body: termsOf(texts.body), title: termsOf(texts.title) };
    this.cache.set(number, terms);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return terms;
  }

  /** A document removed or changed. */
  forget(number: number): void {
    this.cache.delete(number);
  }

  /** Documents renumbered. */
  clear(): void {
    this.cache.clear();
  }
}
