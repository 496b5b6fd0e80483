import { FuzzyVocabulary } from './fuzzy';
import { PostingLists } from './postings';
import { SearchIndex } from './search-index';
import { StoredDocuments } from './stored-documents';

/**
 * The search index as bytes, so a cold search function loads it instead of building it from the table.
 *
 * Layout: the magic `QKBSNAP1`, a little-endian u32 header length, the header as JSON (format, catalog
 * watermark, counts, and where each section lies), then the sections, each starting on an 8-byte boundary:
 * typed arrays stored as their bytes (little-endian, as every Lambda CPU is), strings as UTF-8 joined by
 * NUL. Loading makes typed-array views on the bytes rather than copies, and leaves the documents' texts
 * UTF-8 until a result needs them, so it costs little more than building a few maps of strings.
 *
 * The watermark is the catalog change (`CATALOG/VERSION`) the index includes: a reader applies the changes
 * numbered after it.
 */

const MAGIC = 'QKBSNAP1';
export const SNAPSHOT_FORMAT = 1;
const SEPARATOR = '\u0000';
const ALIGN = 8;

export interface SnapshotHeader {
  readonly format: number;
  /** The last catalog change the index includes. */
  readonly watermark: number;
  readonly createdAt: string;
  readonly documents: number;
  readonly terms: number;
  readonly postings: number;
  /** Section name -> [byte offset from the start, byte length]. */
  readonly sections: Readonly<Record<string, readonly [number, number]>>;
}

export interface LoadedSnapshot {
  readonly index: SearchIndex;
  readonly header: SnapshotHeader;
}

export class SnapshotFormatError extends Error {
  override name = 'SnapshotFormatError';
}

type Section = Uint8Array | Int32Array | Uint32Array | Uint16Array | Float32Array | Float64Array;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function joined(strings: readonly string[]): Uint8Array {
  return encoder.encode(strings.join(SEPARATOR));
}

function split(bytes: Uint8Array, count: number): string[] {
  if (count === 0) return [];
  const strings = decoder.decode(bytes).split(SEPARATOR);
  if (strings.length !== count)
    throw new SnapshotFormatError(`expected ${count} strings, found ${strings.length}`);
  return strings;
}

/** Seals the index (dense numbers, one posting block) and writes it with its catalog watermark. */
export function writeSnapshot(index: SearchIndex, watermark: number, createdAt: Date): Uint8Array {
  const parts = index.parts();
  const postings = parts.postings.tables();
  const fuzzy = parts.fuzzy.tables();
  const texts = parts.documents.pack();
  const sections: Record<string, Section> = {
    terms: joined(postings.terms),
    termStarts: postings.starts,
    documentFrequency: postings.documentFrequency,
    termLangs: postings.langs,
    maxFrequency: postings.maxFrequency,
    minLength: postings.minLength,
    docs: postings.docs,
    freqs: postings.freqs,
    keys: joined(parts.documents.keys.map((key) => key ?? '')),
    lengths: parts.lengths,
    bits: parts.bits,
    textOffsets: texts.offsets,
    texts: texts.bytes,
    fuzzyWords: joined(fuzzy.words),
    fuzzyDeletions: joined(fuzzy.deletions),
    fuzzyStarts: fuzzy.starts,
    fuzzyIds: fuzzy.ids,
  };
  const counts = {
    documents: parts.documents.length,
    terms: postings.terms.length,
    postings: postings.docs.length,
    fuzzyWords: fuzzy.words.length,
    fuzzyDeletions: fuzzy.deletions.length,
  };
  // The header's own length moves the sections; lay them out after a header of generous fixed size.
  const placed: Record<string, [number, number]> = {};
  const provisional = (offset: number) => {
    let at = offset;
    for (const [name, section] of Object.entries(sections)) {
      placed[name] = [at, section.byteLength];
      at = align(at + section.byteLength);
    }
    return at;
  };
  const headerOf = () =>
    encoder.encode(
      JSON.stringify({
        format: SNAPSHOT_FORMAT,
        watermark,
        createdAt: createdAt.toISOString(),
        ...counts,
        sections: placed,
      }),
    );
  provisional(0);
  let headerBytes = headerOf();
  let start = align(MAGIC.length + 4 + headerBytes.length);
  let total = provisional(start);
  headerBytes = headerOf();
  // Offsets may have gained digits: lay out once more until the header fits where the sections start.
  while (align(MAGIC.length + 4 + headerBytes.length) > start) {
    start = align(MAGIC.length + 4 + headerBytes.length);
    total = provisional(start);
    headerBytes = headerOf();
  }
  const bytes = new Uint8Array(total);
  bytes.set(encoder.encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  bytes.set(headerBytes, MAGIC.length + 4);
  for (const [name, section] of Object.entries(sections)) {
    bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), placed[name]![0]);
  }
  return bytes;
}

