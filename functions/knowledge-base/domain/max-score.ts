import { saturation } from './bm25';
import type { FilterMasks } from './doc-attributes';
import { END as EXHAUSTED, TermCursor } from './posting-cursors';
import type { PostingLists } from './postings';
import type { TermBounds } from './term-bounds';
import { type Ranked, TopDocuments } from './top-documents';

export type { Ranked } from './top-documents';

/**
 * Top-k retrieval that skips what cannot reach the results: MaxScore (Turtle and Flood) over the query's
 * terms, with required words, document at a time.
 *
 * A document's score is the sum over slots (the query's words) of the slot's best term score (BM25 with
 * field weights), times the share of slots it matches, times a boost when it is in the question's language.
 * A slot offers several terms: the word's stems, and at lower weights its synonym concepts, typo corrections
 * and Cyrillic readings, which are often far commoner than the word itself. Every term has an upper bound
 * (its highest score over its postings), so any set of terms bounds what a document holding only them can
 * score. Once `capacity` documents are known, the lowest of their scores is the floor a newcomer must pass.
 *
 * Candidates come from one group of terms a document must hold to pass the floor, the group with the fewest
 * postings:
 * - MaxScore's essential terms: the terms left after taking away, lowest bound first, the longest run whose
 *   bounds together (with the share of slots they could cover) cannot pass the floor;
 * - or all terms of one required slot: a slot without which the other slots together cannot pass it.
 * A candidate is looked up in the other terms by galloping, highest bound first, skipping terms that cannot
 * raise their slot's score, and dropped as soon as what it can still reach falls to the floor. So a common
 * synonym beside a rare word, or common words beside a required rarer one, cost lookups, not walks.
 *
 * The answer is exactly that of scoring every document (`prune: false`, the reference the tests compare
 * with): documents come in ascending number, so one that merely ties the floor would lose the tie anyway;
 * bounds carry a margin against rounding; and a document's slot scores are summed in the query's slot order
 * whatever order its terms were looked up in.
 */

/** Guards the bounds against rounding: a bound must never fall below a score it bounds. */
const BOUND_MARGIN = 1 + 1e-9;
/** A local copy: the loop below reads it for every posting. */
const END: number = EXHAUSTED;

export interface ScoredTerm {
  readonly id: number;
  /** The slot's weight of the term times its IDF. */
  readonly weight: number;
}

export interface RankingInput {
  readonly lists: PostingLists;
  /** The terms' exact bounds, worked out on first use. */
  readonly termBounds: TermBounds;
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
  /** Counts documents taken as candidates and lookups in other terms, when given. */
  readonly work?: RankingWork;
}

export interface RankingWork {
  scanned: number;
  probed: number;
}

/** The cursors candidates come from, and the others in the order they are looked up in. */
interface Plan {
  readonly drivers: Int32Array;
  readonly probes: Int32Array;
  /** `open[k * n + s]`: the highest bound among `probes[k..]` of slot `s`, 0 when none. */
  readonly open: Float64Array;
}

/** What each term, slot and group of terms can score at most: the bounds the plan is chosen with. */
class Bounds {
  /** Cursor numbers by bound, lowest first. */
  readonly byBound: Int32Array;
  /** `reach[k]`: the most a document holding only `byBound[0..k-1]` can score, with the higher boost. */
  readonly reach: Float64Array;
  /** Each slot's highest term bound, and all of them together. */
  readonly slotUpper: Float64Array;
  readonly total: number;
  /** Each slot's postings (a measure of what walking its terms costs). */
  readonly slotSize: Float64Array;

  constructor(
    readonly uppers: Float64Array,
    readonly slotOf: Int32Array,
    sizes: readonly number[],
    readonly n: number,
    readonly maxBoost: number,
  ) {
    const m = uppers.length;
    this.byBound = Int32Array.from({ length: m }, (_, i) => i).sort(
      (a, b) => uppers[a]! - uppers[b]! || slotOf[a]! - slotOf[b]! || a - b,
    );
    this.reach = new Float64Array(m + 1);
    const upTo = new Float64Array(n);
    for (let k = 1; k <= m; k++) {
      const i = this.byBound[k - 1]!;
      upTo[slotOf[i]!] = Math.max(upTo[slotOf[i]!]!, uppers[i]!);
      this.reach[k] = coverage(upTo, n) * maxBoost;
    }
    this.slotUpper = upTo;
    let total = 0;
    for (let s = 0; s < n; s++) total += upTo[s]!;
    this.total = total;
    this.slotSize = new Float64Array(n);
    for (let i = 0; i < m; i++) this.slotSize[slotOf[i]!]! += sizes[i]!;
  }

  /** How many of `byBound` cannot, together, lift a document past `floor`. */
  nonEssential(floor: number): number {
    let k = 0;
    while (k < this.uppers.length && this.reach[k + 1]! <= floor) k++;
    return k;
  }

  /** The cheapest slot without which the others cannot pass `floor`, or -1. */
  requiredSlot(floor: number): number {
    const { n } = this;
    let best = -1;
    for (let s = 0; s < n; s++) {
      const others = (((this.total - this.slotUpper[s]!) * (n - 1)) / n) * this.maxBoost;
      if (others * BOUND_MARGIN > floor) continue;
      if (best < 0 || this.slotSize[s]! < this.slotSize[best]!) best = s;
    }
    return best;
  }

