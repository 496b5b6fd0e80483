import { describe, expect, it } from 'vitest';
import { planRecordOf, summarize } from './summary';

const answered = {
  ContactId: 'c-answered',
  Channel: 'VOICE',
  InitiationMethod: 'INBOUND',
  InitiationTimestamp: '2026-11-23T03:58:00Z',
  DisconnectTimestamp: '2026-11-23T04:05:00Z',
  LastUpdateTimestamp: '2026-11-23T04:06:00Z',
  CustomerEndpoint: { Address: '+77011234567', Type: 'TELEPHONE_NUMBER' },
  SystemEndpoint: { Address: '+77170001414', Type: 'TELEPHONE_NUMBER' },
  Attributes: { iin: '900101300123', callerName: 'Aigerim' },
  Queue: {
    Name: 'ru-state-services',
    EnqueueTimestamp: '2026-11-23T03:59:00Z',
    DequeueTimestamp: '2026-11-23T03:59:30Z',
    Duration: 30,
  },
  Agent: {
    ARN: 'arn:aws:connect:eu-central-1:111122223333:instance/i-1/agent/u-42',
    Username: 'operator.one',
    ConnectedToAgentTimestamp: '2026-11-23T03:59:30Z',
    AgentInteractionDuration: 300,
    CustomerHoldDuration: 20,
    AfterContactWorkDuration: 45,
  },
};

describe('summarising a contact record', () => {
  it('keeps the times, queue, handle time and operator login of an answered call, filed under its Almaty day', () => {
    const decision = summarize(answered);

    expect(decision).toEqual({
      kind: 'summary',
      summary: {
        contactId: 'c-answered',
        // 03:58 UTC is 08:58 in Almaty, the same day.
        day: '2026-11-23',
        channel: 'VOICE',
        initiationMethod: 'INBOUND',
        initiatedAt: '2026-11-23T03:58:00.000Z',
        enqueuedAt: '2026-11-23T03:59:00.000Z',
        answeredAt: '2026-11-23T03:59:30.000Z',
        disconnectedAt: '2026-11-23T04:05:00.000Z',
        queue: 'ru-state-services',
        queueSeconds: 30,
        abandoned: false,
        handleSeconds: 365,
        agent: 'operator.one',
        lastUpdate: '2026-11-23T04:06:00.000Z',
      },
    });
  });

  it('carries no phone number, caller attribute or name of the caller', () => {
    const text = JSON.stringify(summarize(answered));

    for (const secret of ['77011234567', '77170001414', '900101300123', 'Aigerim'])
      expect(text).not.toContain(secret);
  });

  it('files a call started after 19:00 UTC under the next Almaty day', () => {
    const decision = summarize({ ...answered, InitiationTimestamp: '2026-11-23T19:30:00Z' });

    expect(decision.kind === 'summary' && decision.summary.day).toBe('2026-11-24');
  });

  it('marks a caller who hung up in the queue as abandoned, with the wait until they hung up', () => {
    const decision = summarize({
      ...answered,
      Agent: null,
      Queue: { Name: 'ru-state-services', EnqueueTimestamp: '2026-11-23T03:59:00Z', Duration: null },
      DisconnectTimestamp: '2026-11-23T04:01:15Z',
    });

    expect(decision.kind === 'summary' && decision.summary).toMatchObject({
      abandoned: true,
      answeredAt: null,
      queueSeconds: 135,
      handleSeconds: null,
      agent: null,
    });
  });

  it('does not count an unanswered callback contact as a caller who gave up', () => {
    const decision = summarize({ ...answered, InitiationMethod: 'CALLBACK', Agent: null });

    expect(decision.kind === 'summary' && decision.summary).toMatchObject({
      initiationMethod: 'CALLBACK',
      abandoned: false,
    });
  });

  it('does not count a contact still waiting (no disconnect yet) as abandoned', () => {
    const decision = summarize({ ...answered, Agent: null, DisconnectTimestamp: null });

    expect(decision.kind === 'summary' && decision.summary.abandoned).toBe(false);
  });

  it('names the operator by user id when the record has no user name', () => {
    const decision = summarize({ ...answered, Agent: { ...answered.Agent, Username: null } });

    expect(decision.kind === 'summary' && decision.summary.agent).toBe('u-42');
  });

  it.each([
    ['not JSON', undefined],
    ['no contact id', { ...answered, ContactId: '' }],
    ['an impossible start time', { ...answered, InitiationTimestamp: 'yesterday' }],
    ['a negative duration', { ...answered, Queue: { ...answered.Queue, Duration: -3 } }],
  ])('skips %s', (_name, raw) => {
    expect(summarize(raw)).toEqual({ kind: 'skipped', reason: 'not_a_contact_record' });
  });
});

describe('a summary as the staffing plan reads it', () => {
  it('gives the plan the queue time, the wait and the handle time of a voice call', () => {
    const decision = summarize(answered);
    if (decision.kind !== 'summary') throw new Error('expected a summary');

    expect(planRecordOf(decision.summary)).toEqual({
      InitiationMethod: 'INBOUND',
      Queue: { EnqueueTimestamp: '2026-11-23T03:59:00.000Z', Duration: 30 },
      Agent: { AgentInteractionDuration: 365, AfterContactWorkDuration: 0 },
    });
  });

  it('leaves out chats and tasks: the plan counts operators on the phones', () => {
    const decision = summarize({ ...answered, Channel: 'CHAT' });
    if (decision.kind !== 'summary') throw new Error('expected a summary');

    expect(planRecordOf(decision.summary)).toBeUndefined();
  });
});
