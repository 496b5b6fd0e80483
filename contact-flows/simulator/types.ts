import type { Language } from '../../contracts/hotlines';

/** A recorded prompt behind a PromptId: speech with its manifest texts, or music. */
export type ResolvedPrompt =
  | {
      readonly kind: 'speech';
      readonly key: string;
      readonly texts: Readonly<Partial<Record<Language, string>>>;
      /** Kazakh recordings say `kk`; language menus say every language in turn. */
      readonly language: Language | 'multilingual';
    }
  | { readonly kind: 'music'; readonly key: string };

/** Real-time queue metrics as GetMetricData loads them into $.Metrics. */
export interface QueueMetrics {
  readonly size: number;
  readonly oldestContactAgeSeconds?: number;
  readonly estimatedWaitTimeSeconds?: number;
  readonly agentsOnline?: number;
  readonly agentsAvailable?: number;
  readonly agentsStaffed?: number;
}

export type InitiationMethod =
  | 'INBOUND'
  | 'OUTBOUND'
  | 'TRANSFER'
  | 'QUEUE_TRANSFER'
  | 'CALLBACK'
  | 'API'
  | 'DISCONNECT';

export interface Endpoint {
  readonly Address: string;
  readonly Type: 'TELEPHONE_NUMBER';
}

/** `Details.ContactData` of the event Connect sends to a Lambda. */
export interface ContactData {
  readonly Attributes: Readonly<Record<string, string>>;
  readonly Channel: 'VOICE';
  readonly ContactId: string;
  readonly CustomerEndpoint: Endpoint;
  readonly InitialContactId: string;
  readonly InitiationMethod: InitiationMethod;
  readonly InstanceARN: string;
  readonly PreviousContactId: string;
  readonly Queue: { readonly ARN: string; readonly Name: string } | null;
  readonly SystemEndpoint: Endpoint;
}

export interface ConnectLambdaEvent {
  readonly Name: 'ContactFlowEvent';
  readonly Details: {
    readonly ContactData: ContactData;
    readonly Parameters: Readonly<Record<string, string>>;
  };
}

/** Everything outside the flow, injected so the interpreter stays pure. */
export interface SimulatorDependencies {
  /** Throwing takes the action's error branch, as a failing or timed-out Lambda does in Connect. */
  invokeLambda(functionArn: string, event: ConnectLambdaEvent): Promise<Record<string, string>>;
  /** The flow JSON as synthesized (an object or its JSON string) for an ARN in TransferToFlow or a hook. */
  resolveFlow(flowArn: string): unknown;
  resolvePrompt(promptArn: string): ResolvedPrompt;
  /** Queue name for a queue ARN. */
  resolveQueue(queueArn: string): string;
  queueMetrics(queueName: string): QueueMetrics;
  clock(): Date;
  /** Defaults to `contact-1`, `contact-2`, ... within one simulation. */
  newContactId?(): string;
  /** false: the queue is at capacity. Defaults to accepting every contact. */
  queueAccepts?(queueName: string): boolean;
  /** Whether a third-party number answers. Defaults to answering. */
  dialThirdParty?(phoneNumber: string): 'answered' | 'failed';
}

export interface AgentIdentity {
  readonly username: string;
  readonly arn: string;
}

export interface SimulationRequest {
  /** The flow the call enters (usually the hotline's inbound flow). */
  readonly flowArn: string;
  /** DTMF answers, one per digit-collecting action in order; `undefined` or running out means silence. */
  readonly inputs?: readonly (string | undefined)[];
  /**
   * When the contact is queued, an operator answers (the AgentWhisper flow runs as they accept) and hangs
   * up first; then the disconnect flow runs.
   */
  readonly agentHangup?: boolean;
  /** The operator who answers; defaults to user name `operator`. */
  readonly agent?: AgentIdentity;
  readonly customerNumber?: string;
  readonly dialledNumber?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly initiationMethod?: InitiationMethod;
  /** The queue a quick connect already chose before a transfer flow runs. */
  readonly targetQueueArn?: string;
  /** Names for outside numbers, e.g. `{ '+77170001414': '1414' }`, used in transfer outcomes. */
  readonly knownNumbers?: Readonly<Record<string, string>>;
  readonly instanceArn?: string;
  readonly awsAccountId?: string;
  /** `<bucket>/<prefix>` of call recordings; Connect adds `/YYYY/MM/DD/<contactId>_<timestamp>_UTC.wav`. */
  readonly recordingLocationPrefix?: string;
  /** Guard against flows that never end. */
  readonly maxActions?: number;
}

