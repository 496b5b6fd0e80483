import { saturation } from './bm25';
import type { PostingLists } from './postings';

/**
 * Block-max bounds (Ding and Suel; Chakrabarti et al.): a term's sealed postings cut into blocks of
 * `BLOCK_SIZE` entries, each with its last document and the highest BM25 term-frequency part among its
 * entries. A search can then tell that a stretch of documents cannot reach the results from a handful of
 * numbers, and skip it without reading its postings (`max-score.ts`).
 *
 * The bounds are computed when a query first needs a term, from the sealed arrays and the document lengths,
 * and kept until the next seal (which rewrites both). They are exact maxima for a slightly higher average
 * length than the index has (`HEADROOM`): the term-frequency part grows with the average, so they stay
 * bounds while edits move the average a little, and are computed again once it passes them or they grow
 * loose. Nothing of this is in the snapshot: a cold reader pays about a millisecond per common term on its
 * first questions instead of loading megabytes.
 */

export const BLOCK_SIZE = 16;
/** Bounds are computed for an average length this much above the index's, and reused until it passes it. */
const HEADROOM = 1.01;
/** Bounds computed for an average this far above the index's are recomputed (too loose). */
const LOOSEST = HEADROOM * HEADROOM;
/** Terms kept; past this the cache starts again (a warm function sees its questions' terms over and over). */
const MAX_CACHED_TERMS = 20_000;

export interface TermBlocks {
  /** The last document of each block of the term's sealed range, ascending. */
  readonly lastDocs: Uint32Array;
  /** The highest term-frequency part (`saturation`, before the term's weight) in each block. */
  readonly maxima: Float64Array;
  /** The highest of `maxima`; 0 for a term with nothing sealed. */
  readonly max: number;
  /** The average length the maxima are computed for. */
  readonly averageLength: number;
}

/** The blocks of term `id`'s sealed range, for documents averaging at most `averageLength`. */
export function computeBlocks(
  lists: PostingLists,
  id: number,
  lengths: Float64Array,
  averageLength: number,
): TermBlocks {
  const start = lists.sealedStart(id);
  const end = lists.sealedEnd(id);
  const count = Math.ceil((end - start) / BLOCK_SIZE);
  const lastDocs = new Uint32Array(count);
  const maxima = new Float64Array(count);
  const { docs, freqs } = lists;
  let max = 0;
  for (let block = 0; block < count; block++) {
    const from = start + block * BLOCK_SIZE;
    const to = Math.min(end, from + BLOCK_SIZE);
    let best = 0;
    for (let at = from; at < to; at++) {
      const score = saturation(freqs[at]!, lengths[docs[at]!]!, averageLength);
      if (score > best) best = score;
    }
    lastDocs[block] = docs[to - 1]!;
    maxima[block] = best;
    if (best > max) max = best;
  }
  return { lastDocs, maxima, max, averageLength };
}

/** The blocks of the terms queries have asked for, until the next seal. */
export class BlockMaxima {
  private readonly cache = new Map<number, TermBlocks>();

  of(lists: PostingLists, id: number, lengths: Float64Array, averageLength: number): TermBlocks {
    const cached = this.cache.get(id);
    if (
      cached !== undefined &&
      cached.averageLength >= averageLength &&
      cached.averageLength <= averageLength * LOOSEST
    )
      return cached;
    if (this.cache.size >= MAX_CACHED_TERMS) this.cache.clear();
    const blocks = computeBlocks(lists, id, lengths, averageLength * HEADROOM);
    this.cache.set(id, blocks);
    return blocks;
  }

  /** Forgets every term's blocks: the postings were sealed anew. */
  clear(): void {
    this.cache.clear();
  }
}
