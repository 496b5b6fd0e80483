import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ENV } from '../../../contracts/env-names';
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
// It alerts at once and hands the registration to the register's function in the runtime (asynchronous
// Lambda invocation through the runtime's Lambda endpoint), so the registration is awaited "eventually".

const ENTRY = 'functions/appeals/urgent-ivr-handler.ts';

// The register's function loads in the runtime on its first invocation (transpiled there, far slower than
// a Lambda cold start): the first registration may take a while on a busy machine.
const REGISTRATION_WAIT_MS = 90_000;

let apiUrl: string;
let stores111: RegisterStores;
let functionEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  stores111 = await registerStores(apiUrl, '111');
  await useFunctionEnvironment(apiUrl, '111', ENTRY);
  functionEnv = { ...process.env };
});

/** The handler as a fresh cold start loads it, with the function's environment changed by `env`. */
async function urgentIvrHandler(env: Record<string, string> = {}) {
  Object.assign(process.env, functionEnv, env);
  vi.resetModules();
  return (await import('../../../functions/appeals/urgent-ivr-handler')).handler;
}

function urgentCall(contactId: string, lang: string, phone?: string) {
  return {
    Name: 'ContactFlowEvent',
    Details: {
      ContactData: {
        ContactId: contactId,
        ...(phone ? { CustomerEndpoint: { Address: phone, Type: 'TELEPHONE_NUMBER' } } : {}),
      },
      Parameters: { lang },
    },
  };
}

type Published = { type: string; contactId?: string; number?: string; acknowledgeBy?: string };

async function published(contactId: string, type: string): Promise<Published[]> {
  return (
    (await snsMessages(apiUrl))
      // Other tests share the runtime's topics, and not every notice is JSON (SLA notices are text).
      .flatMap((message) => {
        try {
          return [JSON.parse(message.message) as Published];
        } catch {
          return [];
        }
      })
      .filter((message) => message.contactId === contactId && message.type === type)
  );
}

async function registeredAlert(contactId: string): Promise<Published> {
  return eventually(
    'the register to publish the registered urgent appeal',
    async () => {
      const [alert] = await published(contactId, 'urgent_appeal');
      return alert;
    },
    REGISTRATION_WAIT_MS,
  );
}

describe('the urgent-escalation function Connect invokes (111 IVR)', () => {
  it('alerts the state bodies before answering the flow, then registers the urgent appeal once, keeping only a hash of the caller', async () => {
    const handler = await urgentIvrHandler();
    const contactId = randomUUID();
    const event = urgentCall(contactId, 'kk', '+77011234567');

    const started = Date.now();
    const result = await handler(event);
    const elapsed = Date.now() - started;
    const callAlerts = await published(contactId, 'urgent_call');
    const again = await handler(event);

    expect(result).toEqual({ outcome: 'escalated' });
    expect(again).toEqual({ outcome: 'escalated' });
    expect(elapsed).toBeLessThan(8000);
    expect(callAlerts).toEqual([
      expect.objectContaining({ type: 'urgent_call', hotline: '111', contactId, language: 'kk' }),
    ]);
    const registered = await registeredAlert(contactId);
    const appeal = await storedAppeal(stores111, String(registered.number));
    expect(appeal).toMatchObject({ channel: 'ivr', urgent: true, language: 'kk', contactId });
    expect(appeal?.['applicant']).toEqual({ contactHash: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    expect(JSON.stringify(appeal)).not.toContain('7011234567');
    expect(JSON.stringify(await snsMessages(apiUrl))).not.toContain('7011234567');
    expect(await published(contactId, 'urgent_call')).toHaveLength(1);
    expect(await published(contactId, 'urgent_appeal')).toHaveLength(1);
  }, 150_000);

  it('starts the state bodies’ acknowledgement clock and tells them by when to acknowledge', async () => {
    const handler = await urgentIvrHandler();
    const contactId = randomUUID();

    await handler(urgentCall(contactId, 'ru'));

    const alert = await registeredAlert(contactId);
    const appeal = await storedAppeal(stores111, String(alert.number));
    expect(appeal?.['urgentAckDeadline']).toBe(alert.acknowledgeBy);
    expect(Date.parse(String(alert.acknowledgeBy)) - Date.parse(String(appeal?.['urgentEscalatedAt']))).toBe(
      15 * 60_000 - (Date.parse(String(appeal?.['urgentEscalatedAt'])) % 1000),
    );
    const started = await eventually('the acknowledgement clock to start', async () =>
      (await storedHistory(stores111, String(alert.number))).find(
        (entry) => entry['type'] === 'sla_started' && entry['clock'] === 'urgent-ack',
      ),
    );
    expect(started['deadline']).toBe(alert.acknowledgeBy);
  }, 150_000);

  it('sends the flow down its error branch when the alert cannot be published, and alerts on the next try', async () => {
    const contactId = randomUUID();
    const realTopic = functionEnv[ENV.urgentTopic]!;
    const broken = await urgentIvrHandler({ [ENV.urgentTopic]: `${realTopic}-gone` });

    await expect(broken(urgentCall(contactId, 'kk'))).rejects.toThrow(/could not be alerted/u);
    expect(await published(contactId, 'urgent_call')).toEqual([]);
    // What went out is not taken back: the register still registers and e-mails (once).
    await registeredAlert(contactId);

    const repaired = await urgentIvrHandler({ [ENV.urgentTopic]: realTopic });
    expect(await repaired(urgentCall(contactId, 'kk'))).toEqual({ outcome: 'escalated' });
    expect(await published(contactId, 'urgent_call')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await published(contactId, 'urgent_appeal')).toHaveLength(1);
  }, 150_000);

  it('refuses an event without a contact id, so the flow takes its error branch', async () => {
    const handler = await urgentIvrHandler();

    await expect(handler({ Details: { Parameters: { lang: 'kk' } } })).rejects.toThrow(/ContactId/u);
  });
});
