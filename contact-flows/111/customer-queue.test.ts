import { describe, expect, it } from 'vitest';
import { call111, heard, stepsOf } from '../../test/support/contact-flows/call-harness';
import { promptEntry } from '../prompts/manifest';

describe('111 waiting in the queue', () => {
  it('tells a Russian caller how many calls are waiting', async () => {
    const call = await call111({ inputs: ['2', '2'], queueMetrics: { size: 2 } });

    expect(heard(call)).toContain(
      'Звонков в очереди: 2. Пожалуйста, оставайтесь на линии, специалист скоро ответит.',
    );
    expect(stepsOf(call, 'music').map((m) => m.prompt)).toEqual(['family-hold-music']);
  });

  it('tells a Kazakh caller from a recording how many calls are waiting, urgent calls included', async () => {
    const call = await call111({ inputs: ['1', '1'], queueMetrics: { size: 2 } });

    expect(heard(call)).toContain(promptEntry('family-queue-size-2').texts.kk);
    expect(promptEntry('family-queue-size-2').texts.kk).toContain('екі');
    expect(call.steps.at(-1)).toEqual({ type: 'waiting', queue: 'family-kk' });
  });

  it('says "more than five" to a Kazakh caller in a long queue', async () => {
    const call = await call111({ inputs: ['1', '2'], queueMetrics: { size: 12 } });

    expect(heard(call)).toContain(promptEntry('family-queue-size-more').texts.kk);
  });
});
