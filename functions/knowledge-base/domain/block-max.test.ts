import { describe, expect, it } from 'vitest';
import { Prng } from '../../../bench/lib/prng';
import { BLOCK_SIZE, BlockMaxima, computeBlocks } from './block-max';
import { saturation } from './bm25';
import { PostingLists } from './postings';

/** One term in `share` of `documents` documents, with random frequencies and lengths; sealed. */
function oneTerm(documents: number, share: number, seed: number) {
  const random = new Prng(seed);
  const lists = new PostingLists();
  const lengths = new Float64Array(documents);
  for (let doc = 0; doc < documents; doc++) {
    lengths[doc] = 10 + random.int(200);
    const frequencies = new Map<string, number>([['other', 1]]);
    if (random.next() < share) frequencies.set('word', 1 + random.zipf(12));
    lists.addDocument(doc, frequencies, lengths[doc]!, 1);
  }
  lists.seal(
    Int32Array.from({ length: documents }, (_, doc) => doc),
    (doc) => lengths[doc]!,
  );
  return { lists, lengths, id: lists.idOf('word')! };
}

describe('block-max bounds', () => {
  it('give each block of postings its last document and the highest score in it', () => {
    const { lists, lengths, id } = oneTerm(3000, 0.4, 1);
    const start = lists.sealedStart(id);
    const end = lists.sealedEnd(id);

    const blocks = computeBlocks(lists, id, lengths, 90);

    expect(blocks.lastDocs.length).toBe(Math.ceil((end - start) / BLOCK_SIZE));
    blocks.lastDocs.forEach((lastDoc, block) => {
      const from = start + block * BLOCK_SIZE;
      const to = Math.min(end, from + BLOCK_SIZE);
      let best = 0;
      for (let at = from; at < to; at++)
        best = Math.max(best, saturation(lists.freqs[at]!, lengths[lists.docs[at]!]!, 90));
      expect(lastDoc).toBe(lists.docs[to - 1]);
      expect(blocks.maxima[block]).toBe(best);
    });
    expect(blocks.max).toBe(Math.max(...blocks.maxima));
  });

  it('stay bounds while the average length moves a little, and are worked out again past that', () => {
    const { lists, lengths, id } = oneTerm(2000, 0.3, 2);
    const cache = new BlockMaxima();

    const first = cache.of(lists, id, lengths, 90);
    const nudged = cache.of(lists, id, lengths, 90.5);
    const grown = cache.of(lists, id, lengths, 95);

    expect(nudged).toBe(first);
    expect(grown).not.toBe(first);
    for (const [blocks, average] of [
      [first, 90.5],
      [grown, 95],
    ] as const) {
      for (let at = lists.sealedStart(id); at < lists.sealedEnd(id); at++) {
        const block = Math.floor((at - lists.sealedStart(id)) / BLOCK_SIZE);
        const score = saturation(lists.freqs[at]!, lengths[lists.docs[at]!]!, average);
        expect(score).toBeLessThanOrEqual(blocks.maxima[block]!);
      }
    }
  });

  it('are forgotten when the postings are sealed anew', () => {
    const { lists, lengths, id } = oneTerm(500, 0.5, 3);
    const cache = new BlockMaxima();
    const before = cache.of(lists, id, lengths, 90);

    cache.clear();

    expect(cache.of(lists, id, lengths, 90)).not.toBe(before);
  });
});
