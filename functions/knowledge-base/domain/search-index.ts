import { LANGUAGES, type Language } from '../../../contracts/hotlines';
import { analyzeDocumentText } from './analyzer';
import { DocumentAttributes, filterMasks, LANG_BITS } from './doc-attributes';
import {
  articleDocument,
  articleKey,
  referralDocuments,
  referralKey,
  type SearchDocument,
} from './documents';
import { FuzzyVocabulary } from './fuzzy';
import { type Ranked, type RankingWork, rankDocuments, type ScoredTerm } from './max-score';
import { PostingLists } from './postings';
import { planQuery } from './query-plan';
import { ResultTerms } from './result-terms';
import { highlightsOf, makeSnippet } from './snippet';
import { type DocumentTexts, StoredDocuments, TEXT_FIELDS } from './stored-documents';
import { CONCEPT_PREFIX, SynonymMatcher } from './synonym-matcher';
import { TermBounds } from './term-bounds';
import type { KbArticle, ReferralBody, SearchOptions, SearchResult } from './types';

/**
 * An in-memory inverted index ranked with BM25 over weighted fields. Built once per warm Lambda (or loaded
 * from a snapshot, see `snapshot.ts`) and kept up to date with `upsert`/`remove`; a search reads only the
 * postings of the query's terms (and looks typos up in a deletion neighbourhood), never every document, and
 * skips the postings that cannot reach the results (`max-score.ts`). Postings are typed arrays
 * (`postings.ts`); snippets and highlights analyze the few result documents again instead of keeping every
 * body's terms in memory.
 */

const FIELD_WEIGHTS = { title: 3, tags: 2, category: 1, body: 1 } as const;
const DEFAULT_LIMIT = 10;
/** Documents in the language the question is written in rank a little higher than their translations. */
const SAME_LANGUAGE_BOOST = 1.25;
/** Edits leave unsealed postings and tombstones; seal when they outgrow this and a share of the sealed block. */
const MIN_UNSEALED_TO_SEAL = 50_000;
const UNSEALED_SHARE_TO_SEAL = 0.25;

const sharedMatcher = new SynonymMatcher();

/** The parts of an index, as a snapshot stores them. */
export interface IndexParts {
  readonly documents: StoredDocuments;
  readonly postings: PostingLists;
  readonly fuzzy: FuzzyVocabulary;
  readonly lengths: Float64Array;
  readonly bits: Uint8Array;
}

export interface RankOptions extends SearchOptions {
  /** False scores every matching document; the default skips what cannot reach the results. */
  readonly prune?: boolean;
  /** Postings read, counted here when given. */
  readonly work?: RankingWork;
}

export class SearchIndex {
  fuzzy: FuzzyVocabulary;
  private postings: PostingLists;
  private documents: StoredDocuments;
  private attributes = new DocumentAttributes();
  private readonly numberByKey = new Map<string, number>();
  private totalLength = 0;
  private readonly highlights: ResultTerms;
  /** Exact score bounds of the terms queries used, until the next seal. */
  private readonly termBounds = new TermBounds();
  /** While `buildIndex` adds everything, sealing waits for the end. */
  private bulk = false;

  constructor(
    private readonly matcher: SynonymMatcher = sharedMatcher,
    parts?: IndexParts,
  ) {
    this.highlights = new ResultTerms(matcher);
    this.fuzzy = parts?.fuzzy ?? new FuzzyVocabulary();
    this.postings = parts?.postings ?? new PostingLists();
    this.documents = parts?.documents ?? new StoredDocuments();
    if (parts !== undefined) {
      this.attributes = DocumentAttributes.from(parts.lengths, parts.bits);
      parts.documents.keys.forEach((key, number) => {
        if (key === undefined) return;
        this.numberByKey.set(key, number);
        this.totalLength += parts.lengths[number]!;
      });
    }
  }

  /** Searchable documents: articles plus one per language of each referral body. */
  get size(): number {
    return this.numberByKey.size;
  }

