import { describe, expect, it } from 'vitest';
import { fakeAppealDeps } from '../../test/support/appeals/fakes';
import { escalateUrgentCall } from './urgent-calls';

// 111's urgent calls on in-memory ports.

describe('an urgent call', () => {
  it('registers an urgent IVR appeal keeping only the hash of the number, alerts everyone and starts the clocks', async () => {
    const fake = fakeAppealDeps({ hotline: '111' });

    await escalateUrgentCall(fake.deps, { contactId: 'c-1', phone: '+77011234567', language: 'kk' });

    const [appeal] = fake.store.all();
    expect(appeal).toMatchObject({ channel: 'ivr', urgent: true, topic: 'urgent', contactId: 'c-1' });
    expect(appeal!.applicant).toEqual({ contactHash: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    expect(JSON.stringify(appeal)).not.toContain('7011234567');
    expect(fake.topic.published).toHaveLength(1);
    expect(fake.outbox.sent.map((mail) => mail.to[0]).sort()).toEqual([
      'duty@guardianship.kz',
      'duty@police.kz',
    ]);
    expect(fake.timers.answerStarted).toHaveLength(1);
    expect(fake.timers.urgentAckStarted).toHaveLength(1);
  });

  it('is escalated once however often the flow invokes it for the same call', async () => {
    const fake = fakeAppealDeps({ hotline: '111' });

    await escalateUrgentCall(fake.deps, { contactId: 'c-2', language: 'ru' });
    await escalateUrgentCall(fake.deps, { contactId: 'c-2', language: 'ru' });

    expect(fake.store.all()).toHaveLength(1);
    expect(fake.topic.published).toHaveLength(1);
  });

  it('fails when nobody could be alerted, so the specialist alerts by hand; the clock runs all the same', async () => {
    const fake = fakeAppealDeps({ hotline: '111' });
    fake.outbox.failing.add('duty@police.kz').add('duty@guardianship.kz');
    fake.deps.urgentTopic.publish = async () => {
      throw new Error('SNS is down');
    };

    await expect(escalateUrgentCall(fake.deps, { contactId: 'c-3', language: 'kk' })).rejects.toThrow(
      'No urgent notification',
    );
    expect(fake.timers.urgentAckStarted).toHaveLength(1);
  });

  it('finishes an escalation an earlier run left unalerted once that run is over, and not while it may still run', async () => {
    const fake = fakeAppealDeps({ hotline: '111' });
    const publish = fake.deps.urgentTopic.publish;
    fake.outbox.failing.add('duty@police.kz').add('duty@guardianship.kz');
    fake.deps.urgentTopic.publish = async () => {
      throw new Error('SNS is down');
    };
    await expect(escalateUrgentCall(fake.deps, { contactId: 'c-4', language: 'kk' })).rejects.toThrow();
    fake.outbox.failing.clear();
    fake.deps.urgentTopic.publish = publish;

    fake.clock.advance(5_000);
    await escalateUrgentCall(fake.deps, { contactId: 'c-4', language: 'kk' });
    const whileRunning = fake.topic.published.length;
    fake.clock.advance(60_000);
    await escalateUrgentCall(fake.deps, { contactId: 'c-4', language: 'kk' });
    await escalateUrgentCall(fake.deps, { contactId: 'c-4', language: 'kk' });

    expect(whileRunning).toBe(0);
    expect(fake.store.all()).toHaveLength(1);
    expect(fake.topic.published).toHaveLength(1);
    expect(fake.outbox.sent).toHaveLength(2);
  });
});
