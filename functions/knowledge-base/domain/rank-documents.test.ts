import { describe, expect, it } from 'vitest';
import { Prng } from '../../../bench/lib/prng';
import { filterMasks, LANG_BITS } from './doc-attributes';
import { type RankingInput, type RankingWork, rankDocuments, type ScoredTerm } from './max-score';
import { PostingLists } from './postings';
import { TermBounds } from './term-bounds';

/**
 * The ranking loop alone, on posting lists generated to look like a knowledge base's: a few words in most
 * documents, most words in few, frequencies mostly 1 with title-like runs of 3 and more, lengths spread.
 * Whatever it skips, it must answer exactly as scoring every document does.
 */

const HOTLINE_1414 = filterMasks({ hotline: '1414' }).hotline;
const HOTLINE_111 = filterMasks({ hotline: '111' }).hotline;
const ARTICLE = filterMasks({ kinds: ['article'] }).kind;
const REFERRAL = filterMasks({ kinds: ['referral'] }).kind;
const LANGS = [LANG_BITS.kk, LANG_BITS.ru, LANG_BITS.en];

interface Corpus {
  readonly lists: PostingLists;
  readonly lengths: Float64Array;
  readonly bits: Uint8Array;
  readonly terms: number;
  readonly documents: number;
}

function term(t: number): string {
  return `t${t}`;
}

function addDocuments(corpus: Corpus, from: number, to: number, random: Prng): void {
  for (let doc = from; doc < to; doc++) {
    const frequencies = new Map<string, number>();
    const words = 5 + random.int(40);
    for (let w = 0; w < words; w++) {
      const t = term(random.zipf(corpus.terms));
      frequencies.set(t, (frequencies.get(t) ?? 0) + (random.next() < 0.1 ? 3 : 1));
    }
    const length = words + random.int(60);
    const lang = random.pick(LANGS);
    corpus.lengths[doc] = length;
    corpus.bits[doc] =
      lang | (random.next() < 0.7 ? HOTLINE_1414 : HOTLINE_111) | (random.next() < 0.9 ? ARTICLE : REFERRAL);
    corpus.lists.addDocument(doc, frequencies, length, lang);
  }
}

function generate(seed: number, documents: number, terms: number, unsealed: number): Corpus {
  const random = new Prng(seed);
  const total = documents + unsealed;
  const corpus: Corpus = {
    lists: new PostingLists(),
    lengths: new Float64Array(total),
    bits: new Uint8Array(total),
    terms,
    documents: total,
  };
  addDocuments(corpus, 0, documents, random);
  corpus.lists.seal(
    Int32Array.from({ length: documents }, (_, doc) => doc),
    (doc) => corpus.lengths[doc]!,
  );
  // Edits after the seal: added postings, and removed documents whose entries stay as tombstones.
  addDocuments(corpus, documents, total, random);
  for (let removed = 0; removed < unsealed / 2; removed++) {
    const doc = random.int(total);
    if (corpus.bits[doc] === 0) continue;
    corpus.bits[doc] = 0;
  }
  return corpus;
}

/** Slots of 1 to 3 terms: common and rare words, some terms in two slots (as a synonym concept is). */
function randomSlots(corpus: Corpus, random: Prng): ScoredTerm[][] {
  const count = 1 + random.int(6);
  const shared = random.zipf(corpus.terms);
  return Array.from({ length: count }, () => {
    const slot = new Map<number, number>();
    const alternatives = 1 + random.int(3);
    for (let a = 0; a < alternatives; a++) {
      const t = random.next() < 0.3 ? shared : random.zipf(corpus.terms);
      const id = corpus.lists.idOf(term(t));
      if (id === undefined || corpus.lists.frequencyOf(id) <= 0) continue;
      const df = corpus.lists.frequencyOf(id);
      const idf = Math.log(1 + (corpus.documents - df + 0.5) / (df + 0.5));
      slot.set(id, random.pick([1, 0.85, 0.7, 0.45]) * idf);
    }
    return [...slot].map(([id, weight]) => ({ id, weight }));
  }).filter((slot) => slot.length > 0);
}

function inputFor(corpus: Corpus, termBounds: TermBounds, random: Prng, slots: ScoredTerm[][]) {
  let totalLength = 0;
  for (const length of corpus.lengths) totalLength += length;
  const options = random.pick([
    { hotline: '1414' as const },
    { hotline: '111' as const },
    {},
    { lang: 'kk' as const },
    { kinds: ['referral' as const] },
  ]);
  return {
    lists: corpus.lists,
    termBounds,
    lengths: corpus.lengths,
    bits: corpus.bits,
    masks: filterMasks(options),
    slots,
    averageLength: totalLength / corpus.documents,
    preferred: random.pick([0, ...LANGS]),
    boost: 1.25,
    capacity: random.pick([1, 3, 10, 30, 90]),
  } satisfies Omit<RankingInput, 'prune'>;
}

function compare(corpus: Corpus, seed: number, queries: number) {
  const random = new Prng(seed);
  const termBounds = new TermBounds();
  const work = { pruned: { scanned: 0, probed: 0 }, exhaustive: { scanned: 0, probed: 0 } };
  for (let q = 0; q < queries; q++) {
    const slots = randomSlots(corpus, random);
    if (slots.length === 0) continue;
    const input = inputFor(corpus, termBounds, random, slots);
    const pruned = rankDocuments({ ...input, prune: true, work: work.pruned });
    const exhaustive = rankDocuments({ ...input, prune: false, work: work.exhaustive });
    expect(pruned, `query ${q}: ${JSON.stringify(slots)}`).toEqual(exhaustive);
  }
  return work;
}

const read = (work: RankingWork) => work.scanned + work.probed;

describe('ranking that skips postings: same answers as scoring every document', { timeout: 120_000 }, () => {
  it('on sealed posting lists, reading a fraction of the postings', () => {
    const corpus = generate(1, 6000, 3000, 0);

    const work = compare(corpus, 2, 400);

    expect(read(work.pruned)).toBeLessThan(read(work.exhaustive) * 0.5);
  });

  it('with postings added since the seal and removed documents left as tombstones', () => {
    const corpus = generate(3, 4000, 2000, 600);

    compare(corpus, 4, 400);
  });

  it('a rare word beside a slot-mate that most documents hold: candidates come from the rare word', () => {
    const corpus = generate(5, 6000, 3000, 0);
    const { lists } = corpus;
    const common = lists.idOf(term(0))!;
    const rare = [...Array(3000).keys()]
      .map((t) => lists.idOf(term(t)))
      .find((id) => id !== undefined && lists.frequencyOf(id) >= 20 && lists.frequencyOf(id) <= 40)!;
    const idf = (id: number) =>
      Math.log(1 + (6000 - lists.frequencyOf(id) + 0.5) / (lists.frequencyOf(id) + 0.5));
    // One word: the rare stem, or at a lower weight a concept most documents hold.
    const slots = [
      [
        { id: rare, weight: idf(rare) },
        { id: common, weight: 0.85 * idf(common) },
      ],
    ];
    const input = inputFor(corpus, new TermBounds(), new Prng(6), slots);
    const work = { scanned: 0, probed: 0 };

    const pruned = rankDocuments({ ...input, masks: filterMasks({}), capacity: 10, prune: true, work });

    expect(pruned).toEqual(rankDocuments({ ...input, masks: filterMasks({}), capacity: 10, prune: false }));
    expect(lists.frequencyOf(common)).toBeGreaterThan(1000);
    // Until ten documents are known everything counts; after that only the rare word's documents do.
    expect(read(work)).toBeLessThan(lists.frequencyOf(common) / 3);
  });
});
