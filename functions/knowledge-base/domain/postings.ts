/**
 * Posting lists in typed arrays. Most postings live in one sealed block: a `Uint32Array` of document
 * numbers and a `Uint16Array` of field-weighted term frequencies, each term owning a contiguous, ascending
 * range. Documents added since the last seal go to small per-term arrays (their numbers are higher than every
 * sealed one, so a term's sealed range followed by its added entries stays ascending). A removed document's
 * entries stay behind as tombstones (its filter bits are cleared, so it never scores) until the next seal,
 * which also renumbers the live documents densely.
 *
 * Per term the lists keep the live document frequency (for IDF) and the highest frequency and lowest
 * document length among its entries: together an upper bound of the term's BM25 score, which lets a search
 * skip postings that cannot reach the results (see `max-score.ts`).
 */

/** Field-weighted frequencies above this are stored as this (a word hundreds of times in one article). */
export const MAX_FREQUENCY = 0xffff;

export interface PostingTables {
  readonly terms: readonly string[];
  /** Term `t` owns `docs[starts[t]] .. docs[starts[t + 1] - 1]`. */
  readonly starts: Int32Array;
  readonly docs: Uint32Array;
  readonly freqs: Uint16Array;
  readonly documentFrequency: Int32Array;
  readonly langs: Uint8Array;
  readonly maxFrequency: Uint16Array;
  readonly minLength: Float32Array;
}

function grown<T extends Int32Array | Uint8Array | Uint16Array | Float32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

export class PostingLists {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private starts: Int32Array = new Int32Array(1);
  private sealedTerms = 0;
  docs: Uint32Array = new Uint32Array(0);
  freqs: Uint16Array = new Uint16Array(0);
  private df: Int32Array = new Int32Array(64);
  private termLangs: Uint8Array = new Uint8Array(64);
  private maxFreq: Uint16Array = new Uint16Array(64);
  private minLen: Float32Array = new Float32Array(64);
  /** Entries added since the seal, by term id. */
  private added = new Map<number, { docs: number[]; freqs: number[] }>();
  private addedCount = 0;
  private tombstones = 0;

  static fromTables(tables: PostingTables): PostingLists {
    const lists = new PostingLists();
    tables.terms.forEach((term, id) => {
      lists.ids.set(term, id);
      lists.terms.push(term);
    });
    lists.starts = tables.starts;
    lists.sealedTerms = tables.terms.length;
    lists.docs = tables.docs;
    lists.freqs = tables.freqs;
    lists.df = tables.documentFrequency;
    lists.termLangs = tables.langs;
    lists.maxFreq = tables.maxFrequency;
    lists.minLen = tables.minLength;
    return lists;
  }

  get termCount(): number {
    return this.terms.length;
  }

  /** Live postings plus tombstones, sealed and added. */
  get entries(): number {
    return this.docs.length + this.addedCount;
  }

  /** How much of the lists is unsealed or dead: past a share of the sealed block, sealing pays off. */
  get unsealedWork(): number {
    return this.addedCount + this.tombstones;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  termOf(id: number): string {
    return this.terms[id]!;
  }

  documentFrequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.df[id]!;
  }

  languagesOf(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.termLangs[id]!;
  }

  frequencyOf(id: number): number {
    return this.df[id]!;
  }

  maxFrequencyOf(id: number): number {
    return this.maxFreq[id]!;
  }

  minLengthOf(id: number): number {
    return this.minLen[id]!;
  }

  /** The sealed range of term `id`: `[start, end)` in `docs`/`freqs`. */
  sealedStart(id: number): number {
    return id < this.sealedTerms ? this.starts[id]! : 0;
  }

  sealedEnd(id: number): number {
    return id < this.sealedTerms ? this.starts[id + 1]! : 0;
  }

  /** Entries of term `id` added since the seal (ascending documents), if any. */
  addedOf(id: number): { readonly docs: readonly number[]; readonly freqs: readonly number[] } | undefined {
    return this.added.get(id);
  }

