import type { TermBlocks } from './block-max';
import { saturation } from './bm25';
import { advance } from './gallop';
import type { PostingLists } from './postings';

/** Past the last document: a cursor at `END` is exhausted, a block ending at `END` is unbounded. */
export const END = 0xffffffff;

/**
 * The postings of one term: its sealed range, then the entries added since the seal, walked as two segments
 * of typed arrays. Besides its position (`doc`) it keeps a block pointer that only `shallow` moves: which
 * block covers a document, and what the term can score there, without reading the block's postings.
 */
export class TermCursor {
  doc = END;
  /** After `shallow(target)`: the last document the reported bound covers. */
  blockEnd = END;
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
  private blockAt = 0;
  /** The bound of the entries added since the seal (unweighted), 0 when there are none. */
  private readonly tail: number;

  constructor(
    lists: PostingLists,
    id: number,
    readonly weight: number,
    private readonly blocks: TermBlocks,
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
    // The term's highest frequency and lowest length include its added entries.
    this.tail =
      this.added !== undefined
        ? saturation(lists.maxFrequencyOf(id), lists.minLengthOf(id), averageLength)
        : 0;
    this.upper = weight * Math.max(blocks.max, this.tail);
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

  /**
   * The most (weighted) this term scores for any document from `target` to `blockEnd`. Targets must not
   * decrease from one call to the next. Sealed blocks come first; the added entries all follow every sealed
   * document, so past the last block they are one unbounded block of their own.
   */
  shallow(target: number): number {
    const { lastDocs, maxima } = this.blocks;
    const count = lastDocs.length;
    this.blockAt = advance(lastDocs, this.blockAt, count, target);
    if (this.blockAt < count) {
      this.blockEnd = lastDocs[this.blockAt]!;
      return this.weight * maxima[this.blockAt]!;
    }
    this.blockEnd = END;
    return this.weight * this.tail;
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
