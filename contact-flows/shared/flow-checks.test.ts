import { describe, expect, it } from 'vitest';
import { hotline111, hotline1414 } from '../../test/support/contact-flows/call-harness';
import { FlowBuilder } from '../builder/flow-builder';
import { errorBranches, flowSafetyProblems, hookBeforeEveryQueueTransfer } from './flow-checks';

const allFlows = [
  ...Object.values(hotline1414.flows).map((f) => ['1414', f] as const),
  ...Object.values(hotline111.flows).map((f) => ['111', f] as const),
];

describe('promises every flow keeps', () => {
  it.each(allFlows.map(([hotline, flow]) => [`${hotline} ${flow.name}`, flow] as const))(
    '%s: logging first, recording before queuing, no error branch drops the caller',
    (_, flow) => {
      expect(flowSafetyProblems(flow.document, flow.role)).toEqual([]);
    },
  );

  it('every inbound and transfer flow has error branches, and they all reach a person', () => {
    for (const [, flow] of allFlows.filter(([, f]) => f.role === 'inbound' || f.role === 'transfer')) {
      expect(errorBranches(flow.document).length, flow.name).toBeGreaterThan(0);
    }
  });

  it('every flow that queues callers records operator and caller', () => {
    for (const [, flow] of allFlows) {
      const queues = flow.document.Actions.some((a) => a.Type === 'TransferContactToQueue');
      const records = flow.document.Actions.some(
        (a) =>
          a.Type === 'UpdateContactRecordingBehavior' &&
          a.Parameters.RecordingBehavior.RecordedParticipants.join(',') === 'Agent,Customer',
      );
      if (queues) expect(records, flow.name).toBe(true);
    }
  });
});

describe('the safety checks catch broken flows', () => {
  const recorded = () =>
    new FlowBuilder('t').enableLogging('log', 'record').recordAgentAndCustomer('record', 'menu');

  it('an inbound flow whose error branch hangs up', () => {
    const flow = recorded()
      .menu(
        'menu',
        { Text: 'Press 1' },
        { keys: { '1': 'queue' }, timeoutSeconds: 5, onTimeout: 'queue', onInvalid: 'queue', onError: 'bye' },
      )
      .setQueue('queue', 'arn:queue', 'to-queue', 'to-queue')
      .transferToQueue('to-queue', { onAtCapacity: 'queue', onError: 'queue' })
      .disconnect('bye')
      .build();

    expect(flowSafetyProblems(flow, 'inbound')).toEqual(
      expect.arrayContaining([
        '"bye" ends the call (DisconnectParticipant)',
        'from "bye" no queue or transfer can be reached',
      ]),
    );
  });

  it('an inbound flow that can queue before recording', () => {
    const flow = new FlowBuilder('t')
      .enableLogging('log', 'queue')
      .setQueue('queue', 'arn:queue', 'to-queue', 'to-queue')
      .transferToQueue('to-queue', { onAtCapacity: 'record', onError: 'record' })
      .recordAgentAndCustomer('record', 'queue')
      .build();

    expect(flowSafetyProblems(flow, 'inbound')).toContain(
      '"to-queue" can queue a caller without recording turned on',
    );
  });

  it('a flow that does not enable logging first', () => {
    const flow = new FlowBuilder('t')
      .say('hello', { Text: 'Hi' }, 'log')
      .enableLogging('log', 'bye')
      .say('bye', { Text: 'Bye' }, 'end')
      .disconnect('end')
      .build();

    expect(flowSafetyProblems(flow, 'survey')).toContain('the first action must enable flow logging');
  });

  it('a survey that hangs up without saying goodbye', () => {
    const flow = new FlowBuilder('t').enableLogging('log', 'bye').disconnect('bye').build();

    expect(flowSafetyProblems(flow, 'survey')).toContain('"bye" hangs up without a goodbye');
  });

  it('a queue flow that hangs up on a waiting caller', () => {
    const flow = new FlowBuilder('t')
      .enableLogging('log', 'wait')
      .say('wait', { Text: 'Wait' }, 'bye')
      .disconnect('bye')
      .build();

    expect(flowSafetyProblems(flow, 'customer-queue')).toContain(
      '"bye" (DisconnectParticipant) is not allowed while the caller waits in the queue',
    );
  });

  it('an agent whisper that hangs up, or asks the caller, instead of ending', () => {
    const flow = new FlowBuilder('t')
      .enableLogging('log', 'ask')
      .menu(
        'ask',
        { Text: 'Press 1' },
        { keys: { '1': 'end' }, timeoutSeconds: 5, onTimeout: 'end', onInvalid: 'end', onError: 'bye' },
      )
      .endFlow('end')
      .disconnect('bye')
      .build();

    expect(flowSafetyProblems(flow, 'agent-whisper')).toEqual(
      expect.arrayContaining([
        '"ask" (GetParticipantInput) keeps the operator from the caller',
        '"bye" (DisconnectParticipant) keeps the operator from the caller',
        'from "bye" the whisper never ends',
        'error NoMatchingError of "ask" leads to "bye", which reaches no agent-whisper ending',
      ]),
    );
  });

  it('an inbound flow with a way into the queue that skips a hook', () => {
    const flow = recorded()
      .menu(
        'menu',
        { Text: 'Press 1' },
        {
          keys: { '1': 'hook' },
          timeoutSeconds: 5,
          onTimeout: 'queue',
          onInvalid: 'queue',
          onError: 'queue',
        },
      )
      .setEventHook('hook', 'AgentWhisper', 'arn:whisper', 'queue')
      .setQueue('queue', 'arn:queue', 'to-queue', 'to-queue')
      .transferToQueue('to-queue', { onAtCapacity: 'queue', onError: 'queue' })
      .build();

    expect(hookBeforeEveryQueueTransfer(flow, 'AgentWhisper')).toEqual([
      '"to-queue" can queue a caller before the AgentWhisper hook is set',
    ]);
  });
});