  documentFrequency(term: string): number {
    return this.postings.documentFrequency(term);
  }

  languagesOf(term: string): number {
    return this.postings.languagesOf(term);
  }

  upsert(article: KbArticle): void {
    this.put(articleDocument(article));
    this.sealWhenWorthIt();
  }

  remove(id: string): boolean {
    const removed = this.drop(articleKey(id));
    this.sealWhenWorthIt();
    return removed;
  }

  upsertReferral(referral: ReferralBody): void {
    this.removeReferral(referral.id);
    for (const doc of referralDocuments(referral)) this.put(doc);
    this.sealWhenWorthIt();
  }

  removeReferral(id: string): boolean {
    let removed = false;
    for (const lang of LANGUAGES) removed = this.drop(referralKey(id, lang)) || removed;
    return removed;
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const { ranked, termWeights } = this.rankWithWeights(query, options);
    return this.results(ranked, limit, termWeights);
  }

  /** Document keys and scores, best first, before referral languages are merged (for tests and tools). */
  rank(query: string, options: RankOptions = {}): { key: string; score: number }[] {
    return this.rankWithWeights(query, options).ranked.map(({ number, score }) => ({
      key: this.documents.keys[number]!,
      score,
    }));
  }

  /**
   * Renumbers the live documents densely and rewrites the postings into one sealed block: done after a
   * build, before a snapshot, and when edits have piled up.
   */
  seal(): void {
    const renumber = this.documents.compact();
    const lengths = new Float64Array(Math.max(this.documents.length, 1));
    const bits = new Uint8Array(lengths.length);
    renumber.forEach((number, old) => {
      if (number < 0) return;
      lengths[number] = this.attributes.lengths[old]!;
      bits[number] = this.attributes.bits[old]!;
    });
    this.postings.seal(renumber, (number) => lengths[number]!);
    this.termBounds.clear();
    this.attributes = DocumentAttributes.from(lengths, bits);
    this.numberByKey.clear();
    this.highlights.clear();
    this.documents.keys.forEach((key, number) => {
      this.numberByKey.set(key!, number);
    });
  }

  /** The parts a snapshot stores; seals first, so they are dense and compact. */
  parts(): IndexParts {
    this.seal();
    const count = this.documents.length;
    return {
      documents: this.documents,
      postings: this.postings,
      fuzzy: this.fuzzy,
      lengths: this.attributes.lengths.subarray(0, count),
      bits: this.attributes.bits.subarray(0, count),
    };
  }

  private rankWithWeights(query: string, options: RankOptions) {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const termWeights = new Map<string, number>();
    if (limit <= 0 || this.size === 0) return { ranked: [], termWeights };
    const { slots, language } = planQuery(query, this, this.matcher);
    if (slots.length === 0) return { ranked: [], termWeights };
    const count = this.size;
    const scoredSlots: ScoredTerm[][] = slots.map((slot) => {
      const terms: ScoredTerm[] = [];
      for (const [term, weight] of slot.terms) {
        const id = this.postings.idOf(term);
        if (id === undefined) continue;
        const frequency = this.postings.frequencyOf(id);
        if (frequency <= 0) continue;
        const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
        termWeights.set(term, Math.max(termWeights.get(term) ?? 0, weight * idf));
        terms.push({ id, weight: weight * idf });
      }
      return terms;
    });
    const ranked = rankDocuments({
      lists: this.postings,
      termBounds: this.termBounds,
      lengths: this.attributes.lengths,
      bits: this.attributes.bits,
      masks: filterMasks(options),
      slots: scoredSlots,
      averageLength: this.totalLength / count,
      preferred: language === undefined ? 0 : LANG_BITS[language],
      boost: SAME_LANGUAGE_BOOST,
      // Referral bodies appear once per language; keep spares to fill the places of duplicates.
      capacity: limit * 3,
      prune: options.prune ?? true,
      ...(options.work ? { work: options.work } : {}),
    });
    return { ranked, termWeights };
  }

