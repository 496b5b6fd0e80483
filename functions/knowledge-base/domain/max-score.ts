import type { FilterMasks } from './doc-attributes';
import type { PostingLists } from './postings';
import { advance, type Scratch } from './scratch';

/**
 * Top-k retrieval with MaxScore (Turtle and Flood), term at a time over the query's slots.
 *
 * A document's score is the sum over slots of the slot's best term score (BM25 with field weights), times
 * the share of slots it matches, times a boost when it is in the question's language. Every term knows an
 * upper bound of its score (highest frequency and lowest length among its postings), so every slot does.
 * Slots are taken highest bound first. Once `capacity` documents are known, the lowest of their scores so
 * far is a floor the results must reach (scores only grow as slots are added). When even a document
 * matching every remaining slot could not reach the floor, no new document can enter the results: the
 * remaining slots are no longer scanned but probed, only for the documents already found, by galloping
 * through their ascending posting lists; and a document whose own bound falls below the floor is dropped.
 * A common word after a rare one thus costs a few probes instead of a scan of its whole list.
 *
 * The answer is exactly that of scoring every document: bounds are only ever compared strictly, and
 * exhaustive scoring (`prune: false`) adds the slots in the same order, so the sums are the same numbers.
 */

export const K1 = 1.2;
export const B = 0.75;
/** Guards the bounds against rounding: a bound must never fall below a score it bounds. */
const BOUND_MARGIN = 1 + 1e-9;

export interface ScoredTerm {
  readonly id: number;
  /** The slot's weight of the term times its IDF. */
  readonly weight: number;
}

export interface RankingInput {
  readonly lists: PostingLists;
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
  /** Counts postings read by scanning and by probing, when given. */
  readonly work?: RankingWork;
}

export interface RankingWork {
  scanned: number;
  probed: number;
}

export interface Ranked {
  readonly number: number;
  readonly score: number;
}

/** BM25's term-frequency part for a document of `length`. */
export function saturation(frequency: number, length: number, averageLength: number): number {
  return (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength));
}

interface OrderedSlot {
  readonly terms: readonly ScoredTerm[];
  readonly upper: number;
  readonly position: number;
}

export function rankDocuments(input: RankingInput, s: Scratch): Ranked[] {
  const { lists, averageLength, capacity } = input;
  const n = input.slots.length;
  const slots: OrderedSlot[] = input.slots
    .map((terms, position) => {
      let upper = 0;
      for (const term of terms) {
        const bound =
          term.weight * saturation(lists.maxFrequencyOf(term.id), lists.minLengthOf(term.id), averageLength);
        if (bound > upper) upper = bound;
      }
      return { terms, upper: upper * BOUND_MARGIN, position };
    })
    .sort((a, b) => b.upper - a.upper || a.position - b.position);
  const remaining = new Float64Array(n + 1);
  for (let j = n - 1; j >= 0; j--) remaining[j] = remaining[j + 1]! + slots[j]!.upper;

  let touched = 0;
  let candidates: Int32Array | undefined;
  let candidateCount = 0;
  for (let j = 0; j < n; j++) {
    if (input.prune && j > 0) {
      const live = candidates ?? s.touched;
      const liveCount = candidates ? candidateCount : touched;
      const floor = kthBest(input, s, live, liveCount, n);
      const newcomerBound = ((remaining[j]! * (n - j)) / n) * input.boost;
      if (candidates === undefined && floor > 0 && newcomerBound < floor) {
        candidates = Int32Array.from(s.touched.subarray(0, touched)).sort();
        candidateCount = candidates.length;
      }
      if (candidates !== undefined)
        candidateCount = keepReachable(input, s, candidates, candidateCount, j, n, remaining[j]!, floor);
    }
    if (candidates === undefined) touched = scanSlot(input, s, slots[j]!.terms, touched);
    else probeSlot(input, s, slots[j]!.terms, candidates, candidateCount);
    if (input.work !== undefined)
      countWork(input, input.work, slots[j]!.terms, candidates ? candidateCount : -1);
  }

  const top = new TopDocuments(capacity);
  const finalists = candidates ?? s.touched;
  const finalistCount = candidates ? candidateCount : touched;
  for (let i = 0; i < finalistCount; i++) {
    const number = finalists[i]!;
    top.offer(number, finalScore(input, s, number, n));
  }
  for (let i = 0; i < touched; i++) {
    const number = s.touched[i]!;
    s.scores[number] = 0;
    s.matched[number] = 0;
  }
  return top.items;
}

function finalScore(input: RankingInput, s: Scratch, number: number, n: number): number {
  // Documents matching more of the query's words rank above those matching one word many times.
  const coverage = s.matched[number]! / n;
  const boost = (input.bits[number]! & input.preferred) !== 0 ? input.boost : 1;
  return s.scores[number]! * coverage * boost;
}

function countWork(
  input: RankingInput,
  work: RankingWork,
  terms: readonly ScoredTerm[],
  probes: number,
): void {
  for (const { id } of terms) {
    if (probes >= 0) work.probed += probes;
    else
      work.scanned +=
        input.lists.sealedEnd(id) - input.lists.sealedStart(id) + (input.lists.addedOf(id)?.docs.length ?? 0);
  }
}

