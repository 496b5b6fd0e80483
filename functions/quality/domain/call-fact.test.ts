import { describe, expect, it } from 'vitest';
import { answeredCallOf } from './call-fact';

const record = {
  ContactId: 'c-1',
  Channel: 'VOICE',
  InitiationMethod: 'INBOUND',
  InitiationTimestamp: '2026-12-06T20:30:00Z',
  CustomerEndpoint: { Address: '+77011234567', Type: 'TELEPHONE_NUMBER' },
  Agent: { Username: 'aigerim.s', AgentInteractionDuration: 180, AfterContactWorkDuration: 20 },
  Attributes: { lang: 'ru', topic: 'egov' },
  Queue: { Name: 'ucc-ru' },
  Recording: { Location: 'recordings-bucket/connect/c-1_20261206.wav' },
  TransferredToEndpoint: null,
};

describe('answered calls from contact records', () => {
  it('keeps operator, handle time, Almaty day and week, recording; never the caller’s number', () => {
    const call = answeredCallOf(record);

    expect(call).toEqual({
      contactId: 'c-1',
      operator: 'aigerim.s',
      // 20:30 UTC on Sunday is 01:30 on Monday in Almaty: the next ISO week.
      day: '2026-12-07',
      week: '2026-W50',
      initiatedAt: '2026-12-06T20:30:00.000Z',
      handleSeconds: 200,
      transferred: false,
      language: 'ru',
      topic: 'egov',
      urgent: false,
      queue: 'ucc-ru',
      recordings: ['recordings-bucket/connect/c-1_20261206.wav'],
    });
    expect(JSON.stringify(call)).not.toContain('7011234567');
  });

  it.each([
    ['a call transferred on', { TransferredToEndpoint: { Address: '+77170001414' } }],
    ['a call that came in by transfer', { InitiationMethod: 'TRANSFER' }],
  ])('marks %s as transferred', (_, changes) => {
    expect(answeredCallOf({ ...record, ...changes })?.transferred).toBe(true);
  });

  it.each([
    ['no operator answered', { Agent: null }],
    ['a chat', { Channel: 'CHAT' }],
    ['no start time', { InitiationTimestamp: 'yesterday' }],
  ])('skips a record where %s', (_, changes) => {
    expect(answeredCallOf({ ...record, ...changes })).toBeUndefined();
  });

  it('skips what is not a record at all', () => {
    expect(answeredCallOf('junk')).toBeUndefined();
    expect(answeredCallOf(null)).toBeUndefined();
  });
});
