import { describe, expect, it } from 'vitest';
import { tickingClock } from '../../test/support/contact-flows/call-harness';
import { createCatalog } from './catalog';
import { UnsupportedParameterError } from './errors';
import { localNumberToE164, maskPhoneNumber } from './phone-numbers';
import { simulateContact } from './simulate';

const QUEUE = 'arn:aws:connect:eu-central-1:1:instance/i/queue/q';

function run(actions: unknown[], inputs: string[] = []) {
  return simulateContact(
    { flowArn: 'main', inputs, customerNumber: '+77011112233' },
    {
      ...createCatalog({
        flows: [{ arn: 'main', content: { Version: '2019-10-30', StartAction: 'first', Actions: actions } }],
        prompts: [],
        queues: [{ arn: QUEUE, name: 'q' }],
      }),
      invokeLambda: async () => ({}),
      queueMetrics: () => ({ size: 1 }),
      clock: tickingClock(),
    },
  );
}

const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const create = (parameters: Record<string, string>) => ({
  Identifier: 'first',
  Type: 'CreateCallbackContact',
  Parameters: {
    QueueId: QUEUE,
    InitialCallDelaySeconds: '5',
    MaximumConnectionAttempts: '2',
    RetryDelaySeconds: '60',
    ...parameters,
  },
  Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] },
});

describe('simulator: queued callback actions', () => {
  it('books the callback for the caller’s own number unless another was set', async () => {
    const transcript = await run([create({}), bye]);

    expect(transcript.outcome).toEqual({ kind: 'callback', queue: 'q', callbackNumber: '+77011112233' });
    expect(transcript.callbackContact?.contactRecord.InitiationMethod).toBe('CALLBACK');
  });

  it.each([
    [{ InitialCallDelaySeconds: '0' }, 'InitialCallDelaySeconds'],
    [{ RetryDelaySeconds: '259201' }, 'RetryDelaySeconds'],
    [{ MaximumConnectionAttempts: '0' }, 'MaximumConnectionAttempts'],
    [{ ContactFlowId: 'x' }, 'ContactFlowId'],
  ])('fails loudly on a parameter Connect would reject: %j', async (parameters, name) => {
    const error = await run([create(parameters), bye]).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UnsupportedParameterError);
    expect(error).toMatchObject({ parameter: name });
  });

  it('refuses a static callback number (Connect takes only a JSONPath)', async () => {
    const action = {
      Identifier: 'first',
      Type: 'UpdateContactCallbackNumber',
      Parameters: { CallbackNumber: '+77011112233' },
      Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] },
    };

    await expect(run([action, bye])).rejects.toBeInstanceOf(UnsupportedParameterError);
  });

  it('fails loudly on a country whose phone numbers it does not know', async () => {
    const action = {
      Identifier: 'first',
      Type: 'GetParticipantInput',
      Parameters: {
        Text: 'Number?',
        InputTimeLimitSeconds: '5',
        StoreInput: 'True',
        InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'DE' } },
      },
      Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] },
    };

    await expect(run([action, bye], ['123#'])).rejects.toThrow('CountryCode');
  });
});

describe('Kazakhstan numbers as Connect validates them', () => {
  it.each([
    ['7012345678', '+77012345678'],
    ['87012345678', '+77012345678'],
    ['77012345678', '+77012345678'],
    ['7172123456', '+77172123456'],
    ['6012345678', '+76012345678'],
  ])('%s is %s', (digits, e164) => {
    expect(localNumberToE164(digits, 'KZ')).toBe(e164);
  });

  it.each(['9161234567', '701234567', '870123456789', '70123*5678', ''])(
    '%s is not a Kazakh number',
    (digits) => {
      expect(localNumberToE164(digits, 'KZ')).toBeUndefined();
    },
  );

  it('masks a number so it can be recognised but not dialled', () => {
    expect(maskPhoneNumber('+77012345678')).toBe('+7701***5678');
  });
});
