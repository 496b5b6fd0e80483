import { randomUUID } from 'node:crypto';
import type { ConnectContactFlowEvent, Context } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type RegisterStores,
  registerStores,
  snsMessages,
  storedAppeal,
  storedHistory,
} from '../../support/appeals/harness';
import { useFunctionEnvironment } from '../../support/appeals/in-process';
import { useTestRuntime } from '../../support/runtime';
import { eventually } from '../../support/sla/local-sla';

// In a file of its own: the function runs in this process, with the function's environment and credentials.

let apiUrl: string;
let stores111: RegisterStores;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  stores111 = await registerStores(apiUrl, '111');
});

describe('the urgent-escalation function Connect invokes (111 IVR)', () => {
  it('registers an urgent appeal from the IVR and escalates it well within Connect’s 8 seconds, keeping only a hash of the caller', async () => {
    await useFunctionEnvironment(apiUrl, '111', 'functions/appeals/urgent-ivr-handler.ts');
    const { handler } = await import('../../../functions/appeals/urgent-ivr-handler');
    const contactId = randomUUID();
    const event = {
      Name: 'ContactFlowEvent',
      Details: {
        ContactData: {
          ContactId: contactId,
          CustomerEndpoint: { Address: '+77011234567', Type: 'TELEPHONE_NUMBER' },
        },
        Parameters: { lang: 'kk' },
      },
    } as unknown as ConnectContactFlowEvent;

    const started = Date.now();
    const result = await handler(event, {} as Context);
    const elapsed = Date.now() - started;
    const again = await handler(event, {} as Context);

    expect(result).toEqual({ outcome: 'escalated' });
    expect(again).toEqual({ outcome: 'escalated' });
    expect(elapsed).toBeLessThan(8000);
    const published = (await snsMessages(apiUrl)).filter((message) => message.message.includes(contactId));
    expect(published).toHaveLength(1);
    const number = String(JSON.parse(published[0]!.message).number);
    const appeal = await storedAppeal(stores111, number);
    expect(appeal).toMatchObject({ channel: 'ivr', urgent: true, language: 'kk', contactId });
    expect(appeal?.['applicant']).toEqual({ contactHash: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    expect(JSON.stringify(appeal)).not.toContain('7011234567');
  });

  it('starts the state bodies’ acknowledgement clock and tells them by when to acknowledge', async () => {
    await useFunctionEnvironment(apiUrl, '111', 'functions/appeals/urgent-ivr-handler.ts');
    const { handler } = await import('../../../functions/appeals/urgent-ivr-handler');
    const contactId = randomUUID();
    const event = {
      Name: 'ContactFlowEvent',
      Details: { ContactData: { ContactId: contactId }, Parameters: { lang: 'ru' } },
    } as unknown as ConnectContactFlowEvent;

    await handler(event, {} as Context);

    const [published] = (await snsMessages(apiUrl)).filter((message) => message.message.includes(contactId));
    const alert = JSON.parse(published!.message) as { number: string; acknowledgeBy: string };
    const appeal = await storedAppeal(stores111, alert.number);
    expect(appeal?.['urgentAckDeadline']).toBe(alert.acknowledgeBy);
    expect(Date.parse(alert.acknowledgeBy) - Date.parse(String(appeal?.['urgentEscalatedAt']))).toBe(
      15 * 60_000 - (Date.parse(String(appeal?.['urgentEscalatedAt'])) % 1000),
    );
    const started = await eventually('the acknowledgement clock to start', async () =>
      (await storedHistory(stores111, alert.number)).find(
        (entry) => entry['type'] === 'sla_started' && entry['clock'] === 'urgent-ack',
      ),
    );
    expect(started['deadline']).toBe(alert.acknowledgeBy);
  });
});