function align(offset: number): number {
  return Math.ceil(offset / ALIGN) * ALIGN;
}

/** The header alone: format, watermark, counts. */
export function readSnapshotHeader(bytes: Uint8Array): SnapshotHeader {
  if (bytes.length < MAGIC.length + 4 || decoder.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    throw new SnapshotFormatError('not a knowledge-base search snapshot');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  if (MAGIC.length + 4 + length > bytes.length) throw new SnapshotFormatError('header runs past the end');
  const header = JSON.parse(decoder.decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + length))) as
    | SnapshotHeader
    | undefined;
  if (header?.format !== SNAPSHOT_FORMAT)
    throw new SnapshotFormatError(`format ${String(header?.format)} is not ${SNAPSHOT_FORMAT}`);
  return header;
}

/** The index a snapshot holds, its arrays viewing `bytes` (copied once if they are not 8-byte aligned). */
export function readSnapshot(input: Uint8Array): LoadedSnapshot {
  const bytes = input.byteOffset % ALIGN === 0 ? input : input.slice();
  const header = readSnapshotHeader(bytes);
  const counts = header as unknown as Record<string, number>;
  const section = <T>(
    name: string,
    type: { new (b: ArrayBuffer, o: number, l: number): T; BYTES_PER_ELEMENT: number },
    count?: number,
  ): T => {
    const place = header.sections[name];
    if (place === undefined) throw new SnapshotFormatError(`section ${name} is missing`);
    const [offset, length] = place;
    if (offset % ALIGN !== 0 || offset + length > bytes.length || length % type.BYTES_PER_ELEMENT !== 0)
      throw new SnapshotFormatError(`section ${name} lies outside the snapshot`);
    const elements = length / type.BYTES_PER_ELEMENT;
    if (count !== undefined && elements !== count)
      throw new SnapshotFormatError(`section ${name} holds ${elements} values, not ${count}`);
    return new type(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, elements);
  };
  const { documents, terms } = header;
  const postings = PostingLists.fromTables({
    terms: split(section('terms', Uint8Array), terms),
    starts: section('termStarts', Int32Array, terms + 1),
    documentFrequency: section('documentFrequency', Int32Array, terms),
    langs: section('termLangs', Uint8Array, terms),
    maxFrequency: section('maxFrequency', Uint16Array, terms),
    minLength: section('minLength', Float32Array, terms),
    docs: section('docs', Uint32Array, header.postings),
    freqs: section('freqs', Uint16Array, header.postings),
  });
  const keys: (string | undefined)[] = split(section('keys', Uint8Array), documents);
  const stored = StoredDocuments.fromPacked(keys, {
    bytes: section('texts', Uint8Array),
    offsets: section('textOffsets', Uint32Array, documents * 4 + 1),
  });
  const fuzzyDeletions = counts['fuzzyDeletions'] ?? 0;
  const fuzzyWords = section('fuzzyWords', Uint8Array);
  const fuzzyDeletionText = section('fuzzyDeletions', Uint8Array);
  const fuzzyStarts = section('fuzzyStarts', Int32Array, fuzzyDeletions + 1);
  const fuzzyIds = section('fuzzyIds', Int32Array);
  // Most of loading is this neighbourhood's strings; decoded when a question first needs typo candidates.
  const fuzzy = FuzzyVocabulary.fromTables(() => ({
    words: split(fuzzyWords, counts['fuzzyWords'] ?? 0),
    deletions: split(fuzzyDeletionText, fuzzyDeletions),
    starts: fuzzyStarts,
    ids: fuzzyIds,
  }));
  const index = new SearchIndex(undefined, {
    documents: stored,
    postings,
    fuzzy,
    lengths: section('lengths', Float64Array, documents),
    bits: section('bits', Uint8Array, documents),
  });
  return { index, header };
}
