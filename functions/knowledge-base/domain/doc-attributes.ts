import type { HotlineId, Language } from '../../../contracts/hotlines';
import type { SearchDocument } from './documents';
import type { ResultKind, SearchOptions } from './types';

/**
 * Per-document numbers the scoring loop reads for every posting, kept in typed arrays indexed by document
 * number: the field-weighted length for BM25 and one byte of filter bits (language, hotline, kind).
 * A removed document has no bits, so it never passes a filter.
 */

export const LANG_BITS: Readonly<Record<Language, number>> = { kk: 1, ru: 2, en: 4 };
const HOTLINE_BITS: Readonly<Record<HotlineId, number>> = { '1414': 8, '111': 16 };
const KIND_BITS: Readonly<Record<ResultKind, number>> = { article: 32, referral: 64 };
const ANY_LANG = 1 | 2 | 4;
const ANY_HOTLINE = 8 | 16;
const ANY_KIND = 32 | 64;

/** One mask per filter dimension; a document passes when it has a bit in each. */
export interface FilterMasks {
  readonly lang: number;
  readonly hotline: number;
  readonly kind: number;
}

export function filterMasks(options: SearchOptions): FilterMasks {
  return {
    lang: options.lang === undefined ? ANY_LANG : LANG_BITS[options.lang],
    hotline: options.hotline === undefined ? ANY_HOTLINE : HOTLINE_BITS[options.hotline],
    kind:
      options.kinds === undefined
        ? ANY_KIND
        : options.kinds.reduce((bits, kind) => bits | KIND_BITS[kind], 0),
  };
}

function bitsOf(doc: SearchDocument): number {
  let bits = LANG_BITS[doc.lang] | KIND_BITS[doc.kind];
  for (const hotline of doc.hotlines) bits |= HOTLINE_BITS[hotline];
  return bits;
}

export class DocumentAttributes {
  lengths: Float64Array = new Float64Array(1024);
  bits: Uint8Array = new Uint8Array(1024);

  /** Attributes over existing arrays (a snapshot's, or a seal's), grown on the next `set` past their end. */
  static from(lengths: Float64Array, bits: Uint8Array): DocumentAttributes {
    const attributes = new DocumentAttributes();
    attributes.lengths = lengths;
    attributes.bits = bits;
    return attributes;
  }

  set(number: number, doc: SearchDocument, length: number): void {
    if (number >= this.lengths.length) this.grow(number + 1);
    this.lengths[number] = length;
    this.bits[number] = bitsOf(doc);
  }

  clear(number: number): void {
    this.bits[number] = 0;
  }

  private grow(needed: number): void {
    const capacity = Math.max(needed, this.lengths.length * 2, 16);
    const lengths = new Float64Array(capacity);
    lengths.set(this.lengths);
    const bits = new Uint8Array(capacity);
    bits.set(this.bits);
    this.lengths = lengths;
    this.bits = bits;
  }
}
