import { describe, expect, it } from 'vitest';
import { promptText } from '../prompts/manifest';
import { call1414, heard, stepsOf } from '../testing/call-harness';

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

  it('plays a Kazakh caller a recording without numbers', async () => {
    const call = await call1414({ inputs: ['1', '0'], queueMetrics: { size: 7 } });
    const inQueue = stepsOf(call, 'prompt').filter((p) => p.action.startsWith('waiting-'));

    expect(inQueue).toEqual([
      expect.objectContaining({ text: promptText('ucc-queue-waiting', 'kk'), language: 'kk' }),
    ]);
    expect(heard(call).some((text) => text.includes('7'))).toBe(false);
  });

  it('says only "please stay on the line" when the queue reports no count', async () => {
    const call = await call1414({ inputs: ['2', '1'], queueMetrics: { size: 0 } });

    expect(heard(call)).toContain(promptText('ucc-queue-waiting', 'ru'));
    expect(heard(call).some((text) => text.startsWith('Звонков в очереди'))).toBe(false);
  });
});
