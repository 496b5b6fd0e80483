import { LANGUAGES } from '../../../contracts/hotlines';
import { analyzeDocumentText } from './analyzer';
import { DocumentAttributes, type FilterMasks, filterMasks, LANG_BITS } from './doc-attributes';
import {
  articleDocument,
  articleKey,
  referralDocuments,
  referralKey,
  type SearchDocument,
} from './documents';
import { FuzzyVocabulary } from './fuzzy';
import { planQuery, type QuerySlot } from './query-plan';
import { lowerBound, Scratch } from './scratch';
import { type BodyTerms, bodyTermsOf, highlightsOf, makeSnippet } from './snippet';
import { CONCEPT_PREFIX, SynonymMatcher } from './synonym-matcher';
import { TopK } from './top-k';
import type { KbArticle, ReferralBody, SearchOptions, SearchResult } from './types';

/**
 * An in-memory inverted index ranked with BM25 over weighted fields. Built once per warm Lambda and kept up
 * to date with `upsert`/`remove`; a search reads only the postings of the query's terms (and looks typos up
 * in a deletion neighbourhood), never every document.
 */

const FIELD_WEIGHTS = { title: 3, tags: 2, category: 1, body: 1 } as const;
const K1 = 1.2;
const B = 0.75;
const DEFAULT_LIMIT = 10;
/** Documents in the language the question is written in rank a little higher than their translations. */
const SAME_LANGUAGE_BOOST = 1.25;
/** Removed documents leave holes in the numbering; renumber when they outgrow this and the live count. */
const MIN_HOLES_TO_COMPACT = 1000;

/** Analysis is deterministic, so removal analyzes the document again instead of keeping its terms. */
interface StoredDocument {
  readonly doc: SearchDocument;
  readonly length: number;
  readonly body: BodyTerms;
  /** The title's terms, for highlighting it in results. */
  readonly title: BodyTerms;
}

interface Posting {
  readonly docs: number[];
  readonly freqs: number[];
  /** Languages of the documents holding the term (not cleared on removal: it only guides a guess). */
  langs: number;
}

const sharedMatcher = new SynonymMatcher();

export class SearchIndex {
  readonly fuzzy = new FuzzyVocabulary();
  private readonly postings = new Map<string, Posting>();
  private readonly stored: (StoredDocument | undefined)[] = [];
  private attributes = new DocumentAttributes();
  private readonly numberByKey = new Map<string, number>();
  private totalLength = 0;
  private scratch = new Scratch(0);

  constructor(private readonly matcher: SynonymMatcher = sharedMatcher) {}

