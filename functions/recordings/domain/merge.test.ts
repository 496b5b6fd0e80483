import { describe, expect, it } from 'vitest';
import type { IndexEntry } from './contact-record';
import { mergeEntries, sameEntry } from './merge';

function entry(overrides: Partial<IndexEntry> = {}): IndexEntry {
  return {
    lookup: 'h',
    contactId: 'c-1',
    day: '2026-11-23',
    initiatedAt: '2026-11-23T05:00:00.000Z',
    disconnectedAt: '2026-11-23T05:07:00.000Z',
    initiationMethod: 'INBOUND',
    queue: 'ru-general',
    operator: 'op-17',
    recordings: [{ bucket: 'b', key: 'a.wav' }],
    lastUpdate: '2026-11-23T05:08:00.000Z',
    firstIndexedAt: '2026-11-23T05:09:00.000Z',
    expiresAt: 100,
    ...overrides,
  };
}

describe('merging contact records of one contact', () => {
  it('keeps the first entry as it is when the same record arrives again', () => {
    const stored = mergeEntries(undefined, entry());
    const merged = mergeEntries(stored, entry({ firstIndexedAt: '2026-11-23T06:00:00.000Z' }));
    expect(sameEntry(stored, merged)).toBe(true);
  });

  it('adds the recording that a later record brings', () => {
    const first = entry({ recordings: [], lastUpdate: '2026-11-23T05:08:00.000Z' });
    const later = entry({
      lastUpdate: '2026-11-23T05:20:00.000Z',
      firstIndexedAt: '2026-11-23T05:21:00.000Z',
    });

    const merged = mergeEntries(first, later);

    expect(merged.recordings).toEqual([{ bucket: 'b', key: 'a.wav' }]);
    expect(merged.lastUpdate).toBe('2026-11-23T05:20:00.000Z');
    expect(merged.firstIndexedAt).toBe(first.firstIndexedAt);
  });

  it('does not let an older record arriving late erase what a newer one said', () => {
    const newer = entry({ lastUpdate: '2026-11-23T05:20:00.000Z', operator: 'op-18', queue: null });
    const older = entry({ lastUpdate: '2026-11-23T05:08:00.000Z', operator: 'op-17', recordings: [] });

    const merged = mergeEntries(newer, older);

    expect(merged.operator).toBe('op-18');
    expect(merged.queue).toBe('ru-general');
    expect(merged.recordings).toEqual([{ bucket: 'b', key: 'a.wav' }]);
    expect(merged.lastUpdate).toBe('2026-11-23T05:20:00.000Z');
  });

  it('reaches the same entry whatever order the records arrive in', () => {
    const records = [
      entry({ lastUpdate: '2026-11-23T05:08:00.000Z', recordings: [], disconnectedAt: null }),
      entry({ lastUpdate: '2026-11-23T05:10:00.000Z', recordings: [{ bucket: 'b', key: 'z.wav' }] }),
      entry({ lastUpdate: '2026-11-23T05:09:00.000Z', operator: null }),
    ];
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 0, 2],
      [1, 2, 0, 1, 2],
    ];
    const results = orders.map((order) =>
      order.reduce<IndexEntry | undefined>((stored, i) => mergeEntries(stored, records[i]!), undefined),
    );
    for (const result of results) expect(sameEntry(result!, results[0]!)).toBe(true);
    expect(results[0]!.recordings.map((r) => r.key)).toEqual(['a.wav', 'z.wav']);
  });

  it('compares entries read back from DynamoDB regardless of key order', () => {
    const stored = mergeEntries(undefined, entry());
    const readBack = JSON.parse(JSON.stringify({ ...stored, recordings: [{ key: 'a.wav', bucket: 'b' }] }));
    expect(sameEntry(readBack, stored)).toBe(true);
  });
});
