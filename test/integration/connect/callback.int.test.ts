import { beforeAll, describe, expect, it } from 'vitest';
import { promptText } from '../../../contact-flows/index';
import { CALLBACKS_PATH, type WaitingCallback } from '../../../local/services/connect/contract';
import { heard, localCalls } from '../../support/connect/local-calls';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
let calls: Awaited<ReturnType<typeof localCalls>>;
beforeAll(async () => {
  apiUrl = useTestRuntime().apiUrl;
  calls = await localCalls(apiUrl);
});

/** Russian, 0 for an operator, 1 for a callback, 1 to confirm the caller's own number. */
const CHOOSE_CALLBACK = ['2', '0', '1', '1'];

async function waitingCallbacks(hotline: string): Promise<WaitingCallback[]> {
  const response = await fetch(`${apiUrl}${CALLBACKS_PATH}?hotline=${hotline}`);
  return ((await response.json()) as { callbacks: WaitingCallback[] }).callbacks;
}

describe('callback instead of waiting, through the local runtime (flows as CDK synthesized them)', () => {
  it('1414 offers it when the queue reports a wait above 40 s, and keeps the callback in the queue', async () => {
    const call = await calls.call('1414', CHOOSE_CALLBACK, { from: '+77019998877', queueWaitSeconds: 90 });

    expect(heard(call)).toContain(promptText('ucc-callback-offer', 'ru'));
    expect(call.outcome).toEqual({ kind: 'callback', queue: 'ucc-ru', callbackNumber: '+77019998877' });
    expect(call.waitingCallback).toMatchObject({ queue: 'ucc-ru', callbackNumber: '+7701***8877' });
    expect(await waitingCallbacks('1414')).toContainEqual(
      expect.objectContaining({ contactId: call.waitingCallback?.contactId, callbackNumber: '+7701***8877' }),
    );
    // Only the inbound contact has ended; the callback's record comes when an operator has taken it.
    expect(call.contactRecords.map((record) => record.InitiationMethod)).toEqual(['INBOUND']);
  });

  it('1414 does not offer it when the queue reports 40 s or less', async () => {
    const call = await calls.call('1414', CHOOSE_CALLBACK, { queueWaitSeconds: 40, queueSize: 3 });

    expect(heard(call)).not.toContain(promptText('ucc-callback-offer', 'ru'));
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
  });

  it('the operator takes the callback: recorded and rated like any call', async () => {
    const call = await calls.call('1414', [...CHOOSE_CALLBACK, '4'], {
      queueWaitSeconds: 120,
      agentHangup: true,
      agent: { username: 'aigerim.s' },
    });

    const callback = call.contactRecords.find((record) => record.InitiationMethod === 'CALLBACK');
    expect(callback).toMatchObject({ Agent: { Username: 'aigerim.s' }, Queue: { Name: 'ucc-ru' } });
    expect(call.recording).toBe(callback?.Recording?.Location);
    expect(await calls.recordingBytes(call.recording as string)).not.toHaveLength(0);
    expect(call.rating).toBe(4);
    expect(await calls.rating(callback?.ContactId as string)).toMatchObject({
      rating: 4,
      agent: 'aigerim.s',
    });
    expect(call.waitingCallback).toBeNull();
  });

  it('111 does not offer it by default, however long the wait', async () => {
    const call = await calls.call('111', ['2', '2', '1', '1'], { queueWaitSeconds: 900 });

    expect(heard(call)).not.toContain(promptText('family-callback-offer', 'ru'));
    expect(call.outcome.kind).toBe('queue');
  });
});