  /** Searchable documents: articles plus one per language of each referral body. */
  get size(): number {
    return this.numberByKey.size;
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  languagesOf(term: string): number {
    return this.postings.get(term)?.langs ?? 0;
  }

  upsert(article: KbArticle): void {
    this.put(articleDocument(article));
  }

  remove(id: string): boolean {
    return this.drop(articleKey(id));
  }

  upsertReferral(referral: ReferralBody): void {
    this.removeReferral(referral.id);
    for (const doc of referralDocuments(referral)) this.put(doc);
  }

  removeReferral(id: string): boolean {
    let removed = false;
    for (const lang of LANGUAGES) removed = this.drop(referralKey(id, lang)) || removed;
    return removed;
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (limit <= 0 || this.size === 0) return [];
    const { slots, language } = planQuery(query, this, this.matcher);
    if (slots.length === 0) return [];
    const preferred = language === undefined ? 0 : LANG_BITS[language];

    const termWeights = new Map<string, number>();
    const scratch = this.scratchFor(this.stored.length);
    const touched = this.scoreSlots(slots, filterMasks(options), termWeights, scratch);
    // Referral bodies appear once per language; keep spares to fill the places of duplicates.
    const top = new TopK<number>(limit * 3);
    for (let i = 0; i < touched; i++) {
      const number = scratch.touched[i]!;
      // Documents matching more of the query's words rank above those matching one word many times.
      const coverage = scratch.matched[number]! / slots.length;
      const boost = (this.attributes.bits[number]! & preferred) !== 0 ? SAME_LANGUAGE_BOOST : 1;
      top.offer(number, scratch.scores[number]! * coverage * boost);
      scratch.scores[number] = 0;
      scratch.matched[number] = 0;
    }
    return this.results(top, limit, termWeights);
  }

  /** Adds each slot's best BM25 term score to every wanted document holding one of its terms. */
  private scoreSlots(
    slots: readonly QuerySlot[],
    masks: FilterMasks,
    weights: Map<string, number>,
    s: Scratch,
  ) {
    const count = this.size;
    const averageLength = this.totalLength / count;
    const { lengths, bits } = this.attributes;
    let touched = 0;
    for (const slot of slots) {
      let slotTouched = 0;
      for (const [term, weight] of slot.terms) {
        const posting = this.postings.get(term);
        if (posting === undefined) continue;
        const frequency = posting.docs.length;
        const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
        weights.set(term, Math.max(weights.get(term) ?? 0, weight * idf));
        const { docs, freqs } = posting;
        for (let i = 0; i < docs.length; i++) {
          const number = docs[i]!;
          const docBits = bits[number]!;
          if (
            (docBits & masks.lang) === 0 ||
            (docBits & masks.hotline) === 0 ||
            (docBits & masks.kind) === 0
          ) {
            continue;
          }
          const tf = freqs[i]!;
          const score =
            (weight * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[number]!) / averageLength));
          const best = s.slotBest[number]!;
          if (score <= best) continue;
          if (best === 0) s.slotTouched[slotTouched++] = number;
          s.slotBest[number] = score;
        }
      }
      for (let i = 0; i < slotTouched; i++) {
        const number = s.slotTouched[i]!;
        if (s.matched[number] === 0) s.touched[touched++] = number;
        s.scores[number]! += s.slotBest[number]!;
        s.matched[number]! += 1;
        s.slotBest[number] = 0;
      }
    }
    return touched;
  }

  private results(top: TopK<number>, limit: number, termWeights: Map<string, number>): SearchResult[] {
    const results: SearchResult[] = [];
    const seen = new Set<string>();
    for (const { item: number, score } of top.best()) {
      const { doc, body, title } = this.stored[number]!;
      const identity = `${doc.kind}:${doc.id}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const { snippet, highlights } = makeSnippet(doc.body, body, termWeights);
      const rounded = Math.round(score * 1000) / 1000;
      results.push({
        id: doc.id,
        title: doc.title,
        score: rounded,
        snippet,
        highlights,
        titleHighlights: highlightsOf(title, termWeights),
        lang: doc.lang,
        kind: doc.kind,
      });
      if (results.length >= limit) break;
    }
    return results;
  }

  /**
   * Calls `visit` with every term occurrence of the document and the weight of its field (synonym concepts
   * included), and returns the body's and the title's terms for snippets and highlights and the
   * field-weighted length.
   */
  private analyze(doc: SearchDocument, visit: (term: string, weight: number) => void) {
    let length = 0;
    let body: BodyTerms = { terms: [], spans: new Uint32Array(0) };
    let title = body;
    for (const field of ['title', 'tags', 'category', 'body'] as const) {
      const weight = FIELD_WEIGHTS[field];
      const terms = analyzeDocumentText(doc[field], doc.lang);
      const concepts = this.matcher.inDocument(terms);
      for (const { term } of terms) visit(term, weight);
      for (const { concept } of concepts) visit(concept, weight);
      length += weight * terms.length;
      if (field === 'body') body = bodyTermsOf(terms, concepts);
      else if (field === 'title') title = bodyTermsOf(terms, concepts);
    }
    return { length, body, title };
  }

  private put(doc: SearchDocument): void {
    this.drop(doc.key);
    if (this.stored.length - this.size > Math.max(MIN_HOLES_TO_COMPACT, this.size)) this.compact();
    const number = this.stored.length;
    const langBit = LANG_BITS[doc.lang];
    // Document numbers only grow, so a term already seen in this document is the posting's last entry.
    const { length, body, title } = this.analyze(doc, (term, weight) => {
      let posting = this.postings.get(term);
      if (posting === undefined) {
        posting = { docs: [], freqs: [], langs: 0 };
        this.postings.set(term, posting);
        if (!term.startsWith(CONCEPT_PREFIX)) this.fuzzy.add(term);
      }
      const last = posting.docs.length - 1;
      if (posting.docs[last] === number) posting.freqs[last]! += weight;
      else {
        posting.docs.push(number);
        posting.freqs.push(weight);
        posting.langs |= langBit;
      }
    });
    this.stored.push({ doc, length, body, title });
    this.numberByKey.set(doc.key, number);
    this.attributes.set(number, doc, length);
    this.totalLength += length;
  }

  /** Renumbers the live documents once edits have left more holes than documents. */
  private compact(): void {
    const live = this.stored.filter((stored) => stored !== undefined).map((stored) => stored.doc);
    this.postings.clear();
    this.stored.length = 0;
    this.numberByKey.clear();
    this.attributes = new DocumentAttributes();
    this.totalLength = 0;
    for (const doc of live) this.put(doc);
  }

  private drop(key: string): boolean {
    const number = this.numberByKey.get(key);
    if (number === undefined) return false;
    const stored = this.stored[number]!;
    const terms = new Set<string>();
    this.analyze(stored.doc, (term) => terms.add(term));
    for (const term of terms) {
      const posting = this.postings.get(term)!;
      const at = lowerBound(posting.docs, number);
      posting.docs.splice(at, 1);
      posting.freqs.splice(at, 1);
      // The fuzzy vocabulary keeps the word; corrections to terms without documents are ignored.
      if (posting.docs.length === 0) this.postings.delete(term);
    }
    this.totalLength -= stored.length;
    this.stored[number] = undefined;
    this.attributes.clear(number);
    this.numberByKey.delete(key);
    return true;
  }

  private scratchFor(documents: number): Scratch {
    if (this.scratch.capacity < documents)
      this.scratch = new Scratch(Math.max(documents, this.scratch.capacity * 2));
    return this.scratch;
  }
}

export interface IndexInput {
  readonly articles?: readonly KbArticle[];
  readonly referrals?: readonly ReferralBody[];
}

export function buildIndex(input: IndexInput): SearchIndex {
  const index = new SearchIndex();
  for (const article of input.articles ?? []) index.upsert(article);
  for (const referral of input.referrals ?? []) index.upsertReferral(referral);
  return index;
}
