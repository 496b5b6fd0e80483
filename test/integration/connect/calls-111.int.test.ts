import { beforeAll, describe, expect, it } from 'vitest';
import { promptEntry, promptText, URGENT_QUEUE_PRIORITY } from '../../../contact-flows/index';
import { heard, lambdaSteps, localCalls } from '../../support/connect/local-calls';
import { useTestRuntime } from '../../support/runtime';

let calls: Awaited<ReturnType<typeof localCalls>>;
beforeAll(async () => {
  calls = await localCalls(useTestRuntime().apiUrl);
});

describe('111 through the local runtime', () => {
  it.each([
    ['1', 'kk', 'family-kk'],
    ['2', 'ru', 'family-ru'],
  ] as const)('language key %s serves the caller in %s', async (key, language, queue) => {
    const call = await calls.call('111', [key, '2']);

    expect(call.language).toBe(language);
    expect(heard(call)).toContain(promptEntry('family-main-menu').texts[language]);
    expect(call.outcome).toEqual({ kind: 'queue', queue, priority: 5 });
  });

  it('connects a caller who presses nothing to a consultation in Kazakh', async () => {
    const call = await calls.call('111');

    expect(call.language).toBe('kk');
    expect(call.attributes.topic).toBe('consultation');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-kk', priority: 5 });
  });

  it('connects a caller who presses a wrong key twice at the main menu to a consultation', async () => {
    const call = await calls.call('111', ['2', '8', '9']);

    expect(heard(call)).toContain(promptText('family-invalid-choice', 'ru'));
    expect(call.attributes.topic).toBe('consultation');
  });

  it('alerts the state bodies through the urgent-escalation Lambda and routes an urgent call first', async () => {
    const call = await calls.call('111', ['2', '1']);

    expect(lambdaSteps(call)[0]).toMatchObject({
      name: 'urgentEscalation',
      parameters: { lang: 'ru' },
      result: { outcome: 'escalated' },
    });
    expect(call.attributes).toMatchObject({ urgent: 'true', topic: 'urgent', urgentEscalation: 'sent' });
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-ru', priority: URGENT_QUEUE_PRIORITY });
  });

  it('transfers a state-services question to the Unified Contact Center 1414, telling the caller first', async () => {
    const call = await calls.call('111', ['1', '4']);

    expect(heard(call)).toContain(promptEntry('family-transfer-1414').texts.kk);
    expect(call.outcome).toEqual({ kind: 'transfer', to: '1414' });
  });

  it('plays a Kazakh caller the recording for their appeal’s status', async () => {
    const number = await calls.putAppeal('111', {
      status: 'referred',
      receivedAt: '2025-03-03T04:30:00Z',
      deadline: '2025-03-24T23:59:59+05:00',
    });

    const call = await calls.call('111', ['1', '3', `${number}#`, '0']);

    expect(lambdaSteps(call)[0]?.result).toMatchObject({ outcome: 'found', status: 'referred' });
    expect(heard(call)).toContain(promptEntry('family-appeal-status-referred').texts.kk);
  });

  it('records the specialist’s call and runs no survey', async () => {
    const call = await calls.call('111', ['2', '2', '5'], { agentHangup: true });

    expect(call.recording).toMatch(/\/connect\/qoldau-family111-dev\/CallRecordings\/.+\.wav$/);
    expect(call.rating).toBeNull();
    expect(call.contactRecords).toHaveLength(1);
  });
});
