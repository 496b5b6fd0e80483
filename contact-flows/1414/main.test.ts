import { describe, expect, it } from 'vitest';
import {
  call1414,
  failingLambda,
  heard,
  hotline1414,
  indexOfStep,
  stepsOf,
} from '../../test/support/contact-flows/call-harness';
import { promptEntry, promptText } from '../prompts/manifest';
import { hookBeforeEveryQueueTransfer } from '../shared/flow-checks';

const mainMenu = (language: 'kk' | 'ru' | 'en') => promptEntry('ucc-main-menu').texts[language];

describe('1414 language menu', () => {
  it.each([
    ['1', 'kk', 'ucc-kk'],
    ['2', 'ru', 'ucc-ru'],
    ['3', 'en', 'ucc-en'],
  ] as const)('pressing %s serves the caller in %s up to the %s queue', async (key, language, queue) => {
    const call = await call1414({ inputs: [key, '0'] });

    expect(call.language).toBe(language);
    expect(heard(call)).toContain(mainMenu(language));
    expect(call.outcome).toEqual({ kind: 'queue', queue, priority: 5 });
  });

  it('speaks Russian with Polly Tatyana and English with Joanna', async () => {
    const russian = await call1414({ inputs: ['2', '0'] });
    const english = await call1414({ inputs: ['3', '0'] });

    expect(stepsOf(russian, 'voice').map((s) => s.voice)).toContain('Tatyana');
    expect(stepsOf(english, 'voice').map((s) => s.voice)).toContain('Joanna');
  });

  it('plays Kazakh from recordings, never from Polly', async () => {
    const call = await call1414({ inputs: ['1', '0'] });

    expect(stepsOf(call, 'voice')).toEqual([]);
    expect(stepsOf(call, 'prompt').filter((p) => p.language === 'kk').length).toBeGreaterThan(0);
    expect(stepsOf(call, 'prompt').every((p) => p.language === 'kk' || p.language === 'multilingual')).toBe(
      true,
    );
  });

  it.each([
    ['silence twice', [undefined, undefined]],
    ['a wrong key twice', ['7', '8']],
    ['a wrong key, then silence', ['9', undefined]],
  ])('after %s the caller is served in Kazakh', async (_, answers) => {
    const call = await call1414({ inputs: [...answers, '0'] });

    expect(call.language).toBe('kk');
    expect(stepsOf(call, 'prompt').filter((p) => p.action === 'language-menu')).toHaveLength(2);
  });

  it('asks again after one silence and takes the second answer', async () => {
    const call = await call1414({ inputs: [undefined, '2', '0'] });

    expect(call.language).toBe('ru');
  });
});

describe('1414 main menu', () => {
  it.each([
    ['1', 'egov'],
    ['2', 'eds'],
    ['3', 'gov-is'],
    ['0', 'general'],
  ] as const)('key %s marks the topic %s and queues the caller in their language', async (key, topic) => {
    const call = await call1414({ inputs: ['2', key] });

    expect(call.attributes).toMatchObject({ lang: 'ru', topic });
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
  });

  it('sends a caller who presses nothing to an operator', async () => {
    const call = await call1414({ inputs: ['3', undefined] });

    expect(call.attributes.topic).toBe('general');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-en', priority: 5 });
  });

  it('asks once more after a wrong key and follows the second answer', async () => {
    const call = await call1414({ inputs: ['2', '7', '2'] });

    expect(heard(call)).toContain(promptText('ucc-invalid-choice', 'ru'));
    expect(call.attributes.topic).toBe('eds');
  });

  it('sends a caller who presses a wrong key twice to an operator', async () => {
    const call = await call1414({ inputs: ['1', '7', '8'] });

    expect(stepsOf(call, 'prompt').filter((p) => p.text === mainMenu('kk'))).toHaveLength(2);
    expect(call.attributes.topic).toBe('general');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-kk', priority: 5 });
  });

  it('tells the caller the call is recorded and records operator and caller', async () => {
    const call = await call1414({ inputs: ['2', '1'] });

    expect(heard(call)).toContain(promptText('ucc-connecting', 'ru'));
    expect(call.recording).toBe(true);
  });

  it('attaches the survey, the waiting announcements and the agent whisper before queuing', async () => {
    const call = await call1414({ inputs: ['2', '1'] });
    const queued = indexOfStep(call, (s) => s.type === 'queue');

    expect(stepsOf(call, 'hook').map((h) => [h.hook, h.flow])).toEqual([
      ['CustomerRemaining', hotline1414.flows.survey.arn],
      ['CustomerQueue', hotline1414.flows.customerQueue.arn],
      ['AgentWhisper', hotline1414.flows.agentWhisper.arn],
    ]);
    for (const hook of ['CustomerRemaining', 'CustomerQueue', 'AgentWhisper']) {
      expect(
        indexOfStep(call, (s) => s.type === 'hook' && s.hook === hook),
        hook,
      ).toBeLessThan(queued);
    }
  });

  it('sets the agent whisper on every way into a queue, in every language', () => {
    expect(hookBeforeEveryQueueTransfer(hotline1414.flows.main.document, 'AgentWhisper')).toEqual([]);
  });

  it('still queues the caller when the agent whisper cannot be set', () => {
    const hooks = hotline1414.flows.main.document.Actions.filter(
      (a) => a.Type === 'UpdateContactEventHooks' && 'AgentWhisper' in a.Parameters.EventHooks,
    );

    expect(hooks).toHaveLength(3);
    for (const hook of hooks) {
      const language = hook.Identifier.slice(-2);
      expect(hook.Transitions).toEqual({
        NextAction: `to-queue-${language}`,
        Errors: [{ ErrorType: 'NoMatchingError', NextAction: `to-queue-${language}` }],
      });
    }
  });

  it('keeps a caller on the line when the queue is full and queues them on the next try', async () => {
    const call = await call1414({ inputs: ['2', '1'], fullOnce: ['ucc-ru'] });

    expect(heard(call)).toContain(promptText('ucc-operators-busy', 'ru'));
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
  });
});

