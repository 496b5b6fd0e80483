import { describe, expect, it } from 'vitest';
import { tickingClock } from '../../test/support/contact-flows/call-harness';
import { FlowBuilder, renderFlow } from '../builder/flow-builder';
import type { FlowDocument } from '../builder/types';
import { createCatalog } from './catalog';
import {
  FlowSimulationError,
  MissingBranchError,
  SimulationLimitError,
  UnsupportedActionError,
  UnsupportedParameterError,
} from './errors';
import { simulateContact } from './simulate';
import type { ConnectLambdaEvent, SimulationRequest, SimulatorDependencies } from './types';

const QUEUE = 'arn:aws:connect:eu-central-1:1:instance/i/queue/q';
const LAMBDA = 'arn:aws:lambda:eu-central-1:1:function:lookup';

function run(
  flows: Record<string, unknown>,
  request: Partial<SimulationRequest> = {},
  overrides: Partial<SimulatorDependencies> = {},
) {
  const deps: SimulatorDependencies = {
    ...createCatalog({
      flows: Object.entries(flows).map(([arn, content]) => ({ arn, content })),
      prompts: [],
      queues: [{ arn: QUEUE, name: 'q' }],
    }),
    invokeLambda: async () => ({ outcome: 'ok' }),
    queueMetrics: () => ({ size: 1 }),
    clock: tickingClock('2025-03-03T09:00:00Z'),
    ...overrides,
  };
  return simulateContact({ flowArn: 'main', ...request }, deps);
}

/** A raw flow, for actions the builder would never emit. */
const raw = (actions: unknown[]) => ({ Version: '2019-10-30', StartAction: 'first', Actions: actions });

const queueFlow = (): FlowDocument =>
  new FlowBuilder('q')
    .enableLogging('log', 'record')
    .recordAgentAndCustomer('record', 'set')
    .setQueue('set', QUEUE, 'to-queue', 'set')
    .transferToQueue('to-queue', { onAtCapacity: 'set', onError: 'set' })
    .build();

describe('flow interpreter: loud failures', () => {
  it('names the action and type it does not know', async () => {
    const flow = raw([
      { Identifier: 'first', Type: 'CheckHoursOfOperation', Parameters: {}, Transitions: {} },
    ]);

    const attempt = run({ main: flow });

    await expect(attempt).rejects.toBeInstanceOf(UnsupportedActionError);
    await expect(attempt).rejects.toThrow('action "first" has type CheckHoursOfOperation');
  });

  it('names the action, type and parameter it does not know', async () => {
    const flow = raw([
      {
        Identifier: 'first',
        Type: 'UpdateFlowLoggingBehavior',
        Parameters: { LoggingBehavior: 'Enable' },
        Transitions: {},
      },
    ]);

    const error = await run({ main: flow }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UnsupportedParameterError);
    expect(error).toMatchObject({
      location: { identifier: 'first', actionType: 'UpdateFlowLoggingBehavior' },
      parameter: 'LoggingBehavior',
    });
  });

  it('rejects a parameter value it does not know', async () => {
    const flow = raw([
      {
        Identifier: 'first',
        Type: 'UpdateFlowLoggingBehavior',
        Parameters: { FlowLoggingBehavior: 'Enable' },
        Transitions: {},
      },
    ]);

    await expect(run({ main: flow })).rejects.toThrow(
      /FlowLoggingBehavior: must be one of Enabled, Disabled/,
    );
  });

  it('rejects a JSONPath it cannot answer, naming the parameter', async () => {
    const flow = new FlowBuilder('t')
      .say('first', { Text: 'Hello $.Customer.Name' }, 'bye')
      .disconnect('bye')
      .build();

    await expect(run({ main: flow })).rejects.toThrow(
      /"first" \(MessageParticipant\) parameter Text: JSONPath \$\.Customer\.Name/,
    );
  });

  it('stops a flow that never ends', async () => {
    const flow = new FlowBuilder('t').loop('first', 1, { again: 'first', done: 'first' }).build();

    await expect(run({ main: flow }, { maxActions: 50 })).rejects.toBeInstanceOf(SimulationLimitError);
  });

  it('reports an error with nowhere to go', async () => {
    const flow = raw([
      {
        Identifier: 'first',
        Type: 'TransferContactToQueue',
        Parameters: {},
        Transitions: { NextAction: 'first' },
      },
    ]);

    await expect(run({ main: flow })).rejects.toBeInstanceOf(MissingBranchError);
  });
});

