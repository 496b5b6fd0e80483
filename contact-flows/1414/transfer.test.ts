import { describe, expect, it } from 'vitest';
import {
  call1414,
  heard,
  hotline1414,
  indexOfStep,
  stepsOf,
} from '../../test/support/contact-flows/call-harness';
import { promptText } from '../prompts/manifest';
import { hookBeforeEveryQueueTransfer } from '../shared/flow-checks';

/** An operator transfers a caller through a queue quick connect (the quick connect picks the queue). */
const transferred = (
  lang: string,
  options: { fullOnce?: string[]; agentHangup?: boolean; inputs?: string[] } = {},
) =>
  call1414({
    entry: 'transfer',
    ...options,
    request: {
      initiationMethod: 'TRANSFER',
      attributes: { lang, topic: 'eds' },
      targetQueueArn: hotline1414.resources.queueArns.kk,
    },
  });

describe('1414 operator transfer', () => {
  it('tells the caller in their language before moving them to the chosen queue', async () => {
    const call = await transferred('ru');

    const notice = indexOfStep(
      call,
      (s) => s.type === 'prompt' && s.text === promptText('ucc-transfer-notice', 'ru'),
    );
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(notice).toBeLessThan(indexOfStep(call, (s) => s.type === 'queue'));
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-kk', priority: 5 });
  });

  it('records the transferred call and offers the survey after it', async () => {
    const call = await transferred('en', { agentHangup: true, inputs: ['5'] });

    expect(call.recording).toBe(true);
    expect(call.rating).toBe(5);
  });

  it('credits the rating to the operator who took the transferred call', async () => {
    const call = await call1414({
      entry: 'transfer',
      agentHangup: true,
      inputs: ['4'],
      request: {
        initiationMethod: 'TRANSFER',
        attributes: { lang: 'ru', topic: 'eds', agent: 'first.operator' },
        targetQueueArn: hotline1414.resources.queueArns.kk,
        agent: { username: 'second.operator', arn: `${hotline1414.instanceArn}/agent/a2` },
      },
    });

    expect(stepsOf(call, 'hook').map((h) => h.hook)).toContain('AgentWhisper');
    expect(stepsOf(call, 'lambda').at(-1)?.parameters).toMatchObject({
      rating: '4',
      agent: 'second.operator',
    });
  });

  it('sets the agent whisper before every queue transfer, the fallback queues too', () => {
    expect(hookBeforeEveryQueueTransfer(hotline1414.flows.transfer.document, 'AgentWhisper')).toEqual([]);
  });

  it('moves the caller to their language queue when the chosen queue is full', async () => {
    const call = await transferred('en', { fullOnce: ['ucc-kk'] });

    expect(heard(call)).toContain(promptText('ucc-operators-busy', 'en'));
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-en', priority: 5 });
    expect(stepsOf(call, 'error').map((e) => e.error)).toContain('QueueAtCapacity');
  });
});
