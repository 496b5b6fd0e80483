import { describe, expect, it } from 'vitest';
import { call111, heard, hotline111 } from '../../test/support/contact-flows/call-harness';
import { promptEntry, promptText } from '../prompts/manifest';

const viaQuickConnect = (entry: 'transfer' | 'transferTo1414', lang: string, thirdPartyFails = false) =>
  call111({
    entry,
    thirdPartyFails,
    request: {
      initiationMethod: 'TRANSFER',
      attributes: { lang, topic: 'consultation' },
      targetQueueArn: hotline111.resources.queueArns.ru,
    },
  });

describe('111 operator transfers', () => {
  it('tells the caller they are being moved to another specialist, then queues them', async () => {
    const call = await viaQuickConnect('transfer', 'kk');

    expect(heard(call)[0]).toBe(promptEntry('family-transfer-notice').texts.kk);
    expect(call.recording).toBe(true);
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-ru', priority: 5 });
  });

  it('tells the caller why and hands them to 1414', async () => {
    const call = await viaQuickConnect('transferTo1414', 'ru');

    expect(heard(call)).toEqual([promptText('family-transfer-1414', 'ru')]);
    expect(call.outcome).toEqual({ kind: 'transfer', to: '1414' });
  });

  it('keeps the caller with 111 in their language when 1414 does not answer', async () => {
    const call = await viaQuickConnect('transferTo1414', 'kk', true);

    expect(heard(call)).toContain(promptEntry('family-transfer-1414-failed').texts.kk);
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'family-kk', priority: 5 });
  });
});
