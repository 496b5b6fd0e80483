import { saturation } from './bm25';
import type { TermBlocks } from './block-max';
import { advance } from './gallop';
import type { PostingLists } from './postings';

/** Past the last document: a cursor at `END` is exhausted, a block ending at `END` is unbounded. */
export const END = 0xffffffff;

/**
 * The postings of one term: its sealed range, then the entries added since the seal. Besides its position
 * (`doc`) it keeps a block pointer that only `shallow` moves: which block covers a document, and what the
 * term can score there, without reading the block's postings.
 */
export class TermCursor {
  doc = 0;
  /** After `shallow(target)`: the last document the reported bound covers. */
  blockEnd = END;
  /** The highest weighted score of any of the term's postings. */
  readonly upper: number;
  private at: number;
  private addedAt = 0;
  private blockAt = 0;
  private readonly end: number;
  private readonly docs: Uint32Array;
  private readonly freqs: Uint16Array;
  private readonly addedDocs: readonly number[];
  private readonly addedFreqs: readonly number[];
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
    this.addedDocs = added?.docs ?? [];
    this.addedFreqs = added?.freqs ?? [];
    // The term's highest frequency and lowest length include its added entries.
    this.tail =
      this.addedDocs.length > 0
        ? saturation(lists.maxFrequencyOf(id), lists.minLengthOf(id), averageLength)
        : 0;
    this.upper = weight * Math.max(blocks.max, this.tail);
    this.settle();
  }

  get frequency(): number {
    return this.at < this.end ? this.freqs[this.at]! : this.addedFreqs[this.addedAt]!;
  }

  next(): void {
    if (this.at < this.end) this.at++;
    else this.addedAt++;
    this.settle();
  }

  /** Moves to the first entry at or after `target`. */
  seek(target: number): void {
    if (this.doc >= target) return;
    if (this.at < this.end) {
      this.at = advance(this.docs, this.at, this.end, target);
      if (this.at < this.end) {
        this.doc = this.docs[this.at]!;
        return;
      }
    }
    this.addedAt = advance(this.addedDocs, this.addedAt, this.addedDocs.length, target);
    this.settle();
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

  private settle(): void {
    if (this.at < this.end) this.doc = this.docs[this.at]!;
    else this.doc = this.addedAt < this.addedDocs.length ? this.addedDocs[this.addedAt]! : END;
  }
}

/** A slot's terms walked together: the slot is at the lowest document any of its terms is at. */
export class SlotCursor {
  doc = END;
  /** After `shallow(target)`: the last document the reported bound covers. */
  blockEnd = END;
  /** The highest score any of the slot's terms gives a document (before the bounds' margin). */
  readonly upper: number;

  constructor(private readonly terms: readonly TermCursor[]) {
    let upper = 0;
    for (const term of terms) if (term.upper > upper) upper = term.upper;
    this.upper = upper;
    this.settle();
  }

  /** The slot's best term score for the document it is at. */
  score(lengths: Float64Array, averageLength: number): number {
    let best = 0;
    const length = lengths[this.doc]!;
    for (const term of this.terms) {
      if (term.doc !== this.doc) continue;
      const score = term.weight * saturation(term.frequency, length, averageLength);
      if (score > best) best = score;
    }
    return best;
  }

  next(): void {
    for (const term of this.terms) if (term.doc === this.doc) term.next();
    this.settle();
  }

  seek(target: number): void {
    if (this.doc >= target) return;
    for (const term of this.terms) term.seek(target);
    this.settle();
  }

  /** The slot's best block bound from `target` to `blockEnd` (the earliest of its terms' block ends). */
  shallow(target: number): number {
    let best = 0;
    let blockEnd = END;
    for (const term of this.terms) {
      const bound = term.shallow(target);
      if (bound > best) best = bound;
      if (term.blockEnd < blockEnd) blockEnd = term.blockEnd;
    }
    this.blockEnd = blockEnd;
    return best;
  }

  private settle(): void {
    let doc = END;
    for (const term of this.terms) if (term.doc < doc) doc = term.doc;
    this.doc = doc;
  }
}