type At = { readonly action: string };
export type Step =
  | {
      readonly type: 'flow';
      readonly flow: string;
      readonly contactId: string;
      readonly initiationMethod: InitiationMethod;
    }
  | ({ readonly type: 'prompt'; readonly text: string; readonly language: Language | 'multilingual' } & At)
  /** Played to the operator alone, by an agent whisper flow; the caller does not hear it. */
  | ({ readonly type: 'whisper'; readonly text: string; readonly language: Language | 'multilingual' } & At)
  | ({ readonly type: 'music'; readonly prompt: string } & At)
  | ({ readonly type: 'input'; readonly digits: string } & At)
  | ({ readonly type: 'timeout' } & At)
  | ({
      readonly type: 'lambda';
      readonly name: string;
      readonly parameters: Readonly<Record<string, string>>;
      readonly result?: Readonly<Record<string, string>>;
      readonly error?: string;
    } & At)
  | ({ readonly type: 'attributes'; readonly set: Readonly<Record<string, string>> } & At)
  | ({ readonly type: 'voice'; readonly voice: string } & At)
  | ({ readonly type: 'recording'; readonly participants: readonly string[] } & At)
  | ({ readonly type: 'logging'; readonly enabled: boolean } & At)
  | ({ readonly type: 'hook'; readonly hook: string; readonly flow: string } & At)
  | ({ readonly type: 'priority'; readonly priority: number } & At)
  | ({ readonly type: 'error'; readonly error: string } & At)
  | ({ readonly type: 'queue'; readonly queue: string; readonly priority: number } & At)
  | ({ readonly type: 'transfer'; readonly to: string; readonly number: string } & At)
  /** A queued callback was booked; `number` is masked (`+7701***4567`): transcripts are read and pasted. */
  | ({ readonly type: 'callback'; readonly queue: string; readonly number: string } & At)
  | { readonly type: 'waiting'; readonly queue: string }
  | { readonly type: 'agent'; readonly event: 'connected' | 'disconnected'; readonly username: string }
  | ({ readonly type: 'disconnect' } & Partial<At>);

export type Outcome =
  | { readonly kind: 'queue'; readonly queue: string; readonly priority: number }
  | { readonly kind: 'transfer'; readonly to: string }
  /** The caller chose to be called back: a callback contact waits in `queue` and will dial `callbackNumber`. */
  | { readonly kind: 'callback'; readonly queue: string; readonly callbackNumber: string }
  | { readonly kind: 'disconnect' };

/** A contact record in the shape Connect streams (AWSContactTraceRecordFormatVersion 2017-03-10). */
export interface ContactTraceRecord {
  readonly AWSAccountId: string;
  readonly AWSContactTraceRecordFormatVersion: '2017-03-10';
  readonly Agent: {
    readonly ARN: string;
    readonly Username: string;
    readonly ConnectedToAgentTimestamp: string;
    readonly AgentInteractionDuration: number;
    readonly AfterContactWorkDuration: number;
    readonly CustomerHoldDuration: number;
    readonly LongestHoldDuration: number;
    readonly NumberOfHolds: number;
  } | null;
  readonly AgentConnectionAttempts: number;
  readonly Attributes: Readonly<Record<string, string>>;
  readonly Channel: 'VOICE';
  readonly ContactId: string;
  readonly InitialContactId: string;
  readonly PreviousContactId: string | null;
  readonly NextContactId: string | null;
  readonly InitiationMethod: InitiationMethod;
  readonly InitiationTimestamp: string;
  readonly ConnectedToSystemTimestamp: string;
  readonly DisconnectTimestamp: string | null;
  readonly DisconnectReason:
    | 'CUSTOMER_DISCONNECT'
    | 'AGENT_DISCONNECT'
    | 'CONTACT_FLOW_DISCONNECT'
    | 'THIRD_PARTY_DISCONNECT'
    | null;
  readonly LastUpdateTimestamp: string;
  readonly CustomerEndpoint: Endpoint;
  readonly SystemEndpoint: Endpoint;
  readonly InstanceARN: string;
  readonly Queue: {
    readonly ARN: string;
    readonly Name: string;
    readonly EnqueueTimestamp: string;
    readonly DequeueTimestamp: string | null;
    readonly Duration: number | null;
  } | null;
  readonly Recording: {
    readonly Location: string;
    readonly Status: 'AVAILABLE';
    readonly Type: 'AUDIO';
    readonly DeletionReason: null;
  } | null;
  readonly TransferredToEndpoint: Endpoint | null;
  readonly TransferCompletedTimestamp: string | null;
}

export interface SimulatedContact {
  readonly contactId: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly contactRecord: ContactTraceRecord;
}

export interface Transcript {
  readonly contactId: string;
  /** The `lang` attribute the caller ended with (null if they never chose). */
  readonly language: Language | null;
  /** Everything that happened, in order, across the inbound, queue and disconnect flows. */
  readonly steps: readonly Step[];
  readonly attributes: Readonly<Record<string, string>>;
  readonly outcome: Outcome;
  /** 1..5 from the post-call survey; null when declined or not run. */
  readonly rating: number | null;
  /** Whether both operator and caller were being recorded when the call was queued. */
  readonly recording: boolean;
  readonly contactRecord: ContactTraceRecord;
  /** The survey, run as its own contact (InitiationMethod DISCONNECT) after the operator hung up. */
  readonly disconnectContact: SimulatedContact | null;
  /**
   * The queued callback (InitiationMethod CALLBACK) when the caller chose one: still waiting in its queue, or
   * (with agentHangup) answered by the operator, who then hangs up; its survey is `disconnectContact`.
   */
  readonly callbackContact: SimulatedContact | null;
}
