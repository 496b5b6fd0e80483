import { describe, expect, it } from 'vitest';
import { call1414, heard, stepsOf } from '../../test/support/contact-flows/call-harness';
import { promptText } from '../prompts/manifest';

describe('1414 waiting in the queue', () => {
  it('tells a Russian caller how many calls are waiting, then plays hold music', async () => {
    const call = await call1414({ inputs: ['2', '1'], queueMetrics: { size: 4 } });

    expect(heard(call)).toContain(
      'Звонков в очереди: 4. Пожалуйста, оставайтесь на линии, оператор скоро ответит.',
    );
    expect(stepsOf(call, 'music')).toEqual([expect.objectContaining({ prompt: 'ucc-hold-music' })]);
    expect(call.steps.at(-1)).toEqual({ type: 'waiting', queue: 'ucc-ru' });
  });

  it('tells an English caller the count in English', async () => {
    const call = await call1414({ inputs: ['3', '0'], queueMetrics: { size: 2 } });

    expect(heard(call)).toContain(
      'Callers waiting in the queue: 2. Please stay on the line, an operator will answer you shortly.',
    );
  });

  it.each([
    [1, 'ucc-queue-size-1', 'бір'],
    [3, 'ucc-queue-size-3', 'үш'],
    [5, 'ucc-queue-size-5', 'бес'],
    [7, 'ucc-queue-size-more', 'бестен астам'],
  ] as const)(
    'tells a Kazakh caller with %i calls waiting from the recording %s',
    async (size, key, words) => {
      const call = await call1414({ inputs: ['1', '0'], queueMetrics: { size } });
      const inQueue = stepsOf(call, 'prompt').filter((p) => p.action.startsWith('queue-size-'));

      expect(inQueue).toEqual([
        expect.objectContaining({
          text: promptText(key, 'kk'),
          language: 'kk',
          action: `${key.slice(4)}-kk`,
        }),
      ]);
      expect(promptText(key, 'kk')).toContain(words);
      expect(stepsOf(call, 'music')).toEqual([expect.objectContaining({ prompt: 'ucc-hold-music' })]);
      expect(call.steps.at(-1)).toEqual({ type: 'waiting', queue: 'ucc-kk' });
    },
  );

  it('asks a Kazakh caller only to stay on the line when the queue reports no count', async () => {
    const call = await call1414({ inputs: ['1', '0'], queueMetrics: { size: 0 } });

    expect(heard(call)).toContain(promptText('ucc-queue-waiting', 'kk'));
    expect(stepsOf(call, 'prompt').some((p) => p.action.startsWith('queue-size-'))).toBe(false);
  });

  it('says only "please stay on the line" when the queue reports no count', async () => {
    const call = await call1414({ inputs: ['2', '1'], queueMetrics: { size: 0 } });

    expect(heard(call)).toContain(promptText('ucc-queue-waiting', 'ru'));
    expect(heard(call).some((text) => text.startsWith('Звонков в очереди'))).toBe(false);
  });
});
