import type { BlockMaxima } from './block-max';
import type { FilterMasks } from './doc-attributes';
import { saturation } from './bm25';
import { END, TermCursor } from './posting-cursors';
import type { PostingLists } from './postings';

/**
 * Top-k retrieval with MaxScore (Turtle and Flood), document at a time over the query's slots.
 *
 * A document's score is the sum over slots of the slot's best term score (BM25 with field weights), times
 * the share of slots it matches, times a boost when it is in the question's language. Every term knows an
 * upper bound of its score (highest frequency and lowest length among its postings), so every slot does.
 * Slots are ordered by bound, lowest first. Once `capacity` documents are known, the lowest of their scores
 * is the floor a newcomer must pass. The longest run of lowest-bound slots whose bounds together (with the
 * coverage they would give) cannot pass the floor is "non-essential": a document found only there cannot
 * make the results, so documents are taken only from the other, essential slots' postings, and looked up in
 * the non-essential ones by galloping through them, highest bound first, stopping as soon as the document's
 * own bound falls to the floor. Common words after a rare one thus cost a few lookups instead of a walk
 * through their whole posting lists, and the floor rises as better documents are found.
 *
 * The answer is exactly that of scoring every document (`prune: false`, the reference the tests compare
 * with): documents come in ascending number, so one that merely ties the floor would lose the tie anyway;
 * bounds carry a margin against rounding; and a document's score is summed in one fixed slot order whatever
 * order its slots were looked up in.
 */

/** Guards the bounds against rounding: a bound must never fall below a score it bounds. */
const BOUND_MARGIN = 1 + 1e-9;

export interface ScoredTerm {
  readonly id: number;
  /** The slot's weight of the term times its IDF. */
  readonly weight: number;
}

export interface RankingInput {
  readonly lists: PostingLists;
  /** The terms' block bounds, computed on first use. */
  readonly blocks: BlockMaxima;
  readonly lengths: Float64Array;
  readonly bits: Uint8Array;
  readonly masks: FilterMasks;
  /** Each slot's terms, in the query's order. */
  readonly slots: readonly (readonly ScoredTerm[])[];
  readonly averageLength: number;
  /** Language bits that earn `boost`. */
  readonly preferred: number;
  readonly boost: number;
  readonly capacity: number;
  /** False: score every matching document (the reference the tests compare with). */
  readonly prune: boolean;
  /** Counts documents taken from essential postings and lookups in the others, when given. */
  readonly work?: RankingWork;
}

export interface RankingWork {
  scanned: number;
  probed: number;
  /** Stretches of documents skipped on their block bounds. */
  skipped?: number;
}

export interface Ranked {
  readonly number: number;
  readonly score: number;
}