describe('flow interpreter: behaviour', () => {
  it('reads a flow given as the JSON string CDK synthesizes', async () => {
    const call = await run({ main: renderFlow(queueFlow()) });

    expect(call.outcome).toEqual({ kind: 'queue', queue: 'q', priority: 5 });
  });

  it('sends Lambdas the Connect event with resolved parameters and keeps the answer in $.External', async () => {
    let event: ConnectLambdaEvent | undefined;
    const flow = new FlowBuilder('t')
      .setAttributes('first', { lang: 'ru' }, 'ask')
      .invokeLambda('ask', {
        functionArn: LAMBDA,
        timeoutSeconds: 3,
        parameters: { lang: '$.Attributes.lang', fixed: 'x' },
        next: 'say',
        onError: 'bye',
      })
      .say('say', { Text: 'Result: $.External.outcome' }, 'bye')
      .disconnect('bye')
      .build();

    const call = await run(
      { main: flow },
      { customerNumber: '+77011234567', dialledNumber: '+77170001111' },
      {
        invokeLambda: async (_arn, e) => {
          event = e;
          return { outcome: 'found' };
        },
      },
    );

    expect(event).toEqual({
      Name: 'ContactFlowEvent',
      Details: {
        ContactData: expect.objectContaining({
          Attributes: { lang: 'ru' },
          Channel: 'VOICE',
          ContactId: call.contactId,
          CustomerEndpoint: { Address: '+77011234567', Type: 'TELEPHONE_NUMBER' },
          SystemEndpoint: { Address: '+77170001111', Type: 'TELEPHONE_NUMBER' },
          InitialContactId: call.contactId,
          InitiationMethod: 'INBOUND',
          Queue: null,
        }),
        Parameters: { lang: 'ru', fixed: 'x' },
      },
    });
    expect(call.steps).toContainEqual(
      expect.objectContaining({ type: 'prompt', text: 'Result: found', language: 'en' }),
    );
  });

  it('takes the error branch when a Lambda answers later than the flow’s time limit, as Connect does', async () => {
    const flow = new FlowBuilder('t')
      .invokeLambda('first', {
        functionArn: LAMBDA,
        timeoutSeconds: 1,
        parameters: {},
        next: 'ok',
        onError: 'failed',
      })
      .say('ok', { Text: 'ok' }, 'bye')
      .say('failed', { Text: 'failed' }, 'bye')
      .disconnect('bye')
      .build();
    const slowHandler = () =>
      new Promise<Record<string, string>>((resolve) => setTimeout(() => resolve({ outcome: 'found' }), 1500));

    const call = await run({ main: flow }, {}, { invokeLambda: slowHandler });

    expect(call.steps).toContainEqual(
      expect.objectContaining({ type: 'lambda', error: 'no answer within InvocationTimeLimitSeconds (1 s)' }),
    );
    expect(call.steps).toContainEqual(expect.objectContaining({ type: 'prompt', text: 'failed' }));
    expect(call.steps).not.toContainEqual(expect.objectContaining({ type: 'prompt', text: 'ok' }));
  });

  it('takes the error branch when a Lambda answers with something other than a string map', async () => {
    const flow = new FlowBuilder('t')
      .invokeLambda('first', {
        functionArn: LAMBDA,
        timeoutSeconds: 3,
        parameters: {},
        next: 'ok',
        onError: 'failed',
      })
      .say('ok', { Text: 'ok' }, 'bye')
      .say('failed', { Text: 'failed' }, 'bye')
      .disconnect('bye')
      .build();

    const call = await run({ main: flow }, {}, { invokeLambda: async () => ({ count: 3 }) as never });

    expect(call.steps).toContainEqual(expect.objectContaining({ type: 'prompt', text: 'failed' }));
  });

  it.each([
    ['12345#', 5, '12345'],
    ['123456789#', 4, '1234'],
    [undefined, 4, 'Timeout'],
  ])('stores keyed-in digits %s (at most %i) as %s', async (answer, maxLength, stored) => {
    const flow = new FlowBuilder('t')
      .storeDigits(
        'first',
        { Text: 'Number?' },
        { maxLength, timeoutSeconds: 5, next: 'keep', onError: 'bye' },
      )
      .setAttributes('keep', { stored: '$.StoredCustomerInput' }, 'bye')
      .disconnect('bye')
      .build();

    const call = await run({ main: flow }, { inputs: [answer] });

    expect(call.attributes.stored).toBe(stored);
  });

  it('loops the given number of times, then finishes, then counts afresh', async () => {
    const flow = new FlowBuilder('t')
      .loop('first', 2, { again: 'again', done: 'done' })
      .say('again', { Text: 'again' }, 'first')
      .say('done', { Text: 'done' }, 'second')
      .loop('second', 1, { again: 'first', done: 'bye' })
      .disconnect('bye')
      .build();

    const call = await run({ main: flow });

    expect(call.steps.flatMap((s) => (s.type === 'prompt' ? [s.text] : []))).toEqual([
      'again',
      'again',
      'done',
      'again',
      'again',
      'done',
    ]);
  });

  it('follows TransferToFlow into the next flow', async () => {
    const first = new FlowBuilder('a').transferToFlow('first', 'next-flow', 'bye').disconnect('bye').build();

    const call = await run({ main: first, 'next-flow': queueFlow() });

    expect(call.steps.filter((s) => s.type === 'flow').map((s) => (s as { flow: string }).flow)).toEqual([
      'main',
      'next-flow',
    ]);
    expect(call.outcome.kind).toBe('queue');
  });

  it('names an outside number it does not know by the number itself', async () => {
    const flow = new FlowBuilder('t')
      .transferToPhoneNumber('first', { phoneNumber: '+77172555555', onCallFailed: 'bye', onError: 'bye' })
      .disconnect('bye')
      .build();

    const call = await run({ main: flow }, { knownNumbers: { '+77170001414': '1414' } });

    expect(call.outcome).toEqual({ kind: 'transfer', to: '+77172555555' });
  });
});

