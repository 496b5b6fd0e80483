import { saturation } from './bm25';
import { advance } from './gallop';
import type { PostingLists } from './postings';

/** Past the last document: a cursor at `END` is exhausted. */
export const END = 0xffffffff;

/**
 * The postings of one term: its sealed range, then the entries added since the seal, walked as two segments
 * of typed arrays (one kind of array at every read, which keeps the loop that reads them fast).
 */
export class TermCursor {
  doc = END;
  /** The highest weighted score of any of the term's postings. */
  readonly upper: number;
  /** How many postings the term has, sealed and added. */
  readonly size: number;
  private docs: Uint32Array;
  private freqs: Uint16Array;
  private at: number;
  private end: number;
  /** The added entries, while the sealed range is walked; undefined once they are the segment. */
  private added: { readonly docs: Uint32Array; readonly freqs: Uint16Array } | undefined;

  constructor(
    lists: PostingLists,
    id: number,
    readonly weight: number,
    /** The highest term-frequency part among the sealed postings (`term-bounds.ts`). */
    sealedMax: number,
    averageLength: number,
  ) {
    this.docs = lists.docs;
    this.freqs = lists.freqs;
    this.at = lists.sealedStart(id);
    this.end = lists.sealedEnd(id);
    const added = lists.addedOf(id);
    this.added =
      added === undefined || added.docs.length === 0
        ? undefined
        : { docs: Uint32Array.from(added.docs), freqs: Uint16Array.from(added.freqs) };
    // The term's highest frequency and lowest length include its added entries: they bound those.
    const addedMax =
      this.added !== undefined
        ? saturation(lists.maxFrequencyOf(id), lists.minLengthOf(id), averageLength)
        : 0;
    this.upper = weight * Math.max(sealedMax, addedMax);
    this.size = this.end - this.at + (this.added?.docs.length ?? 0);
    if (this.at < this.end) this.doc = this.docs[this.at]!;
    else this.nextSegment();
  }

  get frequency(): number {
    return this.freqs[this.at]!;
  }

  next(): void {
    if (++this.at < this.end) this.doc = this.docs[this.at]!;
    else this.nextSegment();
  }

  /** Moves to the first entry at or after `target`. */
  seek(target: number): void {
    if (this.doc >= target) return;
    this.at = advance(this.docs, this.at, this.end, target);
    if (this.at < this.end) this.doc = this.docs[this.at]!;
    else if (this.nextSegment()) this.seek(target);
  }

  /** Moves on to the added entries when the sealed range is done; answers whether there are any. */
  private nextSegment(): boolean {
    const added = this.added;
    if (added === undefined) {
      this.doc = END;
      return false;
    }
    this.added = undefined;
    this.docs = added.docs;
    this.freqs = added.freqs;
    this.at = 0;
    this.end = added.docs.length;
    this.doc = added.docs[0]!;
    return true;
  }
}
