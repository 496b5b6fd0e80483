import { describe, expect, it } from 'vitest';
import { Prng } from '../../../bench/lib/prng';
import { saturation } from './bm25';
import { PostingLists } from './postings';
import { sealedMaximum, TermBounds } from './term-bounds';

/** One term in `share` of `documents` documents, more often in longer ones (as in text); sealed. */
function oneTerm(documents: number, share: number, seed: number) {
  const random = new Prng(seed);
  const lists = new PostingLists();
  const lengths = new Float64Array(documents);
  for (let doc = 0; doc < documents; doc++) {
    lengths[doc] = 10 + random.int(200);
    const frequencies = new Map<string, number>([['other', 1]]);
    if (random.next() < share) frequencies.set('word', 1 + random.int(1 + Math.floor(lengths[doc]! / 30)));
    lists.addDocument(doc, frequencies, lengths[doc]!, 1);
  }
  lists.seal(
    Int32Array.from({ length: documents }, (_, doc) => doc),
    (doc) => lengths[doc]!,
  );
  return { lists, lengths, id: lists.idOf('word')! };
}

function scores(lists: PostingLists, id: number, lengths: Float64Array, average: number): number[] {
  const found: number[] = [];
  for (let at = lists.sealedStart(id); at < lists.sealedEnd(id); at++)
    found.push(saturation(lists.freqs[at]!, lengths[lists.docs[at]!]!, average));
  return found;
}

describe('exact score bounds of terms', () => {
  it('are the highest score among the term postings, tighter than highest frequency with lowest length', () => {
    const { lists, lengths, id } = oneTerm(3000, 0.4, 1);

    const max = sealedMaximum(lists, id, lengths, 90);

    expect(max).toBe(Math.max(...scores(lists, id, lengths, 90)));
    expect(max).toBeLessThan(saturation(lists.maxFrequencyOf(id), lists.minLengthOf(id), 90));
  });

  it('stay bounds while the average length moves a little, and are worked out again past that', () => {
    const { lists, lengths, id } = oneTerm(2000, 0.3, 2);
    const bounds = new TermBounds();

    const first = bounds.of(lists, id, lengths, 90);
    const nudged = bounds.of(lists, id, lengths, 90.5);
    const grown = bounds.of(lists, id, lengths, 95);

    expect(nudged).toBe(first);
    expect(grown).toBeGreaterThan(first);
    expect(Math.max(...scores(lists, id, lengths, 90.5))).toBeLessThanOrEqual(nudged);
    expect(Math.max(...scores(lists, id, lengths, 95))).toBeLessThanOrEqual(grown);
  });

  it('are worked out again after a seal rewrote the postings', () => {
    const { lists, lengths, id } = oneTerm(500, 0.5, 3);
    const bounds = new TermBounds();
    const before = bounds.of(lists, id, lengths, 90);
    // The same numbers, new postings: a document with the word many times in a short text.
    lists.addDocument(500, new Map([['word', 40]]), 5, 1);
    const longer = new Float64Array(501);
    longer.set(lengths);
    longer[500] = 5;
    lists.seal(
      Int32Array.from({ length: 501 }, (_, doc) => doc),
      (doc) => longer[doc]!,
    );

    bounds.clear();

    expect(bounds.of(lists, id, longer, 90)).toBeGreaterThan(before);
  });
});
