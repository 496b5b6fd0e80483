import type { CallFacts } from './contact-state';
import { type ContactState, isRecordingBothSides, type QueueRef } from './contact-state';
import type { AgentIdentity, ContactTraceRecord } from './types';

/** When things happened to one contact, from the injected clock. */
export interface ContactTimeline {
  readonly initiation: Date;
  enqueue?: Date;
  agentConnected?: Date;
  disconnect?: Date;
  transferCompleted?: Date;
  disconnectReason?: ContactTraceRecord['DisconnectReason'];
  queue?: QueueRef;
  agent?: AgentIdentity;
  transferredTo?: string;
  /** Recording was on for both sides when the contact was queued. */
  recordedWhenQueued?: boolean;
}

export interface ContactRecordContext {
  readonly awsAccountId: string;
  readonly recordingLocationPrefix: string;
  readonly lastUpdate: Date;
}

/** Connect's timestamps: ISO 8601 in UTC without milliseconds. */
export const connectTimestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const optionalTimestamp = (date: Date | undefined) => (date === undefined ? null : connectTimestamp(date));
const wholeSeconds = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));

/** `<prefix>/YYYY/MM/DD/<contactId>_<YYYYMMDDTHH:MM>_UTC.wav`, the layout Connect writes recordings in. */
function recordingLocation(prefix: string, contactId: string, at: Date): string {
  const iso = at.toISOString();
  const [date = '', time = ''] = iso.split('T');
  const [year, month, day] = date.split('-');
  return `${prefix}/${year}/${month}/${day}/${contactId}_${date.replaceAll('-', '')}T${time.slice(0, 5)}_UTC.wav`;
}

export function buildContactRecord(
  contact: ContactState,
  call: CallFacts,
  timeline: ContactTimeline,
  context: ContactRecordContext,
): ContactTraceRecord {
  const { agent, agentConnected, queue, enqueue, disconnect } = timeline;
  const connected = agent !== undefined && agentConnected !== undefined;
  const recorded = connected && (timeline.recordedWhenQueued ?? isRecordingBothSides(contact));
  return {
    AWSAccountId: context.awsAccountId,
    AWSContactTraceRecordFormatVersion: '2017-03-10',
    Agent: connected
      ? {
          ARN: agent.arn,
          Username: agent.username,
          ConnectedToAgentTimestamp: connectTimestamp(agentConnected),
          AgentInteractionDuration: disconnect === undefined ? 0 : wholeSeconds(agentConnected, disconnect),
          AfterContactWorkDuration: 0,
          CustomerHoldDuration: 0,
          LongestHoldDuration: 0,
          NumberOfHolds: 0,
        }
      : null,
    AgentConnectionAttempts: connected ? 1 : 0,
    Attributes: { ...contact.attributes },
    Channel: 'VOICE',
    ContactId: contact.contactId,
    InitialContactId: contact.initialContactId,
    PreviousContactId: contact.previousContactId,
    NextContactId: null,
    InitiationMethod: contact.initiationMethod,
    InitiationTimestamp: connectTimestamp(timeline.initiation),
    ConnectedToSystemTimestamp: connectTimestamp(timeline.initiation),
    DisconnectTimestamp: optionalTimestamp(disconnect),
    DisconnectReason: timeline.disconnectReason ?? null,
    LastUpdateTimestamp: connectTimestamp(context.lastUpdate),
    CustomerEndpoint: call.customerEndpoint,
    SystemEndpoint: call.systemEndpoint,
    InstanceARN: call.instanceArn,
    Queue:
      queue === undefined || enqueue === undefined
        ? null
        : {
            ARN: queue.arn,
            Name: queue.name,
            EnqueueTimestamp: connectTimestamp(enqueue),
            DequeueTimestamp: optionalTimestamp(agentConnected),
            Duration: agentConnected === undefined ? null : wholeSeconds(enqueue, agentConnected),
          },
    Recording: recorded
      ? {
          Location: recordingLocation(context.recordingLocationPrefix, contact.contactId, agentConnected),
          Status: 'AVAILABLE',
          Type: 'AUDIO',
          DeletionReason: null,
        }
      : null,
    TransferredToEndpoint:
      timeline.transferredTo === undefined
        ? null
        : { Address: timeline.transferredTo, Type: 'TELEPHONE_NUMBER' },
    TransferCompletedTimestamp: optionalTimestamp(timeline.transferCompleted),
  };
}