describe('flow interpreter: the operator accepts', () => {
  /** Queues with the agent whisper and a disconnect flow that reads what the whisper kept. */
  const hookedQueueFlow = () =>
    new FlowBuilder('q')
      .enableLogging('log', 'record')
      .recordAgentAndCustomer('record', 'who-before')
      .setAttributes('who-before', { before: '$.Agent.UserName' }, 'whisper-hook')
      .setEventHook('whisper-hook', 'AgentWhisper', 'whisper', 'survey-hook')
      .setEventHook('survey-hook', 'CustomerRemaining', 'survey', 'set')
      .setQueue('set', QUEUE, 'to-queue', 'set')
      .transferToQueue('to-queue', { onAtCapacity: 'set', onError: 'set' })
      .build();
  const whisper = () =>
    new FlowBuilder('w', 'AGENT_WHISPER')
      .setAttributes('first', { agent: '$.Agent.UserName', agentArn: '$.Agent.ARN' }, 'tell')
      .say('tell', { Text: 'Queue $.Queue.Name' }, 'end')
      .endFlow('end')
      .build();
  const survey = () =>
    new FlowBuilder('s')
      .invokeLambda('first', {
        functionArn: LAMBDA,
        timeoutSeconds: 3,
        parameters: { agent: '$.Attributes.agent', agentNow: '$.Agent.UserName' },
        next: 'bye',
        onError: 'bye',
      })
      .say('bye', { Text: 'Bye' }, 'end')
      .disconnect('end')
      .build();

  it('runs the agent whisper with $.Agent known, and the survey contact inherits what it kept', async () => {
    const parameters: Array<Readonly<Record<string, string>>> = [];

    const call = await run(
      { main: hookedQueueFlow(), whisper: whisper(), survey: survey() },
      { agentHangup: true, agent: { username: 'daniyar', arn: 'arn:agent/daniyar' } },
      {
        invokeLambda: async (_arn, event) => {
          parameters.push(event.Details.Parameters);
          return { outcome: 'stored' };
        },
      },
    );

    expect(call.attributes).toEqual({ before: '', agent: 'daniyar', agentArn: 'arn:agent/daniyar' });
    expect(call.disconnectContact?.attributes).toMatchObject({ agent: 'daniyar' });
    // The disconnect contact is a new contact: the operator is gone, only the attribute remembers them.
    expect(parameters).toEqual([{ agent: 'daniyar', agentNow: '' }]);
    expect(call.steps).toContainEqual(expect.objectContaining({ type: 'whisper', text: 'Queue q' }));
    expect(call.steps).not.toContainEqual(expect.objectContaining({ type: 'prompt', text: 'Queue q' }));
  });

  it('names the operator "operator" when the request names none', async () => {
    const call = await run(
      { main: hookedQueueFlow(), whisper: whisper(), survey: survey() },
      { agentHangup: true },
    );

    expect(call.attributes.agent).toBe('operator');
    expect(call.contactRecord.Agent?.Username).toBe('operator');
  });

  it('refuses an agent whisper that does not end the flow', async () => {
    const hangsUp = new FlowBuilder('w').say('first', { Text: 'Hi' }, 'bye').disconnect('bye').build();

    const attempt = run(
      { main: hookedQueueFlow(), whisper: hangsUp, survey: survey() },
      { agentHangup: true },
    );

    await expect(attempt).rejects.toBeInstanceOf(FlowSimulationError);
    await expect(attempt).rejects.toThrow(/agent whisper flow whisper must end the flow, not "disconnected"/);
  });

  it('refuses an agent whisper that asks the caller for input', async () => {
    const asks = new FlowBuilder('w')
      .menu(
        'first',
        { Text: 'Press 1' },
        { keys: { '1': 'end' }, timeoutSeconds: 5, onTimeout: 'end', onInvalid: 'end', onError: 'end' },
      )
      .endFlow('end')
      .build();

    const attempt = run({ main: hookedQueueFlow(), whisper: asks, survey: survey() }, { agentHangup: true });

    await expect(attempt).rejects.toThrow(/"first" asks for input in an agent whisper/);
  });
});

