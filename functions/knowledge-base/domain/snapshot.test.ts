import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/lib/corpus';
import { SEED_ARTICLES } from '../seed/articles';
import { KB_QUERIES } from '../seed/queries';
import { KB_LATIN_QUERIES } from '../seed/queries-latin';
import { REFERRALS } from '../seed/referrals';
import { buildIndex, type SearchIndex } from './search-index';
import { readSnapshot, readSnapshotHeader, SnapshotFormatError, writeSnapshot } from './snapshot';

const AT = new Date('2026-12-03T10:00:00Z');
const QUERIES = [...KB_QUERIES, ...KB_LATIN_QUERIES];

function answers(index: SearchIndex) {
  return QUERIES.map((query) => index.search(query.query, { hotline: query.hotline, limit: 10 }));
}

// Building and searching a generated knowledge base takes seconds on a busy machine.
describe('the search index snapshot', { timeout: 120_000 }, () => {
  const corpus = generateCorpus(SEED_ARTICLES, 800);
  const built = buildIndex({ articles: corpus, referrals: REFERRALS });
  const before = answers(built);
  const bytes = writeSnapshot(built, 42, AT);

  it('loads into an index that answers every question exactly as the one it was written from', () => {
    const { index, header } = readSnapshot(bytes);

    expect(header).toMatchObject({ watermark: 42, createdAt: AT.toISOString(), documents: built.size });
    expect(answers(index)).toEqual(before);
    expect(before.flat().length).toBeGreaterThan(QUERIES.length * 3);
  });

  it('writes the same bytes again from a loaded index, so nothing is lost or reordered on the way', () => {
    const again = writeSnapshot(readSnapshot(bytes).index, 42, AT);

    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('loads from bytes at any offset of a larger buffer, as an HTTP body may arrive', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);

    expect(answers(readSnapshot(shifted.subarray(3)).index)).toEqual(before);
  });

  it('keeps working when edited after loading: typos, removals and additions as on a built index', () => {
    const { index } = readSnapshot(bytes);
    const fresh = buildIndex({ articles: corpus, referrals: REFERRALS });
    for (const target of [index, fresh]) {
      target.remove(SEED_ARTICLES[0]!.id);
      target.upsert({ ...SEED_ARTICLES[1]!, body: `${SEED_ARTICLES[1]!.body} Қосымша мәтін зыгота.` });
      target.upsert({
        id: 'new-ru',
        lang: 'ru',
        title: 'Новая статья',
        body: 'Зыгота и ЭЦП.',
        hotlines: ['1414'],
      });
    }

    expect(answers(index)).toEqual(answers(fresh));
    expect(index.search('зигота').map((result) => result.id)).toContain('new-ru');
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['another file', new TextEncoder().encode('PK\u0003\u0004 not a snapshot at all')],
    ['a truncated snapshot', bytes.subarray(0, bytes.length >> 1)],
  ])('refuses %s with a clear error instead of serving a broken index', (_, damaged) => {
    expect(() => readSnapshot(damaged)).toThrow(SnapshotFormatError);
  });

  it('refuses a snapshot of another format version', () => {
    const header = readSnapshotHeader(bytes);
    const text = new TextDecoder().decode(bytes.subarray(0, 2000)).replace('"format":1', '"format":9');
    const other = new Uint8Array(bytes);
    other.set(new TextEncoder().encode(text.slice(0, 2000)).subarray(0, 2000), 0);

    expect(header.format).toBe(1);
    expect(() => readSnapshot(other)).toThrow(/format 9 is not 1/);
  });
});
