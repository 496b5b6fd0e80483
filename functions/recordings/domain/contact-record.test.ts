import { describe, expect, it } from 'vitest';
import { indexEntryOf, parseRecordingLocation } from './contact-record';
import { lookupHash } from './lookup-key';

const key = new Uint8Array(32).fill(1);
const options = {
  key,
  recordingsBucket: 'rec-bucket',
  retentionDays: 10,
  now: Date.parse('2026-11-23T10:00:00Z'),
};

function ctr(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ContactId: 'c-1',
    Channel: 'VOICE',
    InitiationMethod: 'INBOUND',
    InitiationTimestamp: '2026-11-23T05:00:00Z',
    DisconnectTimestamp: '2026-11-23T05:07:00Z',
    LastUpdateTimestamp: '2026-11-23T05:08:00Z',
    CustomerEndpoint: { Address: '+77012345678', Type: 'TELEPHONE_NUMBER' },
    Queue: { Name: 'ru-general' },
    Agent: { Username: 'op-17' },
    Recording: { Location: 'rec-bucket/connect/qoldau/CallRecordings/2026/11/23/c-1_20261123T05:00_UTC.wav' },
    ...overrides,
  };
}

describe('a contact record in the index', () => {
  it('is filed under the hash of the caller number and the Almaty day, with the call details', () => {
    const decision = indexEntryOf(ctr(), options);

    expect(decision).toEqual({
      kind: 'entry',
      foreignRecordings: 0,
      entry: {
        lookup: lookupHash(key, '+77012345678', '2026-11-23'),
        contactId: 'c-1',
        day: '2026-11-23',
        initiatedAt: '2026-11-23T05:00:00.000Z',
        disconnectedAt: '2026-11-23T05:07:00.000Z',
        initiationMethod: 'INBOUND',
        queue: 'ru-general',
        operator: 'op-17',
        recordings: [
          {
            bucket: 'rec-bucket',
            key: 'connect/qoldau/CallRecordings/2026/11/23/c-1_20261123T05:00_UTC.wav',
          },
        ],
        lastUpdate: '2026-11-23T05:08:00.000Z',
        firstIndexedAt: '2026-11-23T10:00:00.000Z',
        expiresAt: Date.parse('2026-11-23T05:00:00Z') / 1000 + 10 * 86_400,
      },
    });
  });

  it('never holds the raw number', () => {
    const decision = indexEntryOf(ctr(), options);
    expect(JSON.stringify(decision)).not.toMatch(/7012345678/);
  });

  it.each([
    ['19:00 UTC, the next day in Almaty', '2026-11-23T19:00:00Z', '2026-11-24'],
    ['18:59 UTC, still the same day in Almaty', '2026-11-23T18:59:59Z', '2026-11-23'],
    ['an offset time', '2026-11-24T00:30:00+05:00', '2026-11-24'],
  ])('takes the day of a call starting at %s', (_what, start, day) => {
    const decision = indexEntryOf(ctr({ InitiationTimestamp: start }), options);
    expect(decision.kind === 'entry' && decision.entry.day).toBe(day);
  });

  it('finds the caller written as 8 7XX… under the same hash as +7 7XX…', () => {
    const plus = indexEntryOf(ctr(), options);
    const trunk = indexEntryOf(ctr({ CustomerEndpoint: { Address: '87012345678' } }), options);
    expect(plus.kind === 'entry' && trunk.kind === 'entry' && plus.entry.lookup === trunk.entry.lookup).toBe(
      true,
    );
  });

  it('takes audio recordings from the Recordings list as well, and keeps each location once', () => {
    const decision = indexEntryOf(
      ctr({
        Recording: { Location: 'rec-bucket/a.wav' },
        Recordings: [
          { Location: 'rec-bucket/a.wav', MediaStreamType: 'AUDIO' },
          { Location: 'rec-bucket/b.wav', MediaStreamType: 'AUDIO' },
          { Location: 'rec-bucket/screen.mp4', MediaStreamType: 'VIDEO' },
        ],
      }),
      options,
    );
    expect(decision.kind === 'entry' && decision.entry.recordings.map((r) => r.key).sort()).toEqual([
      'a.wav',
      'b.wav',
    ]);
  });

  it('leaves out recordings in other buckets and counts them', () => {
    const decision = indexEntryOf(ctr({ Recording: { Location: 'someone-elses/x.wav' } }), options);
    expect(decision).toMatchObject({ kind: 'entry', foreignRecordings: 1, entry: { recordings: [] } });
  });

  it('indexes a call without a recording yet (the recording may come with a later record)', () => {
    const decision = indexEntryOf(ctr({ Recording: null }), options);
    expect(decision).toMatchObject({ kind: 'entry', entry: { recordings: [] } });
  });

  it.each([
    ['a chat', ctr({ Channel: 'CHAT' }), 'not_a_voice_contact'],
    ['a withheld number', ctr({ CustomerEndpoint: { Address: 'anonymous' } }), 'no_customer_number'],
    ['no customer endpoint', ctr({ CustomerEndpoint: null }), 'no_customer_number'],
    ['garbage', { hello: 'world' }, 'not_a_contact_record'],
    ['a bad timestamp', ctr({ InitiationTimestamp: 'yesterday' }), 'not_a_contact_record'],
  ])('skips %s', (_what, record, reason) => {
    expect(indexEntryOf(record, options)).toEqual({ kind: 'skipped', reason });
  });
});

describe('a recording location as Connect writes it', () => {
  it.each([
    ['bucket/connect/x/CallRecordings/a.wav', { bucket: 'bucket', key: 'connect/x/CallRecordings/a.wav' }],
    ['bucket/', undefined],
    ['/key', undefined],
    ['no-slash', undefined],
  ])('reads %s', (location, expected) => {
    expect(parseRecordingLocation(location)).toEqual(expected);
  });
});