describe('1414 appeal status', () => {
  const found = (status: string, message: string) => () => ({ outcome: 'found', status, message });

  it('reads a Russian caller the status message the Lambda wrote, then offers the menu', async () => {
    const message = 'Обращение 20250001 находится на рассмотрении.';
    const call = await call1414({
      inputs: ['2', '4', '20250001#', undefined],
      lambdas: { appealStatus: found('in_progress', message) },
    });

    expect(stepsOf(call, 'lambda')[0]).toMatchObject({
      name: 'appealStatus',
      parameters: { number: '20250001', lang: 'ru' },
      result: { outcome: 'found', status: 'in_progress', message },
    });
    expect(heard(call)).toContain(message);
    expect(heard(call)).toContain(promptText('ucc-after-status', 'ru'));
  });

  it.each([
    ['registered', 'ucc-appeal-status-registered'],
    ['in_progress', 'ucc-appeal-status-in-progress'],
    ['referred', 'ucc-appeal-status-referred'],
    ['answered', 'ucc-appeal-status-answered'],
    ['closed', 'ucc-appeal-status-closed'],
    ['not_found', 'ucc-appeal-status-not-found'],
    ['invalid', 'ucc-appeal-status-invalid'],
  ] as const)('plays a Kazakh caller the recording for status %s', async (status, key) => {
    const call = await call1414({
      inputs: ['1', '4', '123#', '0'],
      lambdas: { appealStatus: () => ({ outcome: 'found', status, message: '' }) },
    });

    expect(heard(call)).toContain(promptEntry(key).texts.kk);
  });

  it('tells a caller whose number is unknown, and they can try another number', async () => {
    const call = await call1414({
      inputs: ['3', '4', '999#', '2', '20250002#', '1', '0'],
      lambdas: {
        appealStatus: ({ number }) =>
          number === '999'
            ? { outcome: 'not_found', status: 'not_found', message: 'No appeal with this number was found.' }
            : { outcome: 'found', status: 'closed', message: 'Appeal 20250002 is closed.' },
      },
    });

    expect(heard(call)).toEqual(
      expect.arrayContaining(['No appeal with this number was found.', 'Appeal 20250002 is closed.']),
    );
    expect(stepsOf(call, 'prompt').filter((p) => p.text === mainMenu('en'))).toHaveLength(2);
    expect(call.attributes).toMatchObject({ topic: 'general', appealNumber: '20250002' });
  });

  it('apologizes and connects an operator when the status lookup fails', async () => {
    const call = await call1414({
      inputs: ['2', '4', '20250001#'],
      lambdas: { appealStatus: failingLambda },
    });

    expect(stepsOf(call, 'lambda')[0]?.error).toBe('Lambda timed out');
    expect(heard(call)).toContain(promptText('ucc-appeal-unavailable', 'ru'));
    expect(call.attributes).toMatchObject({ topic: 'appeal-status', appealNumber: '20250001' });
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
  });

  it('connects an operator when the caller keys in no number', async () => {
    const call = await call1414({ inputs: ['2', '4', undefined] });

    expect(stepsOf(call, 'lambda')).toEqual([]);
    expect(call.attributes.topic).toBe('appeal-status');
    expect(call.outcome.kind).toBe('queue');
  });

  it('connects an operator when the caller says nothing after hearing the status', async () => {
    const call = await call1414({
      inputs: ['2', '4', '20250001#'],
      lambdas: { appealStatus: found('answered', 'Ответ направлен вам.') },
    });

    expect(call.attributes.topic).toBe('appeal-status');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
  });
});
