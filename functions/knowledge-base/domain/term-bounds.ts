import { saturation } from './bm25';
import type { PostingLists } from './postings';

/**
 * Each term's highest BM25 term-frequency part over its sealed postings: the bound top-k retrieval prunes
 * with (`max-score.ts`). The postings keep each term's highest frequency and lowest length, which bound it
 * too, but loosely (the two rarely belong to one document); the exact maximum is worked out when a query
 * first needs the term and kept until the next seal rewrites the postings.
 *
 * It is exact for a slightly higher average length than the index has (`HEADROOM`): the term-frequency part
 * grows with the average, so the bound holds while edits move the average a little, and is worked out again
 * once the average passes it or it has grown loose. Nothing of this is in the snapshot: a cold reader pays
 * well under a millisecond for each common term of its first questions.
 *
 * Block-max bounds (the same maximum per block of postings, to skip stretches of documents) were tried and
 * left out: on our knowledge base the per-block checks cost more than the postings they let us skip
 * (decision 0026).
 */

/** Bounds are worked out for an average length this much above the index's, and reused until it passes it. */
const HEADROOM = 1.01;
/** Bounds worked out for an average this far above the index's are worked out again (too loose). */
const LOOSEST = HEADROOM * HEADROOM;
/** Terms kept; past this the cache starts again (a warm function sees its questions' terms over and over). */
const MAX_CACHED_TERMS = 20_000;

interface Cached {
  readonly max: number;
  readonly averageLength: number;
}

/** The highest `saturation` among term `id`'s sealed postings, for documents averaging `averageLength`. */
export function sealedMaximum(
  lists: PostingLists,
  id: number,
  lengths: Float64Array,
  averageLength: number,
): number {
  const { docs, freqs } = lists;
  let max = 0;
  for (let at = lists.sealedStart(id), end = lists.sealedEnd(id); at < end; at++) {
    const score = saturation(freqs[at]!, lengths[docs[at]!]!, averageLength);
    if (score > max) max = score;
  }
  return max;
}

/** The sealed maxima of the terms queries have asked for, until the next seal. */
export class TermBounds {
  private readonly cache = new Map<number, Cached>();

  /** At least the highest `saturation` of any sealed posting of term `id` at `averageLength`. */
  of(lists: PostingLists, id: number, lengths: Float64Array, averageLength: number): number {
    const cached = this.cache.get(id);
    if (
      cached !== undefined &&
      cached.averageLength >= averageLength &&
      cached.averageLength <= averageLength * LOOSEST
    )
      return cached.max;
    if (this.cache.size >= MAX_CACHED_TERMS) this.cache.clear();
    const computedFor = averageLength * HEADROOM;
    const max = sealedMaximum(lists, id, lengths, computedFor);
    this.cache.set(id, { max, averageLength: computedFor });
    return max;
  }

  /** Forgets every term's bound: the postings were sealed anew. */
  clear(): void {
    this.cache.clear();
  }
}
