import { describe, expect, it } from 'vitest';
import {
  call111,
  failingLambda,
  heard,
  indexOfStep,
  stepsOf,
} from '../../test/support/contact-flows/call-harness';
import { promptEntry, promptText } from '../prompts/manifest';
import { URGENT_QUEUE_PRIORITY } from './main';

describe('111 language menu', () => {
  it.each([
    ['1', 'kk', 'family-kk'],
    ['2', 'ru', 'family-ru'],
  ] as const)('pressing %s serves the caller in %s', async (key, language, queue) => {
    const call = await call111({ inputs: [key, '2'] });

    expect(call.language).toBe(language);
    expect(heard(call)).toContain(promptEntry('family-main-menu').texts[language]);
    expect(call.outcome).toEqual({ kind: 'queue', queue, priority: 5 });
  });

  it('serves a silent caller in Kazakh at once', async () => {
    const call = await call111({ inputs: [undefined, '2'] });

    expect(call.language).toBe('kk');
    expect(stepsOf(call, 'prompt').filter((p) => p.action === 'language-menu')).toHaveLength(1);
  });

  it('asks once more after a wrong key', async () => {
    const call = await call111({ inputs: ['5', '2', '2'] });

    expect(call.language).toBe('ru');
  });

  it('serves a caller who presses a wrong key twice in Kazakh', async () => {
    const call = await call111({ inputs: ['5', '6', '2'] });

    expect(call.language).toBe('kk');
  });

  it('offers Kazakh and Russian only', async () => {
    const call = await call111({ inputs: ['3', '3', '2'] });

    expect(call.language).toBe('kk');
  });
});

describe('111 urgent calls', () => {
  it('marks the call urgent, alerts the state bodies before queuing, and routes it first', async () => {
    const call = await call111({ inputs: ['2', '1'] });

    const alerted = indexOfStep(call, (s) => s.type === 'lambda' && s.name === 'urgentEscalation');
    expect(alerted).toBeGreaterThanOrEqual(0);
    expect(alerted).toBeLessThan(indexOfStep(call, (s) => s.type === 'queue'));
    expect(call.attributes).toMatchObject({ urgent: 'true', topic: 'urgent', urgentEscalation: 'sent' });
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-ru', priority: URGENT_QUEUE_PRIORITY });
  });

  it('passes the caller language and the contact to the escalation Lambda', async () => {
    let seen: unknown;
    const call = await call111({
      inputs: ['1', '1'],
      lambdas: {
        urgentEscalation: (parameters, event) => {
          seen = { parameters, contact: event.Details.ContactData };
          return { outcome: 'escalated' };
        },
      },
    });

    expect(seen).toMatchObject({
      parameters: { lang: 'kk' },
      contact: { ContactId: call.contactId, Channel: 'VOICE', Attributes: { urgent: 'true', lang: 'kk' } },
    });
  });

  it('still queues the caller first when the escalation fails, flagging it for the specialist', async () => {
    const call = await call111({ inputs: ['2', '1'], lambdas: { urgentEscalation: failingLambda } });

    expect(stepsOf(call, 'lambda')[0]?.error).toBe('Lambda timed out');
    expect(call.attributes.urgentEscalation).toBe('failed');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-ru', priority: URGENT_QUEUE_PRIORITY });
  });

  it('tells the caller they will be answered first and to call 112 if in danger now', async () => {
    const call = await call111({ inputs: ['1', '1'] });

    expect(heard(call)).toContain(promptEntry('family-urgent-hold').texts.kk);
    expect(call.recording).toBe(true);
  });
});

describe('111 main menu', () => {
  it.each([
    ['key 2', ['2', '2']],
    ['silence', ['2', undefined]],
    ['a wrong key twice', ['2', '8', '9']],
  ])('%s leads to a consultation with a specialist', async (_, inputs) => {
    const call = await call111({ inputs });

    expect(call.attributes.topic).toBe('consultation');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-ru', priority: 5 });
  });

  it('tells the caller the call is confidential and recorded before queuing', async () => {
    const call = await call111({ inputs: ['2', '2'] });

    expect(heard(call)).toContain(promptText('family-connecting', 'ru'));
    expect(call.recording).toBe(true);
    expect(stepsOf(call, 'hook').map((h) => h.hook)).toEqual(['CustomerQueue']);
  });

  it('reads the appeal status and connects a specialist on request', async () => {
    const call = await call111({
      inputs: ['2', '3', '1110042#', '0'],
      lambdas: {
        appealStatus: () => ({
          outcome: 'found',
          status: 'referred',
          message: 'Обращение направлено в акимат.',
        }),
      },
    });

    expect(stepsOf(call, 'lambda')[0]?.parameters).toEqual({ number: '1110042', lang: 'ru' });
    expect(heard(call)).toContain('Обращение направлено в акимат.');
    expect(call.attributes).toMatchObject({ topic: 'appeal-status', appealNumber: '1110042' });
  });

  it('plays a Kazakh caller the recording for an unknown number', async () => {
    const call = await call111({ inputs: ['1', '3', '42#', '0'] });

    expect(heard(call)).toContain(promptEntry('family-appeal-status-not-found').texts.kk);
  });

  it('connects a specialist when the status lookup fails', async () => {
    const call = await call111({ inputs: ['1', '3', '42#'], lambdas: { appealStatus: failingLambda } });

    expect(heard(call)).toContain(promptEntry('family-appeal-unavailable').texts.kk);
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-kk', priority: 5 });
  });

  it('explains and transfers state-services questions to the Unified Contact Center 1414', async () => {
    const call = await call111({ inputs: ['2', '4'] });

    const told = indexOfStep(
      call,
      (s) => s.type === 'prompt' && s.text === promptText('family-transfer-1414', 'ru'),
    );
    expect(told).toBeGreaterThanOrEqual(0);
    expect(told).toBeLessThan(indexOfStep(call, (s) => s.type === 'transfer'));
    expect(call.outcome).toEqual({ kind: 'transfer', to: '1414' });
    expect(call.contactRecord.TransferredToEndpoint).toEqual({
      Address: '+77170001414',
      Type: 'TELEPHONE_NUMBER',
    });
  });

  it('brings the caller to a 111 specialist when 1414 cannot be reached', async () => {
    const call = await call111({ inputs: ['1', '4'], thirdPartyFails: true });

    expect(stepsOf(call, 'error').map((e) => e.error)).toContain('CallFailed');
    expect(heard(call)).toContain(promptEntry('family-transfer-1414-failed').texts.kk);
    expect(call.attributes.topic).toBe('state-services');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-kk', priority: 5 });
  });

  it('runs no survey after a 111 call', async () => {
    const call = await call111({ inputs: ['2', '2', '5'], agentHangup: true });

    expect(call.disconnectContact).toBeNull();
    expect(call.contactRecord.DisconnectReason).toBe('AGENT_DISCONNECT');
  });
});
