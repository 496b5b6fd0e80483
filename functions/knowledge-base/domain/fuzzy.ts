/**
 * Typo tolerance without scanning the vocabulary: a deletion neighbourhood (the SymSpell idea). Every
 * vocabulary word is filed under the strings left after deleting up to two letters from its first
 * PREFIX letters; a misspelt query word looks up its own deletions, and the few words found are checked
 * with a real edit distance. Two words within distance d always share a string reachable by at most d
 * deletions from each, so no candidate is missed.
 */

const PREFIX = 7;
const MAX_DISTANCE = 2;
/** Words shorter than this are abbreviations or particles; guessing their typos does more harm than good. */
export const MIN_FUZZY_LENGTH = 4;

export interface FuzzyCandidate {
  readonly word: string;
  readonly distance: number;
}

/** How many typos a query word of this length may carry: none under 5 letters, two from 8 on. */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

function deletionsOf(word: string, maxDistance: number): Set<string> {
  const found = new Set<string>([word]);
  let frontier = [word];
  for (let distance = 0; distance < maxDistance; distance++) {
    const next: string[] = [];
    for (const text of frontier) {
      for (let i = 0; i < text.length; i++) {
        const shorter = text.slice(0, i) + text.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return found;
}

/** Three rows of the distance table, reused: a typo lookup checks hundreds of words at 100,000 articles. */
let rows = new Int32Array(96);

/** Optimal string alignment distance (a swap of neighbours counts once), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  const table = rows;
  // Offsets of the rows for i - 2, i - 1 and i.
  let beforePrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) table[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    table[current] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(
        table[previous + j]! + 1,
        table[current + j - 1]! + 1,
        table[previous + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        value = Math.min(value, table[beforePrevious + j - 2]! + 1);
      }
      table[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const reused = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = reused;
  }
  return Math.min(table[previous + b.length]!, max + 1);
}

/** The vocabulary as plain arrays, for the index snapshot: words, and each deletion with its word ids. */
export interface FuzzyTables {
  readonly words: readonly string[];
  readonly deletions: readonly string[];
  /** Word ids of deletion `i` are `ids[starts[i]] .. ids[starts[i + 1] - 1]`. */
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

export class FuzzyVocabulary {
  private readonly words: string[] = [];
  private readonly known = new Set<string>();
  /**
   * Deletion of a word's prefix -> where its word ids start in `frozenIds`: the part loaded from a snapshot,
   * kept in two typed arrays instead of hundreds of thousands of small arrays.
   */
  private frozen = new Map<string, number>();
  private frozenStarts: Int32Array = new Int32Array(1);
  private frozenIds: Int32Array = new Int32Array(0);
  /** Deletion -> ids of words added since (or all of them, for an index built from documents). */
  private readonly added = new Map<string, number[]>();

  /** Tables from a snapshot not decoded yet, and words added meanwhile (applied once they are). */
  private pending: (() => FuzzyTables) | undefined;
  private queued: string[] = [];

  get size(): number {
    this.decode();
    return this.words.length;
  }

  /**
   * A vocabulary over a snapshot's tables, decoded on first use: only a question with a word no document
   * holds needs typo candidates, so a cold function answers its first question without building this map.
   */
  static fromTables(tables: FuzzyTables | (() => FuzzyTables)): FuzzyVocabulary {
    const vocabulary = new FuzzyVocabulary();
    vocabulary.pending = typeof tables === 'function' ? tables : () => tables;
    return vocabulary;
  }

  private decode(): void {
    const pending = this.pending;
    if (pending === undefined) return;
    this.pending = undefined;
    const tables = pending();
    for (const word of tables.words) {
      this.known.add(word);
      this.words.push(word);
    }
    const frozen = new Map<string, number>();
    tables.deletions.forEach((deletion, i) => {
      frozen.set(deletion, i);
    });
    this.frozen = frozen;
    this.frozenStarts = tables.starts;
    this.frozenIds = tables.ids;
    const queued = this.queued;
    this.queued = [];
    for (const word of queued) this.add(word);
  }

  add(word: string): void {
    if (this.pending !== undefined) {
      this.queued.push(word);
      return;
    }
    if (word.length < MIN_FUZZY_LENGTH || this.known.has(word)) return;
    this.known.add(word);
    const id = this.words.push(word) - 1;
    // A query word may be up to MAX_DISTANCE letters longer than this one and tolerate that many more typos.
    const reach = allowedTypos(word.length + MAX_DISTANCE);
    for (const deletion of deletionsOf(word.slice(0, PREFIX), reach)) {
      const ids = this.added.get(deletion);
      if (ids === undefined) this.added.set(deletion, [id]);
      else ids.push(id);
    }
  }

  /** Vocabulary words within `maxDistance` edits of `word`, nearest first. */
  candidates(word: string, maxDistance: number): FuzzyCandidate[] {
    if (maxDistance <= 0 || word.length < MIN_FUZZY_LENGTH) return [];
    this.decode();
    const limit = Math.min(maxDistance, MAX_DISTANCE);
    const checked = new Set<number>();
    const found: FuzzyCandidate[] = [];
    const check = (id: number) => {
      if (checked.has(id)) return;
      checked.add(id);
      const candidate = this.words[id]!;
      const distance = editDistance(word, candidate, limit);
      if (distance <= limit && candidate !== word) found.push({ word: candidate, distance });
    };
    for (const deletion of deletionsOf(word.slice(0, PREFIX), limit)) {
      const slot = this.frozen.get(deletion);
      if (slot !== undefined) {
        for (let at = this.frozenStarts[slot]!; at < this.frozenStarts[slot + 1]!; at++)
          check(this.frozenIds[at]!);
      }
      for (const id of this.added.get(deletion) ?? []) check(id);
    }
    return found.sort((a, b) => a.distance - b.distance);
  }

  /** Both parts merged into the snapshot's arrays. */
  tables(): FuzzyTables {
    this.decode();
    const merged = new Map<string, number[]>();
    for (const [deletion, slot] of this.frozen) {
      merged.set(
        deletion,
        Array.from(this.frozenIds.subarray(this.frozenStarts[slot]!, this.frozenStarts[slot + 1]!)),
      );
    }
    for (const [deletion, ids] of this.added) {
      const list = merged.get(deletion);
      if (list === undefined) merged.set(deletion, [...ids]);
      else list.push(...ids);
    }
    const deletions = [...merged.keys()];
    const starts = new Int32Array(deletions.length + 1);
    let total = 0;
    deletions.forEach((deletion, i) => {
      starts[i] = total;
      total += merged.get(deletion)!.length;
    });
    starts[deletions.length] = total;
    const ids = new Int32Array(total);
    deletions.forEach((deletion, i) => {
      ids.set(merged.get(deletion)!, starts[i]!);
    });
    return { words: [...this.words], deletions, starts, ids };
  }
}
