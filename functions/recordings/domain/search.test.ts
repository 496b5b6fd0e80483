import { describe, expect, it } from 'vitest';
import type { IndexEntry } from './contact-record';
import {
  CONTACT_RECORD_LAG_MS,
  endOfAlmatyDayMs,
  nextStatus,
  searchOutcome,
  UPLOAD_GRACE_MS,
} from './search';

function entry(contactId: string, key: string | null, overrides: Partial<IndexEntry> = {}): IndexEntry {
  return {
    lookup: 'h',
    contactId,
    day: '2026-11-20',
    initiatedAt: `2026-11-20T05:00:0${contactId.length % 10}.000Z`,
    disconnectedAt: '2026-11-20T05:07:00.000Z',
    initiationMethod: 'INBOUND',
    queue: 'q',
    operator: 'op',
    recordings: key ? [{ bucket: 'b', key }] : [],
    lastUpdate: '2026-11-20T05:08:00.000Z',
    firstIndexedAt: '2026-11-20T05:09:00.000Z',
    expiresAt: 1,
    ...overrides,
  };
}

const request = { day: '2026-11-20', requestedAt: '2026-11-23T06:00:00.000Z' };
const now = Date.parse('2026-11-23T06:00:00Z');

describe('searching for the recordings a request names', () => {
  it('is fulfilled when every recording is in the bucket', () => {
    const outcome = searchOutcome({
      request,
      entries: [
        entry('c-2', 'two.wav', { initiatedAt: '2026-11-20T09:00:00.000Z' }),
        entry('c-1', 'one.wav'),
      ],
      stored: new Set(['b/one.wav', 'b/two.wav']),
      now,
    });
    expect(outcome).toMatchObject({ status: 'fulfilled', missing: [] });
    expect(outcome.status === 'fulfilled' && outcome.recordings.map((r) => r.contactId)).toEqual([
      'c-1',
      'c-2',
    ]);
  });

  it('waits while a recording the index knows of is still being uploaded', () => {
    const outcome = searchOutcome({
      request,
      entries: [entry('c-1', 'one.wav', { firstIndexedAt: new Date(now - 60_000).toISOString() })],
      stored: new Set(),
      now,
    });
    expect(outcome).toEqual({ status: 'waiting_for_upload', pending: ['c-1'] });
  });

  it('hands over what exists once a missing recording is past the upload grace, naming the lost one', () => {
    const outcome = searchOutcome({
      request,
      entries: [entry('c-1', 'one.wav'), entry('c-22', 'two.wav')],
      stored: new Set(['b/one.wav']),
      now: Date.parse('2026-11-20T05:09:00Z') + UPLOAD_GRACE_MS,
    });
    expect(outcome).toMatchObject({ status: 'fulfilled', missing: ['c-22'] });
  });

  it('ends as "no recordings" for a past day with no call from that number', () => {
    expect(searchOutcome({ request, entries: [], stored: new Set(), now })).toEqual({
      status: 'no_recordings',
      missing: [],
    });
  });

  it('ignores calls that were not recorded', () => {
    expect(searchOutcome({ request, entries: [entry('c-1', null)], stored: new Set(), now })).toMatchObject({
      status: 'no_recordings',
    });
  });

  it('keeps searching a day that is still going on, until records of calls before the request can have arrived', () => {
    const today = { day: '2026-11-23', requestedAt: '2026-11-23T06:00:00.000Z' };
    expect(searchOutcome({ request: today, entries: [], stored: new Set(), now })).toEqual({
      status: 'searching',
    });
    expect(
      searchOutcome({ request: today, entries: [], stored: new Set(), now: now + CONTACT_RECORD_LAG_MS }),
    ).toMatchObject({ status: 'no_recordings' });
  });

  it('keeps searching a day that ended moments ago', () => {
    const justEnded = endOfAlmatyDayMs('2026-11-20') + 60_000;
    const late = { day: '2026-11-20', requestedAt: new Date(justEnded).toISOString() };
    expect(searchOutcome({ request: late, entries: [], stored: new Set(), now: justEnded })).toEqual({
      status: 'searching',
    });
  });

  it('takes the Almaty day as ending at 19:00 UTC', () => {
    expect(new Date(endOfAlmatyDayMs('2026-11-20')).toISOString()).toBe('2026-11-20T19:00:00.000Z');
  });
});

describe('the status after a search', () => {
  const deadline = '2026-11-23T10:00:00.000Z';
  const before = Date.parse('2026-11-23T09:00:00Z');
  const after = Date.parse('2026-11-23T11:00:00Z');
  const fulfilled = { status: 'fulfilled' as const, recordings: [], missing: [] };

  it.each([
    ['searching', { status: 'searching' as const }, before, 'searching'],
    ['searching', { status: 'searching' as const }, after, 'breached'],
    ['waiting_for_upload', { status: 'waiting_for_upload' as const, pending: ['c'] }, after, 'breached'],
    ['breached', { status: 'searching' as const }, after, 'breached'],
    ['breached', fulfilled, after, 'fulfilled'],
    ['searching', { status: 'no_recordings' as const, missing: [] }, after, 'no_recordings'],
    ['fulfilled', { status: 'searching' as const }, after, 'fulfilled'],
  ] as const)('from %s with outcome %o at %d is %s', (status, outcome, at, expected) => {
    expect(nextStatus({ status, deadline }, outcome, at)).toBe(expected);
  });
});
