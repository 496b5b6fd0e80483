import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from '../../shared/aws-clients';
import { requestKeys } from '../domain/keys';
import { isOpen, type RecordingRequest } from '../domain/request';

/** A stored request with the state of its SLA clock (the SLA engine's timer). */
export interface StoredRequest extends RecordingRequest {
  readonly clockStarted: boolean;
  readonly clockStopped: boolean;
}

/** A request needs background work while it is open or while its clock still runs after it closed. */
export function needsWork(request: StoredRequest): boolean {
  return isOpen(request.status) || (request.clockStarted && !request.clockStopped);
}

function toItem(request: StoredRequest): Record<string, unknown> {
  const { openIndex } = requestKeys;
  return {
    ...requestKeys.request(request.requestId),
    kind: 'request',
    ...request,
    ...(needsWork(request)
      ? { openPk: openIndex.pk, openSk: openIndex.sk(request.deadline, request.requestId) }
      : {}),
  };
}

function fromItem(item: Record<string, unknown>): StoredRequest {
  const { pk: _pk, sk: _sk, kind: _kind, openPk: _openPk, openSk: _openSk, ...request } = item;
  return request as unknown as StoredRequest;
}

export async function createRequest(tableName: string, request: StoredRequest): Promise<void> {
  await dynamoDocuments().send(
    new PutCommand({
      TableName: tableName,
      Item: toItem(request),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function readRequest(tableName: string, requestId: string): Promise<StoredRequest | undefined> {
  const { Item } = await dynamoDocuments().send(
    new GetCommand({ TableName: tableName, Key: requestKeys.request(requestId), ConsistentRead: true }),
  );
  return Item && Item['kind'] === 'request' ? fromItem(Item) : undefined;
}

/**
 * Replaces a request if nobody changed it since `expected` was read (optimistic concurrency on `version`).
 * False when someone did: the caller re-reads and decides again. Only the winner of a change performs its
 * side effects (audit entries, stopping the clock), so they happen once.
 */
export async function replaceRequest(
  tableName: string,
  expected: StoredRequest,
  next: StoredRequest,
): Promise<boolean> {
  try {
    await dynamoDocuments().send(
      new PutCommand({
        TableName: tableName,
        Item: toItem({ ...next, version: expected.version + 1 }),
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': expected.version },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Requests that still need work, earliest deadline first. */
export async function requestsNeedingWork(tableName: string, limit: number): Promise<StoredRequest[]> {
  const { openIndex } = requestKeys;
  const page = await dynamoDocuments().send(
    new QueryCommand({
      TableName: tableName,
      IndexName: openIndex.name,
      KeyConditionExpression: 'openPk = :open',
      ExpressionAttributeValues: { ':open': openIndex.pk },
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map(fromItem);
}