  plan(floor: number, sizes: readonly number[]): Plan {
    const m = this.uppers.length;
    const nonEssential = this.nonEssential(floor);
    let drivers = this.byBound.slice(nonEssential);
    let cost = 0;
    for (const i of drivers) cost += sizes[i]!;
    const required = floor > Number.NEGATIVE_INFINITY ? this.requiredSlot(floor) : -1;
    if (required >= 0 && this.slotSize[required]! < cost)
      drivers = this.byBound.filter((i) => this.slotOf[i] === required);
    const driving = new Uint8Array(m);
    for (const i of drivers) driving[i] = 1;
    const probes = this.byBound.filter((i) => driving[i] === 0).reverse();
    const n = this.n;
    const open = new Float64Array((probes.length + 1) * n);
    for (let k = probes.length - 1; k >= 0; k--) {
      open.copyWithin(k * n, (k + 1) * n, (k + 2) * n);
      const i = probes[k]!;
      const at = k * n + this.slotOf[i]!;
      open[at] = Math.max(open[at]!, this.uppers[i]!);
    }
    return { drivers, probes, open };
  }
}

/** The score a document holding every slot at `bounds` gets (before the boost). */
function coverage(bounds: Float64Array, n: number): number {
  let sum = 0;
  let holding = 0;
  for (let s = 0; s < n; s++) {
    sum += bounds[s]!;
    if (bounds[s]! > 0) holding++;
  }
  return (sum * holding) / n;
}

export function rankDocuments(input: RankingInput): Ranked[] {
  const { lists, termBounds, lengths, bits, masks, averageLength, capacity, work } = input;
  const n = input.slots.length;
  // One cursor per term of each slot (a term in two slots gets two).
  const cursors: TermCursor[] = [];
  const slotList: number[] = [];
  input.slots.forEach((terms, slot) => {
    for (const term of terms) {
      const sealedMax = termBounds.of(lists, term.id, lengths, averageLength);
      cursors.push(new TermCursor(lists, term.id, term.weight, sealedMax, averageLength));
      slotList.push(slot);
    }
  });
  const slotOf = Int32Array.from(slotList);
  const sizes = cursors.map((cursor) => cursor.size);
  const maxBoost = Math.max(1, input.boost);
  const bounds = new Bounds(
    Float64Array.from(cursors, (cursor) => cursor.upper * BOUND_MARGIN),
    slotOf,
    sizes,
    n,
    maxBoost,
  );
  let plan = bounds.plan(Number.NEGATIVE_INFINITY, sizes);
  let nonEssential = 0;
  let required = -1;
  const slotScores = new Float64Array(n);
  const slotMatched = new Uint8Array(n);
  const top = new TopDocuments(capacity);
  let floor = Number.NEGATIVE_INFINITY;

  for (;;) {
    const { drivers, probes, open } = plan;
    let doc = END;
    for (let d = 0; d < drivers.length; d++) {
      const at = cursors[drivers[d]!]!.doc;
      if (at < doc) doc = at;
    }
    if (doc === END) break;
    const docBits = bits[doc]!;
    if ((docBits & masks.lang) === 0 || (docBits & masks.hotline) === 0 || (docBits & masks.kind) === 0) {
      for (let d = 0; d < drivers.length; d++) {
        const cursor = cursors[drivers[d]!]!;
        if (cursor.doc === doc) cursor.next();
      }
      continue;
    }
    if (work) work.scanned++;
    for (let s = 0; s < n; s++) {
      slotScores[s] = 0;
      slotMatched[s] = 0;
    }
    const length = lengths[doc]!;
    for (let d = 0; d < drivers.length; d++) {
      const i = drivers[d]!;
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
    // The other terms, highest bound first, while the document can still pass the floor.
    for (let k = 0; k < probes.length; k++) {
      const i = probes[k]!;
      const slot = slotOf[i]!;
      // A slot scores its best term: a term bounded below what the slot already has cannot change it.
      if (bounds.uppers[i]! <= slotScores[slot]!) continue;
      let sum = 0;
      let holding = 0;
      for (let s = 0; s < n; s++) {
        const rest = open[k * n + s]!;
        sum += rest > slotScores[s]! ? rest : slotScores[s]!;
        if (slotMatched[s] === 1 || rest > 0) holding++;
      }
      if (((sum * holding) / n) * boost <= floor) {
        pruned = true;
        break;
      }
      if (work) work.probed++;
      const cursor = cursors[i]!;
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
    if (!input.prune || !top.full || top.lowest === floor) continue;
    floor = top.lowest;
    const nextNonEssential = bounds.nonEssential(floor);
    const nextRequired = bounds.requiredSlot(floor);
    if (nextNonEssential === nonEssential && nextRequired === required) continue;
    nonEssential = nextNonEssential;
    required = nextRequired;
    plan = bounds.plan(floor, sizes);
    // New drivers may lag behind: every document up to this one is decided.
    for (const i of plan.drivers) cursors[i]!.seek(doc + 1);
  }
  return top.items;
}
