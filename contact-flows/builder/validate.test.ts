import { describe, expect, it } from 'vitest';
import { FlowBuilder, renderFlow } from './flow-builder';
import type { FlowAction, FlowDocument } from './types';
import { FlowValidationError, findFlowProblems } from './validate';

const hangUp: FlowAction = {
  Identifier: 'bye',
  Type: 'DisconnectParticipant',
  Parameters: {},
  Transitions: {},
};

function flowOf(...actions: FlowAction[]): FlowDocument {
  return { Version: '2019-10-30', StartAction: actions[0]?.Identifier ?? 'bye', Actions: actions };
}

const say = (Identifier: string, next = 'bye'): FlowAction => ({
  Identifier,
  Type: 'MessageParticipant',
  Parameters: { Text: 'Hello' },
  Transitions: { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] },
});

describe('flow validation', () => {
  it('accepts a small well-formed flow', () => {
    expect(findFlowProblems(flowOf(say('hello'), hangUp))).toEqual([]);
  });

  it.each([
    ['a forbidden character', 'menu:main'],
    ['a dollar sign', '$menu'],
    ['a slash', 'menu/main'],
    ['more than 50 characters', 'x'.repeat(51)],
  ])('rejects an identifier with %s', (_, identifier) => {
    const problems = findFlowProblems(flowOf(say(identifier), hangUp));

    expect(problems.some((p) => p.includes(`identifier "${identifier}"`))).toBe(true);
  });

  it('rejects an identifier used twice', () => {
    expect(findFlowProblems(flowOf(say('hello'), say('hello'), hangUp))).toContain(
      'identifier "hello" is used twice',
    );
  });

  it('rejects a transition to an action that does not exist', () => {
    expect(findFlowProblems(flowOf(say('hello', 'nowhere'), hangUp))).toContain(
      '"hello" leads to "nowhere", which does not exist',
    );
  });

  it('rejects a menu without a NoMatchingError branch', () => {
    const menu: FlowAction = {
      Identifier: 'menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1', InputTimeLimitSeconds: '5', StoreInput: 'False' },
      Transitions: {
        NextAction: 'bye',
        Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } }],
        Errors: [{ ErrorType: 'InputTimeLimitExceeded', NextAction: 'bye' }],
      },
    };

    expect(findFlowProblems(flowOf(menu, hangUp))).toContain(
      '"menu" (GetParticipantInput): must define a NoMatchingError branch',
    );
  });

  it('rejects a menu condition on more than one key', () => {
    const menu: FlowAction = {
      Identifier: 'menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 12', InputTimeLimitSeconds: '5', StoreInput: 'False' },
      Transitions: {
        NextAction: 'bye',
        Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['12'] } }],
        Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }],
      },
    };

    expect(findFlowProblems(flowOf(menu, hangUp)).join('\n')).toContain('one static key');
  });

  it.each(['0', '9'])('rejects a Lambda time limit of %s seconds', (seconds) => {
    const flow = new FlowBuilder('t').invokeLambda('lookup', {
      functionArn: 'arn:aws:lambda:eu-central-1:1:function:f',
      timeoutSeconds: Number(seconds),
      parameters: {},
      next: 'bye',
      onError: 'bye',
    });

    expect(() => flow.disconnect('bye').build()).toThrow(/InvocationTimeLimitSeconds must be 1\.\.8/);
  });

  it('rejects an action nothing leads to', () => {
    expect(findFlowProblems(flowOf(say('hello'), say('orphan'), hangUp))).toContain(
      '"orphan" can never be reached from the start',
    );
  });

  it('rejects more than 250 actions', () => {
    const chain = Array.from({ length: 251 }, (_, i) => say(`say-${i}`, i === 250 ? 'bye' : `say-${i + 1}`));

    expect(findFlowProblems(flowOf(...chain, hangUp))).toContain('has 252 actions, Connect allows 250');
  });

  it('rejects two event hooks in one action', () => {
    const hooks: FlowAction = {
      Identifier: 'hooks',
      Type: 'UpdateContactEventHooks',
      Parameters: { EventHooks: { CustomerQueue: 'a', CustomerRemaining: 'b' } as never },
      Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] },
    };

    expect(findFlowProblems(flowOf(hooks, hangUp)).join('\n')).toContain('exactly one key per action');
  });

  it('rejects a store-input action without a maximum length', () => {
    const store: FlowAction = {
      Identifier: 'digits',
      Type: 'GetParticipantInput',
      Parameters: {
        Text: 'Enter the number',
        InputTimeLimitSeconds: '5',
        StoreInput: 'True',
        InputValidation: { CustomValidation: {} as never },
        DTMFConfiguration: { InputTerminationSequence: '#' },
      },
      Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] },
    };

    expect(findFlowProblems(flowOf(store, hangUp)).join('\n')).toContain('MaximumLength');
  });

  it('lists every problem of a flow at once when building it', () => {
    const flow = new FlowBuilder('broken')
      .say('hello', { Text: 'Hi' }, 'nowhere')
      .say('bad:id', { Text: 'x' }, 'hello');

    const attempt = () => flow.build();

    expect(attempt).toThrow(FlowValidationError);
    expect(attempt).toThrow(/"hello" leads to "nowhere"/);
    expect(attempt).toThrow(/identifier "bad:id" contains a character Connect forbids/);
  });

  it('renders the document as the JSON string Connect stores', () => {
    const flow = new FlowBuilder('t').enableLogging('log', 'bye').disconnect('bye').build();

    expect(JSON.parse(renderFlow(flow))).toEqual({
      Version: '2019-10-30',
      StartAction: 'log',
      Actions: [
        {
          Identifier: 'log',
          Type: 'UpdateFlowLoggingBehavior',
          Parameters: { FlowLoggingBehavior: 'Enabled' },
          Transitions: { NextAction: 'bye' },
        },
        { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    });
  });
});

describe('flow types', () => {
  const whisperThatQueues = () =>
    new FlowBuilder('whisper', 'AGENT_WHISPER')
      .setQueue('queue', 'arn:queue', 'to-queue', 'end')
      .transferToQueue('to-queue', { onAtCapacity: 'end', onError: 'end' })
      .endFlow('end');

  it('refuses to build a whisper flow that queues the caller', () => {
    expect(() => whisperThatQueues().build()).toThrow(
      /"queue" \(UpdateContactTargetQueue\) is not allowed in a AGENT_WHISPER flow/,
    );
    expect(() => whisperThatQueues().build()).toThrow(
      /"to-queue" \(TransferContactToQueue\) is not allowed in a AGENT_WHISPER flow/,
    );
  });

  it('ends a whisper flow with EndFlowExecution, which an inbound flow may not use', () => {
    const flow = flowOf(say('hello', 'end'), {
      Identifier: 'end',
      Type: 'EndFlowExecution',
      Parameters: {},
      Transitions: {},
    });

    expect(findFlowProblems(flow, 'AGENT_WHISPER')).toEqual([]);
    expect(findFlowProblems(flow, 'CONTACT_FLOW')).toEqual([
      '"end" (EndFlowExecution) is not allowed in a CONTACT_FLOW flow',
    ]);
  });

  it('refuses a whisper flow that hangs up', () => {
    expect(findFlowProblems(flowOf(say('hello'), hangUp), 'AGENT_WHISPER')).toEqual([
      '"bye" (DisconnectParticipant) is not allowed in a AGENT_WHISPER flow',
    ]);
  });
});