/** The `capacity`-th best score so far (0 while fewer documents are known): the floor of the results. */
function kthBest(input: RankingInput, s: Scratch, live: Int32Array, count: number, n: number): number {
  if (count < input.capacity) return 0;
  const heap = new Float64Array(input.capacity);
  let size = 0;
  for (let i = 0; i < count; i++) {
    const score = finalScore(input, s, live[i]!, n);
    if (size < heap.length) {
      heap[size++] = score;
      if (size === heap.length) heapify(heap);
    } else if (score > heap[0]!) {
      heap[0] = score;
      siftDown(heap, 0);
    }
  }
  return heap[0]!;
}

function heapify(heap: Float64Array): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
}

function siftDown(heap: Float64Array, from: number): void {
  let at = from;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let smallest = at;
    if (left < heap.length && heap[left]! < heap[smallest]!) smallest = left;
    if (right < heap.length && heap[right]! < heap[smallest]!) smallest = right;
    if (smallest === at) return;
    const swap = heap[at]!;
    heap[at] = heap[smallest]!;
    heap[smallest] = swap;
    at = smallest;
  }
}

/** Drops candidates that cannot reach `floor` even matching every slot from `j` on; answers how many stay. */
function keepReachable(
  input: RankingInput,
  s: Scratch,
  candidates: Int32Array,
  count: number,
  j: number,
  n: number,
  remainingUpper: number,
  floor: number,
): number {
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const number = candidates[i]!;
    const boost = (input.bits[number]! & input.preferred) !== 0 ? input.boost : 1;
    const bound = (((s.scores[number]! + remainingUpper) * (s.matched[number]! + n - j)) / n) * boost;
    if (bound >= floor) candidates[kept++] = number;
  }
  return kept;
}

/** Every wanted document holding one of the slot's terms gets the slot's best term score. */
function scanSlot(
  input: RankingInput,
  s: Scratch,
  terms: readonly ScoredTerm[],
  touchedBefore: number,
): number {
  const { lists, lengths, bits, masks, averageLength } = input;
  let slotTouched = 0;
  const visit = (number: number, tf: number, weight: number) => {
    const docBits = bits[number]!;
    if ((docBits & masks.lang) === 0 || (docBits & masks.hotline) === 0 || (docBits & masks.kind) === 0)
      return;
    const score = weight * saturation(tf, lengths[number]!, averageLength);
    const best = s.slotBest[number]!;
    if (score <= best) return;
    if (best === 0) s.slotTouched[slotTouched++] = number;
    s.slotBest[number] = score;
  };
  for (const { id, weight } of terms) {
    const { docs, freqs } = lists;
    const end = lists.sealedEnd(id);
    for (let at = lists.sealedStart(id); at < end; at++) visit(docs[at]!, freqs[at]!, weight);
    const added = lists.addedOf(id);
    if (added !== undefined) {
      for (let i = 0; i < added.docs.length; i++) visit(added.docs[i]!, added.freqs[i]!, weight);
    }
  }
  let touched = touchedBefore;
  for (let i = 0; i < slotTouched; i++) {
    const number = s.slotTouched[i]!;
    if (s.matched[number] === 0) s.touched[touched++] = number;
    s.scores[number]! += s.slotBest[number]!;
    s.matched[number]! += 1;
    s.slotBest[number] = 0;
  }
  return touched;
}

/** The slot's best term score for each candidate (ascending), found by galloping through the lists. */
function probeSlot(
  input: RankingInput,
  s: Scratch,
  terms: readonly ScoredTerm[],
  candidates: Int32Array,
  count: number,
): void {
  const { lists, lengths, averageLength } = input;
  for (const { id, weight } of terms) {
    const { docs, freqs } = lists;
    const end = lists.sealedEnd(id);
    let at = lists.sealedStart(id);
    const added = lists.addedOf(id)?.docs;
    const addedFreqs = lists.addedOf(id)?.freqs;
    let addedAt = 0;
    for (let i = 0; i < count; i++) {
      const number = candidates[i]!;
      let tf = 0;
      at = advance(docs, at, end, number);
      if (at < end && docs[at] === number) tf = freqs[at]!;
      else if (added !== undefined) {
        addedAt = advance(added, addedAt, added.length, number);
        if (addedAt < added.length && added[addedAt] === number) tf = addedFreqs![addedAt]!;
      }
      if (tf === 0) continue;
      const score = weight * saturation(tf, lengths[number]!, averageLength);
      if (score > s.slotBest[number]!) s.slotBest[number] = score;
    }
  }
  for (let i = 0; i < count; i++) {
    const number = candidates[i]!;
    const best = s.slotBest[number]!;
    if (best === 0) continue;
    s.scores[number]! += best;
    s.matched[number]! += 1;
    s.slotBest[number] = 0;
  }
}

/** The best `capacity` documents, best first; equal scores by document number, so ties are stable. */
class TopDocuments {
  readonly items: Ranked[] = [];

  constructor(private readonly capacity: number) {}

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
