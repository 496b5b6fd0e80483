import type {
  ConditionOperator,
  ConnectFlowType,
  DtmfKey,
  EventHookName,
  FlowAction,
  FlowDocument,
  PromptParameters,
  Transitions,
  VoiceParameters,
} from './types';
import { FLOW_LANGUAGE_VERSION } from './types';
import { assertValidFlow } from './validate';

export interface MenuOptions {
  /** Which action each key leads to. */
  readonly keys: Partial<Record<DtmfKey, string>>;
  readonly timeoutSeconds: number;
  readonly onTimeout: string;
  /** A key that is not in `keys`. */
  readonly onInvalid: string;
  readonly onError: string;
}

export interface StoreDigitsOptions {
  readonly maxLength: number;
  readonly timeoutSeconds: number;
  /** Connect stores "Timeout" in $.StoredCustomerInput and still takes this branch when nothing is keyed in. */
  readonly next: string;
  readonly onError: string;
}

export interface StorePhoneNumberOptions {
  readonly timeoutSeconds: number;
  /** Two-letter country the number is validated for; the caller keys it without + and country code. */
  readonly countryCode: string;
  readonly next: string;
  /** Not a valid number of that country. */
  readonly onInvalid: string;
  readonly onError: string;
}

export interface CallbackOptions {
  readonly queueArn: string;
  readonly initialDelaySeconds: number;
  readonly maxAttempts: number;
  readonly retryDelaySeconds: number;
  readonly next: string;
  readonly onError: string;
}

export interface CompareCase {
  readonly operator?: ConditionOperator;
  readonly operand: string;
  readonly next: string;
}

export interface LambdaOptions {
  readonly functionArn: string;
  readonly timeoutSeconds: number;
  readonly parameters: Readonly<Record<string, string>>;
  readonly next: string;
  readonly onError: string;
}

const on = (ErrorType: string, NextAction: string) => ({ ErrorType, NextAction });
const equals = (operand: string, NextAction: string, Operator: ConditionOperator = 'Equals') => ({
  NextAction,
  Condition: { Operator, Operands: [operand] },
});

/**
 * Collects actions with typed parameters and emits a validated flow document. Every method takes the
 * action's identifier first and the identifiers it leads to as named options, so a flow reads top-down.
 */
export class FlowBuilder {
  private readonly actions: FlowAction[] = [];

  /** With `type`, `build()` also rejects actions that flow type does not allow. */
  constructor(
    private readonly flowName: string,
    private readonly type?: ConnectFlowType,
  ) {}

  /** Adds a hand-written action; the typed helpers below cover everything our flows need. */
  add(action: FlowAction): this {
    this.actions.push(action);
    return this;
  }

  private push(
    Identifier: string,
    Type: FlowAction['Type'],
    Parameters: object,
    Transitions: Transitions,
  ): this {
    return this.add({ Identifier, Type, Parameters, Transitions } as FlowAction);
  }

  enableLogging(id: string, next: string): this {
    return this.push(
      id,
      'UpdateFlowLoggingBehavior',
      { FlowLoggingBehavior: 'Enabled' },
      { NextAction: next },
    );
  }

  /** Records both sides of every conversation with an operator; the IVR part stays unrecorded. */
  recordAgentAndCustomer(id: string, next: string): this {
    const RecordingBehavior = {
      RecordedParticipants: ['Agent', 'Customer'],
      IVRRecordingBehavior: 'Disabled',
    };
    return this.push(id, 'UpdateContactRecordingBehavior', { RecordingBehavior }, { NextAction: next });
  }

  say(id: string, prompt: PromptParameters, next: string, onError: string = next): this {
    return this.push(id, 'MessageParticipant', prompt, {
      NextAction: next,
      Errors: [on('NoMatchingError', onError)],
    });
  }

  menu(id: string, prompt: PromptParameters, options: MenuOptions): this {
    const Conditions = Object.entries(options.keys).map(([key, next]) => equals(key, next as string));
    return this.push(
      id,
      'GetParticipantInput',
      { ...prompt, InputTimeLimitSeconds: String(options.timeoutSeconds), StoreInput: 'False' },
      {
        NextAction: options.onError,
        Conditions,
        Errors: [
          on('InputTimeLimitExceeded', options.onTimeout),
          on('NoMatchingCondition', options.onInvalid),
          on('NoMatchingError', options.onError),
        ],
      },
    );
  }