  private results(
    ranked: readonly Ranked[],
    limit: number,
    termWeights: Map<string, number>,
  ): SearchResult[] {
    const results: SearchResult[] = [];
    const seen = new Set<string>();
    for (const { number, score } of ranked) {
      const id = this.documents.idOf(number);
      const kind = this.documents.kindOf(number);
      const identity = `${kind}:${id}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const texts = this.documents.texts(number);
      const lang = langOfBits(this.attributes.bits[number]!);
      const { body, title } = this.highlights.of(number, texts, lang);
      const { snippet, highlights } = makeSnippet(texts.body, body, termWeights);
      const rounded = Math.round(score * 1000) / 1000;
      results.push({
        id,
        title: texts.title,
        score: rounded,
        snippet,
        highlights,
        titleHighlights: highlightsOf(title, termWeights),
        lang,
        kind,
      });
      if (results.length >= limit) break;
    }
    return results;
  }

  /**
   * Calls `visit` with every term occurrence of the document and the weight of its field (synonym concepts
   * included), and returns the field-weighted length.
   */
  private analyze(doc: DocumentTexts, lang: Language, visit: (term: string, weight: number) => void): number {
    let length = 0;
    for (const field of TEXT_FIELDS) {
      const weight = FIELD_WEIGHTS[field];
      const terms = analyzeDocumentText(doc[field], lang);
      for (const { term } of terms) visit(term, weight);
      for (const { concept } of this.matcher.inDocument(terms)) visit(concept, weight);
      length += weight * terms.length;
    }
    return length;
  }

  private put(doc: SearchDocument): void {
    this.drop(doc.key);
    const frequencies = new Map<string, number>();
    const length = this.analyze(doc, doc.lang, (term, weight) => {
      frequencies.set(term, (frequencies.get(term) ?? 0) + weight);
    });
    const number = this.documents.push(doc);
    for (const term of this.postings.addDocument(number, frequencies, length, LANG_BITS[doc.lang])) {
      if (!term.startsWith(CONCEPT_PREFIX)) this.fuzzy.add(term);
    }
    this.numberByKey.set(doc.key, number);
    this.attributes.set(number, doc, length);
    this.totalLength += length;
  }

  private drop(key: string): boolean {
    const number = this.numberByKey.get(key);
    if (number === undefined) return false;
    // Analysis is deterministic, so removal analyzes the document again instead of keeping its terms.
    const terms = new Set<string>();
    this.analyze(this.documents.texts(number), langOfBits(this.attributes.bits[number]!), (term) =>
      terms.add(term),
    );
    // The fuzzy vocabulary keeps the word; corrections to terms without documents are ignored.
    this.postings.removeDocument(terms);
    this.totalLength -= this.attributes.lengths[number]!;
    this.highlights.forget(number);
    this.documents.remove(number);
    this.attributes.clear(number);
    this.numberByKey.delete(key);
    return true;
  }

  /** Adds many documents at once and seals once at the end. */
  bulkLoad(input: IndexInput): void {
    this.bulk = true;
    try {
      for (const article of input.articles ?? []) this.upsert(article);
      for (const referral of input.referrals ?? []) this.upsertReferral(referral);
    } finally {
      this.bulk = false;
    }
    this.seal();
  }

  private sealWhenWorthIt(): void {
    if (this.bulk) return;
    const unsealed = this.postings.unsealedWork;
    if (unsealed > Math.max(MIN_UNSEALED_TO_SEAL, UNSEALED_SHARE_TO_SEAL * this.postings.entries))
      this.seal();
  }
}

function langOfBits(bits: number): Language {
  if ((bits & LANG_BITS.kk) !== 0) return 'kk';
  return (bits & LANG_BITS.ru) !== 0 ? 'ru' : 'en';
}

export interface IndexInput {
  readonly articles?: readonly KbArticle[];
  readonly referrals?: readonly ReferralBody[];
}

export function buildIndex(input: IndexInput): SearchIndex {
  const index = new SearchIndex();
  index.bulkLoad(input);
  return index;
}
