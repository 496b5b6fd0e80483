import { describe, expect, it } from 'vitest';
import { type CallOptions, callHotline, heard, stepsOf } from '../../test/support/contact-flows/call-harness';
import { promptText } from '../prompts/manifest';
import { localHotline111, localHotline1414 } from '../simulator/local-hotline';
import type { CallbackOffer } from './callback-offer';
import { flowSafetyProblems } from './flow-checks';

// The 1414 default of the hotline config (infra/config/hotlines.ts); the infra test checks the two agree.
const OFFER: CallbackOffer = {
  thresholdSeconds: 40,
  initialDelaySeconds: 5,
  retries: 2,
  retryDelaySeconds: 300,
};
const ucc = localHotline1414({ callback: OFFER });
const family = localHotline111({ callback: OFFER });

const CALLER = '+77011112233';
const call1414 = (options: CallOptions) =>
  callHotline(ucc, 'main', { ...options, request: { customerNumber: CALLER, ...options.request } });
/** Russian, then 0 for an operator: the caller reaches the queue tail. */
const TO_OPERATOR_RU = ['2', '0'];
const slowQueue = { size: 12, estimatedWaitTimeSeconds: 95, oldestContactAgeSeconds: 180 };
const offerText = (language: 'kk' | 'ru' | 'en') => promptText('ucc-callback-offer', language);