  /** Several digits ended by "#", kept in $.StoredCustomerInput. */
  storeDigits(id: string, prompt: PromptParameters, options: StoreDigitsOptions): this {
    return this.push(
      id,
      'GetParticipantInput',
      {
        ...prompt,
        InputTimeLimitSeconds: String(options.timeoutSeconds),
        StoreInput: 'True',
        InputValidation: { CustomValidation: { MaximumLength: String(options.maxLength) } },
        DTMFConfiguration: { InputTerminationSequence: '#' },
      },
      { NextAction: options.next, Errors: [on('NoMatchingError', options.onError)] },
    );
  }

  /** A phone number keyed in and ended by "#", validated by Connect and kept in $.StoredCustomerInput. */
  storePhoneNumber(id: string, prompt: PromptParameters, options: StorePhoneNumberOptions): this {
    return this.push(
      id,
      'GetParticipantInput',
      {
        ...prompt,
        InputTimeLimitSeconds: String(options.timeoutSeconds),
        StoreInput: 'True',
        InputValidation: {
          PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: options.countryCode },
        },
        DTMFConfiguration: { InputTerminationSequence: '#' },
      },
      {
        NextAction: options.next,
        Errors: [on('InvalidPhoneNumber', options.onInvalid), on('NoMatchingError', options.onError)],
      },
    );
  }

  /** The number a queued callback will dial (by default the caller's own number). */
  setCallbackNumber(
    id: string,
    number: `$.${string}`,
    options: { readonly next: string; readonly onInvalid: string; readonly onError: string },
  ): this {
    return this.push(
      id,
      'UpdateContactCallbackNumber',
      { CallbackNumber: number },
      {
        NextAction: options.next,
        Errors: [
          on('InvalidCallbackNumber', options.onInvalid),
          on('CallbackNumberNotDialable', options.onInvalid),
          on('NoMatchingError', options.onError),
        ],
      },
    );
  }

  /** Books a queued callback in `queueArn`; the caller may then hang up without losing their turn. */
  createCallback(id: string, options: CallbackOptions): this {
    return this.push(
      id,
      'CreateCallbackContact',
      {
        QueueId: options.queueArn,
        InitialCallDelaySeconds: String(options.initialDelaySeconds),
        MaximumConnectionAttempts: String(options.maxAttempts),
        RetryDelaySeconds: String(options.retryDelaySeconds),
      },
      { NextAction: options.next, Errors: [on('NoMatchingError', options.onError)] },
    );
  }

  setAttributes(
    id: string,
    Attributes: Readonly<Record<string, string>>,
    next: string,
    onError: string = next,
  ): this {
    return this.push(
      id,
      'UpdateContactAttributes',
      { Attributes, TargetContact: 'Current' },
      { NextAction: next, Errors: [on('NoMatchingError', onError)] },
    );
  }

  compare(id: string, value: `$.${string}`, cases: readonly CompareCase[], otherwise: string): this {
    return this.push(
      id,
      'Compare',
      { ComparisonValue: value },
      {
        NextAction: otherwise,
        Conditions: cases.map((c) => equals(c.operand, c.next, c.operator)),
        Errors: [on('NoMatchingCondition', otherwise)],
      },
    );
  }

  invokeLambda(id: string, options: LambdaOptions): this {
    return this.push(
      id,
      'InvokeLambdaFunction',
      {
        LambdaFunctionARN: options.functionArn,
        InvocationTimeLimitSeconds: String(options.timeoutSeconds),
        InvocationType: 'SYNCHRONOUS',
        LambdaInvocationAttributes: options.parameters,
        ResponseValidation: { ResponseType: 'STRING_MAP' },
      },
      { NextAction: options.next, Errors: [on('NoMatchingError', options.onError)] },
    );
  }

  setQueue(id: string, queueArn: string, next: string, onError: string): this {
    return this.push(
      id,
      'UpdateContactTargetQueue',
      { QueueId: queueArn },
      { NextAction: next, Errors: [on('NoMatchingError', onError)] },
    );
  }

  /** On success the flow ends with the caller in the queue; NextAction is only the failure path. */
  transferToQueue(id: string, options: { readonly onAtCapacity: string; readonly onError: string }): this {
    return this.push(
      id,
      'TransferContactToQueue',
      {},
      {
        NextAction: options.onError,
        Errors: [on('QueueAtCapacity', options.onAtCapacity), on('NoMatchingError', options.onError)],
      },
    );
  }

  setVoice(id: string, voice: VoiceParameters, next: string, onError: string = next): this {
    return this.push(id, 'UpdateContactTextToSpeechVoice', voice, {
      NextAction: next,
      Errors: [on('NoMatchingError', onError)],
    });
  }

  setEventHook(id: string, hook: EventHookName, flowArn: string, next: string, onError: string = next): this {
    return this.push(
      id,
      'UpdateContactEventHooks',
      { EventHooks: { [hook]: flowArn } },
      { NextAction: next, Errors: [on('NoMatchingError', onError)] },
    );
  }

  /** Hands the caller to an outside number; the flow ends once it answers. */
  transferToPhoneNumber(
    id: string,
    options: { readonly phoneNumber: string; readonly onCallFailed: string; readonly onError: string },
  ): this {
    return this.push(
      id,
      'TransferParticipantToThirdParty',
      { ThirdPartyPhoneNumber: options.phoneNumber, ContinueFlowExecution: 'False' },
      {
        NextAction: options.onError,
        Errors: [on('CallFailed', options.onCallFailed), on('NoMatchingError', options.onError)],
      },
    );
  }

  transferToFlow(id: string, flowArn: string, onError: string): this {
    return this.push(
      id,
      'TransferToFlow',
      { ContactFlowId: flowArn },
      { NextAction: onError, Errors: [on('NoMatchingError', onError)] },
    );
  }

  /** Takes `again` `count` times, then `done` once, then starts counting afresh (Connect's Loop semantics). */
  loop(id: string, count: number, branches: { readonly again: string; readonly done: string }): this {
    return this.push(
      id,
      'Loop',
      { LoopCount: String(count) },
      {
        NextAction: branches.done,
        Conditions: [equals('ContinueLooping', branches.again), equals('DoneLooping', branches.done)],
      },
    );
  }

  /** 1 is routed first; Connect's default is 5. */
  setQueuePriority(id: string, priority: number, next: string): this {
    return this.push(
      id,
      'UpdateContactRoutingBehavior',
      { QueuePriority: String(priority) },
      { NextAction: next },
    );
  }

  /** Loads the working queue's real-time metrics into $.Metrics (for example $.Metrics.Queue.Size). */
  loadQueueMetrics(id: string, next: string, onError: string): this {
    return this.push(
      id,
      'GetMetricData',
      { QueueChannel: 'Voice' },
      { NextAction: next, Errors: [on('NoMatchingError', onError)] },
    );
  }

  disconnect(id: string): this {
    return this.push(id, 'DisconnectParticipant', {}, {});
  }

  /** Ends a whisper or customer-queue flow; the contact goes on (the operator and caller are joined). */
  endFlow(id: string): this {
    return this.push(id, 'EndFlowExecution', {}, {});
  }

  /** The validated document; the first action added is the start unless another is named. */
  build(startAction?: string): FlowDocument {
    const first = this.actions[0];
    if (first === undefined) throw new Error(`Flow "${this.flowName}" has no actions`);
    const flow: FlowDocument = {
      Version: FLOW_LANGUAGE_VERSION,
      StartAction: startAction ?? first.Identifier,
      Actions: [...this.actions],
    };
    return assertValidFlow(this.flowName, flow, this.type);
  }
}

/** The `Content` string of an `AWS::Connect::ContactFlow`; CDK resolves any tokens inside. */
export function renderFlow(flow: FlowDocument): string {
  return JSON.stringify(flow);
}
