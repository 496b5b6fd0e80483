import { describe, expect, it } from 'vitest';
import type { UrgentEscalationRequest } from './domain/urgent-call';
import { alertUrgentCall, type UrgentAlertDeps, UrgentAlertError } from './urgent-alert';

// The IVR half of an urgent call on in-memory ports: what the flow is told, what goes out, and how often.

function fakeAlertDeps() {
  const claims = new Map<string, { at: string; topicMessageId?: string }>();
  const published: Array<{ subject: string; message: string; type: string }> = [];
  const handedOver: UrgentEscalationRequest[] = [];
  const faults = { publish: false, handOver: false, markAlerted: false };
  const deps: UrgentAlertDeps = {
    hotline: '111',
    claims: {
      async claim(contactId, at) {
        if (claims.get(contactId)?.topicMessageId) return false;
        claims.set(contactId, { at });
        return true;
      },
      async markAlerted(contactId, topicMessageId) {
        if (faults.markAlerted) throw new Error('DynamoDB is throttling');
        claims.set(contactId, { ...claims.get(contactId)!, topicMessageId });
      },
    },
    topic: {
      async publish(subject, message, type) {
        if (faults.publish) throw new Error('SNS is down');
        published.push({ subject, message, type });
        return `m-${published.length}`;
      },
    },
    register: {
      async escalate(request) {
        if (faults.handOver) throw new Error('Lambda is throttling');
        handedOver.push(request);
      },
    },
    now: () => new Date('2026-12-03T10:00:00.000Z'),
    log: { info: () => {}, error: () => {} } as unknown as UrgentAlertDeps['log'],
  };
  return { deps, claims, published, handedOver, faults };
}

const call: UrgentEscalationRequest = { contactId: 'c-1', phone: '+77011234567', language: 'ru' };

describe('an urgent call in the IVR', () => {
  it('alerts the state bodies with what is known at once and hands the registration, caller’s number included, to the register', async () => {
    const fake = fakeAlertDeps();

    const outcome = await alertUrgentCall(fake.deps, call);

    expect(outcome).toBe('alerted');
    expect(fake.published).toHaveLength(1);
    expect(fake.published[0]!.type).toBe('urgent_call');
    expect(fake.published[0]!.subject).toMatch(/^\[111\] URGENT/u);
    expect(JSON.parse(fake.published[0]!.message)).toEqual({
      type: 'urgent_call',
      hotline: '111',
      channel: 'ivr',
      contactId: 'c-1',
      language: 'ru',
      at: '2026-12-03T10:00:00.000Z',
      registration: 'follows',
    });
    expect(JSON.stringify(fake.published)).not.toContain('7011234567');
    expect(fake.handedOver).toEqual([call]);
  });

  it('alerts once however often the flow invokes it for the same call', async () => {
    const fake = fakeAlertDeps();

    await alertUrgentCall(fake.deps, call);
    const again = await alertUrgentCall(fake.deps, call);

    expect(again).toBe('already-alerted');
    expect(fake.published).toHaveLength(1);
    expect(fake.handedOver).toHaveLength(1);
  });

  it('fails the flow when the alert cannot be published, still hands the registration over, and alerts on the next try', async () => {
    const fake = fakeAlertDeps();
    fake.faults.publish = true;

    await expect(alertUrgentCall(fake.deps, call)).rejects.toThrow(UrgentAlertError);
    expect(fake.handedOver).toHaveLength(1);

    fake.faults.publish = false;
    expect(await alertUrgentCall(fake.deps, call)).toBe('alerted');
    expect(fake.published).toHaveLength(1);
  });

  it('fails the flow when the registration cannot be handed over, so the specialist registers by hand', async () => {
    const fake = fakeAlertDeps();
    fake.faults.handOver = true;

    await expect(alertUrgentCall(fake.deps, call)).rejects.toThrow(/handed to the register/u);
    expect(fake.published).toHaveLength(1);
  });

  it('answers the flow “escalated” when the alert is out even if the call cannot be marked alerted', async () => {
    const fake = fakeAlertDeps();
    fake.faults.markAlerted = true;

    expect(await alertUrgentCall(fake.deps, call)).toBe('alerted');
  });

  it('leaves the language out of the alert when the flow passed none the hotline speaks', async () => {
    const fake = fakeAlertDeps();

    await alertUrgentCall(fake.deps, { contactId: 'c-2' });

    expect(JSON.parse(fake.published[0]!.message)).not.toHaveProperty('language');
    expect(fake.handedOver).toEqual([{ contactId: 'c-2' }]);
  });
});
