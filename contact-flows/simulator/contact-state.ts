import { CONNECT_DEFAULT_VOICE } from '../shared/languages';
import type { AgentIdentity, Endpoint, InitiationMethod, QueueMetrics } from './types';

/** Connect routes a contact with priority 5 unless a flow changes it. */
export const DEFAULT_QUEUE_PRIORITY = 5;

export interface QueueRef {
  readonly arn: string;
  readonly name: string;
}

/** A queued callback CreateCallbackContact booked: the new contact waits in `queue` and dials `number`. */
export interface BookedCallback {
  readonly queue: QueueRef;
  readonly number: string;
  readonly initialDelaySeconds: number;
  readonly maxAttempts: number;
  readonly retryDelaySeconds: number;
}

/** What Connect knows about one contact while its flows run. */
export interface ContactState {
  readonly contactId: string;
  readonly initialContactId: string;
  readonly previousContactId: string | null;
  readonly initiationMethod: InitiationMethod;
  attributes: Record<string, string>;
  /** The last Lambda's answer ($.External). */
  external: Record<string, string>;
  storedInput: string | undefined;
  /** $.Metrics after GetMetricData. */
  metrics: { readonly queue: QueueRef; readonly values: QueueMetrics } | undefined;
  targetQueue: QueueRef | undefined;
  voice: string;
  hooks: Record<string, string>;
  priority: number;
  recordedParticipants: readonly string[];
  loggingEnabled: boolean;
  /** The operator who accepted the contact ($.Agent), once one has. */
  agent: AgentIdentity | undefined;
  /** The number a queued callback dials ($.CustomerCallbackNumber); the caller's own number until changed. */
  callbackNumber: string | undefined;
  /** Set once CreateCallbackContact booked a callback for this contact. */
  callback: BookedCallback | undefined;
  /** Times each Loop action has said ContinueLooping since it last said DoneLooping. */
  readonly loopCounts: Map<string, number>;
}

export function newContact(init: {
  contactId: string;
  initialContactId?: string;
  previousContactId?: string | null;
  initiationMethod: InitiationMethod;
  attributes?: Readonly<Record<string, string>>;
  targetQueue?: QueueRef;
}): ContactState {
  return {
    contactId: init.contactId,
    initialContactId: init.initialContactId ?? init.contactId,
    previousContactId: init.previousContactId ?? null,
    initiationMethod: init.initiationMethod,
    attributes: { ...init.attributes },
    external: {},
    storedInput: undefined,
    metrics: undefined,
    targetQueue: init.targetQueue,
    voice: CONNECT_DEFAULT_VOICE,
    hooks: {},
    priority: DEFAULT_QUEUE_PRIORITY,
    recordedParticipants: [],
    loggingEnabled: false,
    agent: undefined,
    callbackNumber: undefined,
    callback: undefined,
    loopCounts: new Map(),
  };
}

export const isRecordingBothSides = (contact: ContactState): boolean =>
  contact.recordedParticipants.includes('Agent') && contact.recordedParticipants.includes('Customer');

/** Call-wide facts that do not change while flows run. */
export interface CallFacts {
  readonly customerEndpoint: Endpoint;
  readonly systemEndpoint: Endpoint;
  readonly instanceArn: string;
  readonly knownNumbers: Readonly<Record<string, string>>;
}