describe('flow interpreter: contact records', () => {
  it('writes the CTR of an answered, recorded call from the injected clock', async () => {
    const call = await run(
      { main: queueFlow() },
      {
        agentHangup: true,
        agent: { username: 'aigerim', arn: 'arn:agent/aigerim' },
        awsAccountId: '123456789012',
        recordingLocationPrefix: 'bucket/connect/ucc/CallRecordings',
      },
    );

    expect(call.contactRecord).toMatchObject({
      AWSAccountId: '123456789012',
      AWSContactTraceRecordFormatVersion: '2017-03-10',
      Channel: 'VOICE',
      InitiationMethod: 'INBOUND',
      InitiationTimestamp: '2025-03-03T09:00:00Z',
      Queue: {
        ARN: QUEUE,
        Name: 'q',
        EnqueueTimestamp: '2025-03-03T09:00:01Z',
        DequeueTimestamp: '2025-03-03T09:00:02Z',
        Duration: 1,
      },
      Agent: {
        Username: 'aigerim',
        ARN: 'arn:agent/aigerim',
        ConnectedToAgentTimestamp: '2025-03-03T09:00:02Z',
      },
      DisconnectTimestamp: '2025-03-03T09:00:03Z',
      DisconnectReason: 'AGENT_DISCONNECT',
      Recording: {
        Location: `bucket/connect/ucc/CallRecordings/2025/03/03/${call.contactId}_20250303T09:00_UTC.wav`,
        Status: 'AVAILABLE',
        Type: 'AUDIO',
        DeletionReason: null,
      },
    });
  });

  it('keeps a waiting caller in the queue with no agent and no recording yet', async () => {
    const call = await run({ main: queueFlow() });

    expect(call.recording).toBe(true);
    expect(call.contactRecord).toMatchObject({ Agent: null, Recording: null, DisconnectTimestamp: null });
    expect(call.contactRecord.Queue?.DequeueTimestamp).toBeNull();
  });

  it('has no recording for an answered call that was never set to record', async () => {
    const flow = new FlowBuilder('t')
      .setQueue('first', QUEUE, 'to-queue', 'first')
      .transferToQueue('to-queue', { onAtCapacity: 'first', onError: 'first' })
      .build();

    const call = await run({ main: flow }, { agentHangup: true });

    expect(call.recording).toBe(false);
    expect(call.contactRecord.Recording).toBeNull();
  });
});
