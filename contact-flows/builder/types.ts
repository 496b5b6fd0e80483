/**
 * Amazon Connect Flow language (Version 2019-10-30), typed for the action types qoldau uses.
 * Parameter values are strings, as Connect expects ("8", "True"); ARNs arrive as CDK tokens at synth time.
 * Reference: https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html
 */

export const FLOW_LANGUAGE_VERSION = '2019-10-30';

/** `AWS::Connect::ContactFlow.Type` values this project creates. */
export type ConnectFlowType =
  | 'CONTACT_FLOW'
  | 'CUSTOMER_QUEUE'
  | 'QUEUE_TRANSFER'
  | 'AGENT_TRANSFER'
  /** Runs when the operator accepts the contact, before operator and caller are joined. */
  | 'AGENT_WHISPER';

export type ConditionOperator =
  | 'Equals'
  | 'TextStartsWith'
  | 'TextEndsWith'
  | 'TextContains'
  | 'NumberGreaterThan'
  | 'NumberGreaterOrEqualTo'
  | 'NumberLessThan'
  | 'NumberLessOrEqualTo';

export interface ErrorTransition {
  readonly ErrorType: string;
  readonly NextAction: string;
}

export interface ConditionTransition {
  readonly NextAction: string;
  readonly Condition: { readonly Operator: ConditionOperator; readonly Operands: readonly string[] };
}

export interface Transitions {
  readonly NextAction?: string;
  readonly Errors?: readonly ErrorTransition[];
  readonly Conditions?: readonly ConditionTransition[];
}

/** What the caller hears: Polly text (ru, en) or a recorded prompt by ARN (kk, multilingual menus, music). */
export type PromptParameters = { readonly Text: string } | { readonly PromptId: string };

/** One key a caller can press in a menu. */
export type DtmfKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '*' | '#';

export type MenuInputParameters = PromptParameters & {
  readonly InputTimeLimitSeconds: string;
  readonly StoreInput: 'False';
};

/**
 * How stored input is checked: a length limit, or a phone number ("Local": without + and country code,
 * validated for `CountryCode`; "E164": a full international number). A phone number that fails takes the
 * InvalidPhoneNumber branch.
 */
export type InputValidation =
  | { readonly CustomValidation: { readonly MaximumLength: string } }
  | {
      readonly PhoneNumberValidation:
        | { readonly NumberFormat: 'Local'; readonly CountryCode: string }
        | { readonly NumberFormat: 'E164' };
    };

export type StoredInputParameters = PromptParameters & {
  readonly InputTimeLimitSeconds: string;
  readonly StoreInput: 'True';
  readonly InputValidation: InputValidation;
  readonly DTMFConfiguration: {
    readonly InputTerminationSequence: string;
    readonly DisableCancelKey?: 'True' | 'False';
  };
};

export interface LambdaParameters {
  readonly LambdaFunctionARN: string;
  readonly InvocationTimeLimitSeconds: string;
  readonly InvocationType: 'SYNCHRONOUS';
  readonly LambdaInvocationAttributes?: Readonly<Record<string, string>>;
  readonly ResponseValidation: { readonly ResponseType: 'STRING_MAP' };
}

export type RecordedParticipant = 'Agent' | 'Customer';

export interface RecordingParameters {
  readonly RecordingBehavior: {
    readonly RecordedParticipants: readonly RecordedParticipant[];
    readonly IVRRecordingBehavior?: 'Enabled' | 'Disabled';
  };
}

export interface VoiceParameters {
  readonly TextToSpeechVoice: string;
  readonly TextToSpeechEngine?: 'Standard' | 'Neural';
  readonly TextToSpeechStyle?: 'None' | 'Conversational' | 'Newscaster';
}

/**
 * The event hooks our flows set; Connect accepts exactly one key per action. CustomerQueue: what the caller
 * hears while waiting; CustomerRemaining: the disconnect flow (survey); AgentWhisper: runs when the operator
 * accepts the contact.
 */
export type EventHookName = 'CustomerQueue' | 'CustomerRemaining' | 'AgentWhisper';
export type EventHooksParameters = {
  readonly EventHooks: { [K in EventHookName]: { readonly [P in K]: string } }[EventHookName];
};

export interface ThirdPartyTransferParameters {
  readonly ThirdPartyPhoneNumber: string;
  /** "False": the flow stops once the third party answers; a failed call takes the CallFailed branch. */
  readonly ContinueFlowExecution: 'False';
}

type Action<T extends string, P> = {
  readonly Identifier: string;
  readonly Type: T;
  readonly Parameters: P;
  readonly Transitions: Transitions;
};

export type MessageParticipantAction = Action<'MessageParticipant', PromptParameters>;
export type GetParticipantInputAction = Action<
  'GetParticipantInput',
  MenuInputParameters | StoredInputParameters
