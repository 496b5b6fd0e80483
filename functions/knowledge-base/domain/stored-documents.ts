import type { SearchDocument } from './documents';
import type { ResultKind } from './types';

/**
 * The texts of the indexed documents by document number, for snippets, highlights and re-analysis on
 * removal. A document indexed in this process keeps its `SearchDocument` (whose strings the caller holds
 * anyway); one loaded from a snapshot stays UTF-8 in the snapshot's bytes and is decoded only when it is a
 * result, so a loaded index does not hold a hundred thousand bodies as JavaScript strings.
 */

/** Title, body, tags and category: the fields analyzed, in this order in a snapshot. */
export const TEXT_FIELDS = ['title', 'body', 'tags', 'category'] as const;
export type DocumentTexts = Pick<SearchDocument, (typeof TEXT_FIELDS)[number]>;

export interface PackedTexts {
  /** UTF-8 of every document's fields, one after the other. */
  readonly bytes: Uint8Array;
  /** Field `f` of document `d` is `bytes[offsets[4d + f] .. offsets[4d + f + 1]]`. */
  readonly offsets: Uint32Array;
}

const decoder = new TextDecoder();

export class StoredDocuments {
  /** `article:<id>` or `referral:<id>:<lang>`; undefined once removed. */
  keys: (string | undefined)[] = [];
  private docs: (SearchDocument | undefined)[] = [];
  private packed: PackedTexts | undefined;
  private packedCount = 0;

  static fromPacked(keys: (string | undefined)[], packed: PackedTexts): StoredDocuments {
    const stored = new StoredDocuments();
    stored.keys = keys;
    stored.docs = new Array(keys.length);
    stored.packed = packed;
    stored.packedCount = keys.length;
    return stored;
  }

  get length(): number {
    return this.keys.length;
  }

  push(doc: SearchDocument): number {
    this.docs.push(doc);
    return this.keys.push(doc.key) - 1;
  }

  remove(number: number): void {
    this.keys[number] = undefined;
    this.docs[number] = undefined;
  }

  isLive(number: number): boolean {
    return this.keys[number] !== undefined;
  }

  texts(number: number): DocumentTexts {
    const doc = this.docs[number];
    if (doc !== undefined) return doc;
    if (this.packed === undefined || number >= this.packedCount || !this.isLive(number))
      throw new Error(`No stored document ${number}`);
    const { bytes, offsets } = this.packed;
    const field = (f: number) =>
      decoder.decode(bytes.subarray(offsets[4 * number + f]!, offsets[4 * number + f + 1]!));
    return { title: field(0), body: field(1), tags: field(2), category: field(3) };
  }

  /** The id in the key, after the kind and before a referral's language. */
  idOf(number: number): string {
    const key = this.keys[number]!;
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon) as ResultKind;
    return kind === 'referral' ? key.slice(colon + 1, key.lastIndexOf(':')) : key.slice(colon + 1);
  }

  kindOf(number: number): ResultKind {
    return this.keys[number]!.startsWith('referral:') ? 'referral' : 'article';
  }

  /** Keeps the live documents in order, numbered from 0; answers old number -> new number (-1: removed). */
  compact(): Int32Array {
    if (this.keys.every((key) => key !== undefined)) return Int32Array.from(this.keys, (_, number) => number);
    const renumber = new Int32Array(this.keys.length).fill(-1);
    const keys: (string | undefined)[] = [];
    const docs: (SearchDocument | undefined)[] = [];
    const packedOrder: number[] = [];
    for (let number = 0; number < this.keys.length; number++) {
      if (this.keys[number] === undefined) continue;
      renumber[number] = keys.length;
      keys.push(this.keys[number]);
      const doc = this.docs[number];
      docs.push(doc);
      if (doc === undefined) packedOrder.push(number);
    }
    if (packedOrder.length > 0) this.repack(packedOrder, renumber);
    else this.packed = undefined;
    this.keys = keys;
    this.docs = docs;
    return renumber;
  }

  /** Packed texts follow their documents' new numbers; the packed ones all come first after compaction. */
  private repack(order: readonly number[], renumber: Int32Array): void {
    const { bytes, offsets } = this.packed!;
    // Packed documents are the ones loaded from a snapshot, numbered before any added later.
    if (order.some((old, i) => renumber[old] !== i))
      throw new Error('Packed documents must precede documents added after loading');
    let size = 0;
    for (const old of order) size += offsets[4 * old + 4]! - offsets[4 * old]!;
    const packedBytes = new Uint8Array(size);
    const packedOffsets = new Uint32Array(order.length * 4 + 1);
    let at = 0;
    order.forEach((old, i) => {
      for (let f = 0; f < 4; f++) {
        packedOffsets[4 * i + f] = at;
        const field = bytes.subarray(offsets[4 * old + f]!, offsets[4 * old + f + 1]!);
        packedBytes.set(field, at);
        at += field.length;
      }
    });
    packedOffsets[order.length * 4] = at;
    this.packed = { bytes: packedBytes, offsets: packedOffsets };
    this.packedCount = order.length;
  }

  /** Every live document's texts as UTF-8, for a snapshot (numbers must be dense: compact first). */
  pack(): PackedTexts {
    const encoder = new TextEncoder();
    const offsets = new Uint32Array(this.keys.length * 4 + 1);
    let capacity = 1 << 16;
    let bytes: Uint8Array = new Uint8Array(capacity);
    let at = 0;
    for (let number = 0; number < this.keys.length; number++) {
      const doc = this.docs[number];
      for (let f = 0; f < 4; f++) {
        offsets[4 * number + f] = at;
        if (doc === undefined) {
          // Still packed from the snapshot this index was loaded from: copy the bytes as they are.
          const { bytes: old, offsets: oldOffsets } = this.packed!;
          const field = old.subarray(oldOffsets[4 * number + f]!, oldOffsets[4 * number + f + 1]!);
          ({ bytes, capacity } = ensure(bytes, capacity, at + field.length));
          bytes.set(field, at);
          at += field.length;
        } else {
          const text = doc[TEXT_FIELDS[f]!];
          ({ bytes, capacity } = ensure(bytes, capacity, at + text.length * 3));
          at += encoder.encodeInto(text, bytes.subarray(at)).written;
        }
      }
    }
    offsets[this.keys.length * 4] = at;
    return { bytes: bytes.subarray(0, at), offsets };
  }
}

function ensure(
  bytes: Uint8Array,
  capacity: number,
  needed: number,
): { bytes: Uint8Array; capacity: number } {
  if (needed <= capacity) return { bytes, capacity };
  const bigger = new Uint8Array(Math.max(needed, capacity * 2));
  bigger.set(bytes);
  return { bytes: bigger, capacity: bigger.length };
}