export function rankDocuments(input: RankingInput): Ranked[] {
  const { lists, blocks, lengths, bits, masks, averageLength, capacity, work } = input;
  const n = input.slots.length;
  // One cursor per term of each slot (a term in two slots gets two), ordered by bound, lowest first.
  const ordered = input.slots
    .flatMap((terms, slot) =>
      terms.map((term) => ({
        cursor: new TermCursor(
          lists,
          term.id,
          term.weight,
          blocks.of(lists, term.id, lengths, averageLength),
          averageLength,
        ),
        slot,
      })),
    )
    .sort((a, b) => a.cursor.upper - b.cursor.upper || a.slot - b.slot);
  const m = ordered.length;
  const cursors = ordered.map(({ cursor }) => cursor);
  const slotOf = Int32Array.from(ordered, ({ slot }) => slot);
  // upTo[k * n + s]: the highest bound among cursors 0..k-1 of slot s (0 when it has none of them).
  const upTo = new Float64Array((m + 1) * n);
  // reach[k]: the most a document found only by cursors 0..k-1 can score, with the higher boost.
  const reach = new Float64Array(m + 1);
  const maxBoost = Math.max(1, input.boost);
  for (let k = 1; k <= m; k++) {
    upTo.copyWithin(k * n, (k - 1) * n, k * n);
    const at = k * n + slotOf[k - 1]!;
    upTo[at] = Math.max(upTo[at]!, cursors[k - 1]!.upper * BOUND_MARGIN);
    let sum = 0;
    let holding = 0;
    for (let s = 0; s < n; s++) {
      sum += upTo[k * n + s]!;
      if (upTo[k * n + s]! > 0) holding++;
    }
    reach[k] = ((sum * holding) / n) * maxBoost;
  }
  const slotScores = new Float64Array(n);
  const slotMatched = new Uint8Array(n);
  const slotBlocks = new Float64Array(n);
  // The stretch of documents up to the first block end of any cursor, and the most any document in it scores.
  let regionLast = -1;
  let regionBound = 0;
  const top = new TopDocuments(capacity);
  let floor = Number.NEGATIVE_INFINITY;
  let nonEssential = 0;

  for (;;) {
    let doc = END;
    for (let i = nonEssential; i < m; i++) if (cursors[i]!.doc < doc) doc = cursors[i]!.doc;
    if (doc === END) break;
    if (floor > Number.NEGATIVE_INFINITY) {
      if (doc > regionLast) {
        slotBlocks.fill(0);
        let last = END;
        for (let i = 0; i < m; i++) {
          const cursor = cursors[i]!;
          const bound = cursor.shallow(doc) * BOUND_MARGIN;
          const slot = slotOf[i]!;
          if (bound > slotBlocks[slot]!) slotBlocks[slot] = bound;
          if (cursor.blockEnd < last) last = cursor.blockEnd;
        }
        let sum = 0;
        let holding = 0;
        for (let s = 0; s < n; s++) {
          sum += slotBlocks[s]!;
          if (slotBlocks[s]! > 0) holding++;
        }
        regionLast = last;
        regionBound = ((sum * holding) / n) * maxBoost;
      }
      // No document of the stretch can pass the floor: skip it without reading its postings.
      if (regionBound <= floor) {
        if (work) work.skipped = (work.skipped ?? 0) + 1;
        if (regionLast === END) break;
        for (let i = nonEssential; i < m; i++) cursors[i]!.seek(regionLast + 1);
        continue;
      }
    }
    const docBits = bits[doc]!;
    if ((docBits & masks.lang) === 0 || (docBits & masks.hotline) === 0 || (docBits & masks.kind) === 0) {
      for (let i = nonEssential; i < m; i++) if (cursors[i]!.doc === doc) cursors[i]!.next();
      continue;
    }
    if (work) work.scanned++;
    slotScores.fill(0);
    slotMatched.fill(0);
    const length = lengths[doc]!;
    for (let i = nonEssential; i < m; i++) {
      const cursor = cursors[i]!;
      if (cursor.doc !== doc) continue;
      const slot = slotOf[i]!;
      const score = cursor.weight * saturation(cursor.frequency, length, averageLength);
      if (score > slotScores[slot]!) slotScores[slot] = score;
      slotMatched[slot] = 1;
      cursor.next();
    }
    const boost = (docBits & input.preferred) !== 0 ? input.boost : 1;
    let pruned = false;
    // Cursors 0..k-1 are not looked up yet: highest bound first, while the document can still pass the floor.
    for (let k = nonEssential; k > 0; k--) {
      const slot = slotOf[k - 1]!;
      const cursor = cursors[k - 1]!;
      // A slot scores its best term: a term bounded below what the slot already has cannot change it.
      if (cursor.upper * BOUND_MARGIN <= slotScores[slot]!) continue;
      let sum = 0;
      let holding = 0;
      for (let s = 0; s < n; s++) {
        const open = upTo[k * n + s]!;
        sum += Math.max(slotScores[s]!, open);
        if (slotMatched[s] === 1 || open > 0) holding++;
      }
      if (((sum * holding) / n) * boost <= floor) {
        pruned = true;
        break;
      }
      if (work) work.probed++;
      cursor.seek(doc);
      if (cursor.doc !== doc) continue;
      const score = cursor.weight * saturation(cursor.frequency, length, averageLength);
      if (score > slotScores[slot]!) slotScores[slot] = score;
      slotMatched[slot] = 1;
    }
    if (pruned) continue;
    let sum = 0;
    let matched = 0;
    for (let s = 0; s < n; s++) {
      sum += slotScores[s]!;
      matched += slotMatched[s]!;
    }
    if (matched === 0) continue;
    // Documents matching more of the query's words rank above those matching one word many times.
    top.offer(doc, ((sum * matched) / n) * boost);
    if (!input.prune || !top.full) continue;
    floor = top.lowest;
    while (nonEssential < m && reach[nonEssential + 1]! <= floor) nonEssential++;
  }
  return top.items;
}

/** The best `capacity` documents, best first; equal scores by document number, so ties are stable. */
class TopDocuments {
  readonly items: Ranked[] = [];

  constructor(private readonly capacity: number) {}

  get full(): boolean {
    return this.items.length >= this.capacity;
  }

  get lowest(): number {
    return this.items[this.items.length - 1]!.score;
  }

  offer(number: number, score: number): void {
    const items = this.items;
    if (items.length >= this.capacity) {
      const last = items[items.length - 1]!;
      if (score < last.score || (score === last.score && number > last.number)) return;
    }
    let at = items.length;
    while (at > 0) {
      const before = items[at - 1]!;
      if (before.score > score || (before.score === score && before.number < number)) break;
      at--;
    }
    items.splice(at, 0, { number, score });
    if (items.length > this.capacity) items.pop();
  }
}