describe('callback instead of waiting (1414)', () => {
  it('offers a callback when the expected wait is above the threshold', async () => {
    const transcript = await call1414({ inputs: TO_OPERATOR_RU, queueMetrics: slowQueue });

    expect(heard(transcript)).toContain(offerText('ru'));
    // Silence: the caller keeps waiting as before.
    expect(transcript.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
  });

  it('does not offer it when the expected wait is at or below the threshold', async () => {
    const transcript = await call1414({
      inputs: [...TO_OPERATOR_RU, '1', '1'],
      queueMetrics: { size: 2, estimatedWaitTimeSeconds: 40, oldestContactAgeSeconds: 300 },
    });

    expect(heard(transcript)).not.toContain(offerText('ru'));
    expect(transcript.outcome.kind).toBe('queue');
  });

  it('judges by the oldest waiting call when Connect has no estimate yet', async () => {
    const transcript = await call1414({
      inputs: TO_OPERATOR_RU,
      queueMetrics: { size: 4, oldestContactAgeSeconds: 61 },
    });

    expect(heard(transcript)).toContain(offerText('ru'));
  });

  it('books a callback to the caller’s own number in the same queue, and says goodbye', async () => {
    const transcript = await call1414({ inputs: [...TO_OPERATOR_RU, '1', '1'], queueMetrics: slowQueue });

    expect(transcript.outcome).toEqual({ kind: 'callback', queue: 'ucc-ru', callbackNumber: CALLER });
    expect(heard(transcript).at(-1)).toBe(promptText('ucc-callback-booked', 'ru'));
    expect(transcript.attributes).toMatchObject({ callback: 'requested', topic: 'general', lang: 'ru' });
    // The inbound contact ends in the flow; the callback contact holds the caller's turn in the queue.
    expect(transcript.contactRecord).toMatchObject({
      Queue: null,
      DisconnectReason: 'CONTACT_FLOW_DISCONNECT',
    });
    expect(transcript.callbackContact?.contactRecord).toMatchObject({
      InitiationMethod: 'CALLBACK',
      PreviousContactId: transcript.contactId,
      CustomerEndpoint: { Address: CALLER },
      Queue: { Name: 'ucc-ru', DequeueTimestamp: null },
      Attributes: { callback: 'requested', topic: 'general' },
      Agent: null,
    });
  });

  it('never shows the callback number in full in the transcript steps', async () => {
    const transcript = await call1414({
      inputs: [...TO_OPERATOR_RU, '1', '2', '87057654321#'],
      queueMetrics: slowQueue,
    });

    expect(transcript.outcome).toMatchObject({ kind: 'callback', callbackNumber: '+77057654321' });
    expect(stepsOf(transcript, 'callback')).toEqual([
      expect.objectContaining({ queue: 'ucc-ru', number: '+7705***4321' }),
    ]);
    expect(JSON.stringify(transcript.steps)).not.toContain('7654321');
  });

  it('takes another number keyed in as ten national digits (+7 added)', async () => {
    const transcript = await call1414({
      inputs: [...TO_OPERATOR_RU, '1', '2', '7012345678#'],
      queueMetrics: slowQueue,
    });

    expect(transcript.outcome).toMatchObject({ kind: 'callback', callbackNumber: '+77012345678' });
  });

  it('asks once more for a number that is not Kazakh, then keeps the caller in the queue', async () => {
    const transcript = await call1414({
      // A Russian mobile (+7 9..) and then too few digits.
      inputs: [...TO_OPERATOR_RU, '1', '2', '9161234567#', '70123#'],
      queueMetrics: slowQueue,
    });

    expect(
      heard(transcript).filter((text) => text === promptText('ucc-callback-invalid', 'ru')),
    ).toHaveLength(2);
    expect(transcript.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
    expect(transcript.callbackContact).toBeNull();
  });

  it('plays the Kazakh recording to a Kazakh caller', async () => {
    const transcript = await call1414({ inputs: ['1', '0'], queueMetrics: slowQueue });

    expect(stepsOf(transcript, 'prompt')).toContainEqual(
      expect.objectContaining({ text: offerText('kk'), language: 'kk' }),
    );
  });

  it('lets an operator take the callback contact; it is recorded, whispered and rated like any call', async () => {
    const transcript = await call1414({
      inputs: [...TO_OPERATOR_RU, '1', '1', '5'],
      queueMetrics: slowQueue,
      agentHangup: true,
      request: { customerNumber: CALLER, agent: { username: 'aigerim', arn: 'arn:agent/aigerim' } },
    });

    expect(transcript.outcome.kind).toBe('callback');
    expect(transcript.callbackContact?.contactRecord).toMatchObject({
      InitiationMethod: 'CALLBACK',
      Agent: { Username: 'aigerim' },
      Attributes: { agent: 'aigerim' },
      DisconnectReason: 'AGENT_DISCONNECT',
    });
    expect(transcript.callbackContact?.contactRecord.Recording).not.toBeNull();
    expect(transcript.rating).toBe(5);
    expect(transcript.disconnectContact?.contactRecord).toMatchObject({
      InitiationMethod: 'DISCONNECT',
      PreviousContactId: transcript.callbackContact?.contactId,
      Attributes: { surveyRating: '5', agent: 'aigerim', callback: 'requested' },
    });
  });

  it('keeps the flows’ promises: recorded before queuing, never dropped before a callback is booked', () => {
    for (const flow of Object.values(ucc.flows))
      expect(flowSafetyProblems(flow.document, flow.role)).toEqual([]);
    for (const flow of Object.values(family.flows))
      expect(flowSafetyProblems(flow.document, flow.role)).toEqual([]);
  });
});

describe('callback on 111', () => {
  it('is not offered with the default configuration (off), however long the wait', async () => {
    const transcript = await callHotline(localHotline111(), 'main', {
      inputs: ['2', '2', '1', '1'],
      queueMetrics: { size: 30, estimatedWaitTimeSeconds: 600, oldestContactAgeSeconds: 900 },
    });

    expect(heard(transcript)).not.toContain(promptText('family-callback-offer', 'ru'));
    expect(transcript.outcome.kind).toBe('queue');
  });

  it('when switched on, is never offered to an urgent caller, who stays on the line at priority 1', async () => {
    const transcript = await callHotline(family, 'main', {
      inputs: ['2', '1', '1', '1'],
      queueMetrics: { size: 30, estimatedWaitTimeSeconds: 600 },
    });

    expect(heard(transcript)).not.toContain(promptText('family-callback-offer', 'ru'));
    expect(transcript.outcome).toEqual({ kind: 'queue', queue: 'family-ru', priority: 1 });
  });

  it('when switched on, is offered on a consultation call', async () => {
    const transcript = await callHotline(family, 'main', {
      inputs: ['2', '2', '1', '1'],
      queueMetrics: { size: 30, estimatedWaitTimeSeconds: 600 },
    });

    expect(transcript.outcome).toMatchObject({ kind: 'callback', queue: 'family-ru' });
  });
});