>;
export type UpdateContactAttributesAction = Action<
  'UpdateContactAttributes',
  { readonly Attributes: Readonly<Record<string, string>>; readonly TargetContact?: 'Current' }
>;
export type CompareAction = Action<'Compare', { readonly ComparisonValue: string }>;
export type InvokeLambdaFunctionAction = Action<'InvokeLambdaFunction', LambdaParameters>;
export type UpdateContactTargetQueueAction = Action<'UpdateContactTargetQueue', { readonly QueueId: string }>;
export type TransferContactToQueueAction = Action<'TransferContactToQueue', Record<string, never>>;
export type UpdateContactRecordingBehaviorAction = Action<
  'UpdateContactRecordingBehavior',
  RecordingParameters
>;
export type UpdateContactTextToSpeechVoiceAction = Action<'UpdateContactTextToSpeechVoice', VoiceParameters>;
export type UpdateContactEventHooksAction = Action<'UpdateContactEventHooks', EventHooksParameters>;
export type TransferParticipantToThirdPartyAction = Action<
  'TransferParticipantToThirdParty',
  ThirdPartyTransferParameters
>;
export type TransferToFlowAction = Action<'TransferToFlow', { readonly ContactFlowId: string }>;
export type UpdateFlowLoggingBehaviorAction = Action<
  'UpdateFlowLoggingBehavior',
  { readonly FlowLoggingBehavior: 'Enabled' | 'Disabled' }
>;
export type LoopAction = Action<'Loop', { readonly LoopCount: string }>;
export type DisconnectParticipantAction = Action<'DisconnectParticipant', Record<string, never>>;
export type UpdateContactRoutingBehaviorAction = Action<
  'UpdateContactRoutingBehavior',
  { readonly QueuePriority: string }
>;
export type GetMetricDataAction = Action<
  'GetMetricData',
  { readonly QueueId?: string; readonly QueueChannel?: 'Voice' | 'Chat' }
>;
export type EndFlowExecutionAction = Action<'EndFlowExecution', Record<string, never>>;
/** The number a queued callback dials; must be a single JSONPath (it cannot be set statically). */
export type UpdateContactCallbackNumberAction = Action<
  'UpdateContactCallbackNumber',
  { readonly CallbackNumber: string }
>;
/**
 * A queued callback: a new contact (InitiationMethod CALLBACK) in `QueueId` that dials the contact's
 * callback number once an operator accepts it. Delays are whole seconds 1..259200, attempts at least 1.
 */
export type CreateCallbackContactAction = Action<
  'CreateCallbackContact',
  {
    readonly QueueId?: string;
    readonly InitialCallDelaySeconds: string;
    readonly MaximumConnectionAttempts: string;
    readonly RetryDelaySeconds: string;
  }
>;

export type FlowAction =
  | MessageParticipantAction
  | GetParticipantInputAction
  | UpdateContactAttributesAction
  | CompareAction
  | InvokeLambdaFunctionAction
  | UpdateContactTargetQueueAction
  | TransferContactToQueueAction
  | UpdateContactRecordingBehaviorAction
  | UpdateContactTextToSpeechVoiceAction
  | UpdateContactEventHooksAction
  | TransferParticipantToThirdPartyAction
  | TransferToFlowAction
  | UpdateFlowLoggingBehaviorAction
  | LoopAction
  | DisconnectParticipantAction
  | UpdateContactRoutingBehaviorAction
  | GetMetricDataAction
  | EndFlowExecutionAction
  | UpdateContactCallbackNumberAction
  | CreateCallbackContactAction;

export type FlowActionType = FlowAction['Type'];

export interface FlowDocument {
  readonly Version: typeof FLOW_LANGUAGE_VERSION;
  readonly StartAction: string;
  readonly Metadata?: Readonly<Record<string, unknown>>;
  readonly Actions: readonly FlowAction[];
}

/** The action types the builder emits and the simulator runs; anything else is rejected by both. */
export const SUPPORTED_ACTION_TYPES: readonly FlowActionType[] = [
  'MessageParticipant',
  'GetParticipantInput',
  'UpdateContactAttributes',
  'Compare',
  'InvokeLambdaFunction',
  'UpdateContactTargetQueue',
  'TransferContactToQueue',
  'UpdateContactRecordingBehavior',
  'UpdateContactTextToSpeechVoice',
  'UpdateContactEventHooks',
  'TransferParticipantToThirdParty',
  'TransferToFlow',
  'UpdateFlowLoggingBehavior',
  'Loop',
  'DisconnectParticipant',
  'UpdateContactRoutingBehavior',
  'GetMetricData',
  'EndFlowExecution',
  'UpdateContactCallbackNumber',
  'CreateCallbackContact',
];
