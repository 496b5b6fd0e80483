import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import { almatyDayOf, parseInstant } from '../domain/almaty-time';
import { slaHistoryId, type TimerClock } from '../domain/clocks';
import { qualityKeys, type SlaOutcomeItem } from '../domain/quality-keys';
import type { SlaEventType } from '../domain/sla-notice';

/**
 * Where SLA timers write what happened. Every write is a conditional put under a key derived from the
 * event itself, so a retried state-machine task never records an event twice.
 */

/** History keys sort by time as text, so every SLA event is stamped in one format: UTC with milliseconds. */
export function historyInstant(instant: string): string {
  return new Date(parseInstant(instant)).toISOString();
}

async function putOnce(tableName: string, item: Record<string, unknown>): Promise<boolean> {
  try {
    await dynamoDocuments().send(
      new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Appends an SLA event to an appeal's history (same item shape as `appendHistory`), once per event and
 * clock; the event names its clock (`answer` or `urgent-ack`).
 */
export function recordAppealEvent(
  tableName: string,
  number: string,
  type: SlaEventType,
  at: string,
  detail: Record<string, unknown> = {},
  clock: TimerClock = 'answer',
): Promise<boolean> {
  const stamped = historyInstant(at);
  return putOnce(tableName, {
    ...appealKeys.historyEvent(number, stamped, slaHistoryId(type, clock)),
    kind: 'history',
    number,
    type,
    clock,
    at: stamped,
    actor: 'sla-timer',
    ...detail,
  });
}

/** Key of SLA events in the recording requests table (the recordings capability owns the rest of it). */
export const recordingSlaKeys = {
  request: (requestId: string) => `REQUEST#${requestId}`,
  event: (at: string, event: string) => `SLA#${at}#${event}`,
} as const;

/** Writes an SLA event to a recording request's audit trail, once per event. */
export function recordRecordingEvent(
  tableName: string,
  requestId: string,
  event: SlaEventType,
  at: string,
  detail: Record<string, unknown> = {},
): Promise<boolean> {
  const stamped = historyInstant(at);
  return putOnce(tableName, {
    pk: recordingSlaKeys.request(requestId),
    sk: recordingSlaKeys.event(stamped, event),
    requestId,
    event,
    at: stamped,
    ...detail,
  });
}

/** Counts a timer's outcome for the SLA met % of the day it happened on (Almaty day). */
export function recordOutcome(tableName: string, outcome: SlaOutcomeItem): Promise<boolean> {
  const at = historyInstant(outcome.at);
  return putOnce(tableName, {
    pk: qualityKeys.slaDay(almatyDayOf(parseInstant(at))),
    sk: qualityKeys.slaOutcome(outcome.kind, outcome.id, outcome.outcome),
    ...outcome,
    at,
  });
}

/** Appeal statuses during which the answer is still owed. */
export const OPEN_APPEAL_STATUSES = ['registered', 'in_progress', 'referred'] as const;

export interface AppealSlaView {
  readonly status?: string;
  readonly deadline?: string;
  readonly receivedAt?: string;
  readonly assignee?: string;
  /** Name of the running SLA execution when it is not the first one (after a calendar edit moved the deadline). */
  readonly slaExecution?: string;
  readonly urgent?: boolean;
  /** When the state bodies were alerted of an urgent appeal, and when their acknowledgement is due. */
  readonly urgentEscalatedAt?: string;
  readonly urgentAckDeadline?: string;
  /** Set once a state body acknowledged the urgent appeal. */
  readonly urgentAcknowledgement?: { readonly at: string };
}

/** The fields of an appeal item the SLA engine reads; undefined when there is no such appeal. */
export async function readAppeal(tableName: string, number: string): Promise<AppealSlaView | undefined> {
  const result = await dynamoDocuments().send(
    new GetCommand({
      TableName: tableName,
      Key: appealKeys.appeal(number),
      ProjectionExpression:
        '#status, deadline, receivedAt, assignee, slaExecution, urgent, urgentEscalatedAt, urgentAckDeadline, urgentAcknowledgement',
      ExpressionAttributeNames: { '#status': 'status' },
    }),
  );
  return result.Item as AppealSlaView | undefined;
}

export function isOpen(appeal: AppealSlaView | undefined): boolean {
  // No appeal item (or one without a status): nothing says it was answered, so the timer keeps its word.
  if (appeal?.status === undefined) return true;
  return (OPEN_APPEAL_STATUSES as readonly string[]).includes(appeal.status);
}

/**
 * Whether an urgent appeal still waits for a state body's acknowledgement: not acknowledged, and not
 * closed (a closed appeal, a duplicate say, needs nobody to chase the state bodies).
 */
export function awaitsAcknowledgement(appeal: AppealSlaView | undefined): boolean {
  return appeal?.urgentAcknowledgement === undefined && appeal?.status !== 'closed';
}
