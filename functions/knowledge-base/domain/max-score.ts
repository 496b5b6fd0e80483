import type { FilterMasks } from './doc-attributes';
import { advance } from './gallop';
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

export const K1 = 1.2;
export const B = 0.75;
/** Guards the bounds against rounding: a bound must never fall below a score it bounds. */
const BOUND_MARGIN = 1 + 1e-9;
const END = 0xffffffff;

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
  /** Counts documents taken from essential postings and lookups in the others, when given. */
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

/** The postings of one term: its sealed range, then the entries added since the seal. */
class TermCursor {
  doc = 0;
  private at: number;
  private addedAt = 0;
  private readonly end: number;
  private readonly docs: Uint32Array;
  private readonly freqs: Uint16Array;
  private readonly addedDocs: readonly number[];
  private readonly addedFreqs: readonly number[];

  constructor(
    lists: PostingLists,
    id: number,
    readonly weight: number,
  ) {
    this.docs = lists.docs;
    this.freqs = lists.freqs;
    this.at = lists.sealedStart(id);
    this.end = lists.sealedEnd(id);
    const added = lists.addedOf(id);
    this.addedDocs = added?.docs ?? [];
    this.addedFreqs = added?.freqs ?? [];
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

  private settle(): void {
    if (this.at < this.end) this.doc = this.docs[this.at]!;
    else this.doc = this.addedAt < this.addedDocs.length ? this.addedDocs[this.addedAt]! : END;
  }
}

/** A slot's terms walked together: the slot is at the lowest document any of its terms is at. */
class SlotCursor {
  doc = END;

  constructor(
    private readonly terms: readonly TermCursor[],
    readonly upper: number,
  ) {
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

  private settle(): void {
    let doc = END;
    for (const term of this.terms) if (term.doc < doc) doc = term.doc;
    this.doc = doc;
  }
}

export function rankDocuments(input: RankingInput): Ranked[] {
  const { lists, lengths, bits, masks, averageLength, capacity, work } = input;
  const n = input.slots.length;
  const slots = input.slots
    .map((terms, position) => {
      let upper = 0;
      for (const term of terms) {
        const bound =
          term.weight * saturation(lists.maxFrequencyOf(term.id), lists.minLengthOf(term.id), averageLength);
        if (bound > upper) upper = bound;
      }
      return { terms, upper: upper * BOUND_MARGIN, position };
    })
    .sort((a, b) => a.upper - b.upper || a.position - b.position)
    .map(
      ({ terms, upper }) =>
        new SlotCursor(
          terms.map((term) => new TermCursor(lists, term.id, term.weight)),
          upper,
        ),
    );
  // below[i]: the bounds of slots 0..i-1 together.
  const below = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) below[i + 1] = below[i]! + slots[i]!.upper;
  const maxBoost = Math.max(1, input.boost);
  const slotScores = new Float64Array(n);
  const top = new TopDocuments(capacity);
  let floor = Number.NEGATIVE_INFINITY;
  let nonEssential = 0;

  for (;;) {
    let doc = END;
    for (let i = nonEssential; i < n; i++) if (slots[i]!.doc < doc) doc = slots[i]!.doc;
    if (doc === END) break;
    const docBits = bits[doc]!;
    if ((docBits & masks.lang) === 0 || (docBits & masks.hotline) === 0 || (docBits & masks.kind) === 0) {
      for (let i = nonEssential; i < n; i++) if (slots[i]!.doc === doc) slots[i]!.next();
      continue;
    }
    if (work) work.scanned++;
    slotScores.fill(0);
    let partial = 0;
    let matched = 0;
    for (let i = nonEssential; i < n; i++) {
      const slot = slots[i]!;
      if (slot.doc !== doc) continue;
      const score = slot.score(lengths, averageLength);
      slotScores[i] = score;
      partial += score;
      matched++;
      slot.next();
    }
    const boost = (docBits & input.preferred) !== 0 ? input.boost : 1;
    let pruned = false;
    for (let i = nonEssential - 1; i >= 0; i--) {
      // The most this document can still reach, should it hold every slot left to look up.
      if ((((partial + below[i + 1]!) * (matched + i + 1)) / n) * boost <= floor) {
        pruned = true;
        break;
      }
      const slot = slots[i]!;
      if (work) work.probed++;
      slot.seek(doc);
      if (slot.doc !== doc) continue;
      const score = slot.score(lengths, averageLength);
      slotScores[i] = score;
      partial += score;
      matched++;
    }
    if (pruned || matched === 0) continue;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += slotScores[i]!;
    // Documents matching more of the query's words rank above those matching one word many times.
    top.offer(doc, ((sum * matched) / n) * boost);
    if (!input.prune || !top.full) continue;
    floor = top.lowest;
    while (nonEssential < n && ((below[nonEssential + 1]! * (nonEssential + 1)) / n) * maxBoost <= floor)
      nonEssential++;
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