  /** Adds document `doc` (higher than any before) under each term with its frequency; answers new terms. */
  addDocument(
    doc: number,
    frequencies: ReadonlyMap<string, number>,
    length: number,
    langBit: number,
  ): string[] {
    const fresh: string[] = [];
    for (const [term, frequency] of frequencies) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.terms.push(term) - 1;
        this.ids.set(term, id);
        fresh.push(term);
        const needed = id + 1;
        this.df = grown(this.df, needed);
        this.termLangs = grown(this.termLangs, needed);
        this.maxFreq = grown(this.maxFreq, needed);
        this.minLen = grown(this.minLen, needed);
        this.minLen[id] = Number.POSITIVE_INFINITY;
      }
      const freq = Math.min(frequency, MAX_FREQUENCY);
      const added = this.added.get(id);
      if (added === undefined) this.added.set(id, { docs: [doc], freqs: [freq] });
      else {
        added.docs.push(doc);
        added.freqs.push(freq);
      }
      this.addedCount++;
      this.df[id]! += 1;
      this.termLangs[id]! |= langBit;
      if (freq > this.maxFreq[id]!) this.maxFreq[id] = freq;
      if (length < this.minLen[id]!) this.minLen[id] = length;
    }
    return fresh;
  }

  /** The document's entries become tombstones: it no longer counts for its terms' IDF. */
  removeDocument(terms: Iterable<string>): void {
    for (const term of terms) {
      const id = this.ids.get(term);
      if (id === undefined) continue;
      this.df[id]! -= 1;
      this.tombstones++;
    }
  }

  /**
   * Rewrites everything into one sealed block, keeping only entries of documents `renumber` maps (to their
   * new number, -1 for removed ones), and recomputes the score bounds from what remains.
   */
  seal(renumber: Int32Array, lengthOf: (doc: number) => number): void {
    const termCount = this.terms.length;
    let total = 0;
    for (let id = 0; id < termCount; id++) {
      for (let at = this.sealedStart(id); at < this.sealedEnd(id); at++) {
        if (renumber[this.docs[at]!]! >= 0) total++;
      }
      for (const doc of this.added.get(id)?.docs ?? []) if (renumber[doc]! >= 0) total++;
    }
    const starts = new Int32Array(termCount + 1);
    const docs = new Uint32Array(total);
    const freqs = new Uint16Array(total);
    const maxFreq = new Uint16Array(termCount);
    const minLen = new Float32Array(termCount);
    let out = 0;
    for (let id = 0; id < termCount; id++) {
      starts[id] = out;
      let max = 0;
      let min = Number.POSITIVE_INFINITY;
      const keep = (doc: number, freq: number) => {
        const number = renumber[doc]!;
        if (number < 0) return;
        docs[out] = number;
        freqs[out++] = freq;
        if (freq > max) max = freq;
        const length = lengthOf(number);
        if (length < min) min = length;
      };
      for (let at = this.sealedStart(id); at < this.sealedEnd(id); at++)
        keep(this.docs[at]!, this.freqs[at]!);
      const added = this.added.get(id);
      if (added !== undefined) {
        for (let i = 0; i < added.docs.length; i++) keep(added.docs[i]!, added.freqs[i]!);
      }
      maxFreq[id] = max;
      minLen[id] = min;
    }
    starts[termCount] = out;
    this.starts = starts;
    this.sealedTerms = termCount;
    this.docs = docs;
    this.freqs = freqs;
    this.maxFreq = maxFreq;
    this.minLen = minLen;
    this.df = grown(this.df.slice(0, termCount), termCount);
    this.termLangs = this.termLangs.slice(0, Math.max(termCount, 1));
    this.added = new Map();
    this.addedCount = 0;
    this.tombstones = 0;
  }

  /** The sealed block as plain arrays, for the snapshot (call `seal` first). */
  tables(): PostingTables {
    if (this.addedCount > 0 || this.tombstones > 0)
      throw new Error('Seal the posting lists before saving them');
    const count = this.terms.length;
    return {
      terms: this.terms,
      starts: this.starts.subarray(0, count + 1),
      docs: this.docs,
      freqs: this.freqs,
      documentFrequency: this.df.subarray(0, count),
      langs: this.termLangs.subarray(0, count),
      maxFrequency: this.maxFreq.subarray(0, count),
      minLength: this.minLen.subarray(0, count),
    };
  }
}
