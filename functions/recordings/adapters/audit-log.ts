import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from '../../shared/aws-clients';
import { almatyDayOf } from '../../sla/domain/almaty-time';
import type { AuditEvent } from '../domain/audit';
import { auditKeys } from '../domain/keys';

/**
 * The append-only audit log. Functions hold `dynamodb:PutItem` on it and nothing that changes or removes an
 * item, and every put refuses to overwrite, so an entry, once written, stays as written.
 */
export async function appendAudit(tableName: string, event: AuditEvent): Promise<void> {
  await dynamoDocuments().send(
    new PutCommand({
      TableName: tableName,
      Item: {
        pk: auditKeys.day(almatyDayOf(Date.parse(event.at))),
        sk: auditKeys.event(event.at, randomUUID()),
        ...event,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** Every audit entry of the given Almaty days, oldest first. */
export async function readAudit(tableName: string, days: readonly string[]): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (const day of days) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await dynamoDocuments().send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :day',
          ExpressionAttributeValues: { ':day': auditKeys.day(day) },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const { pk: _pk, sk: _sk, ...event } of page.Items ?? []) events.push(event as AuditEvent);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }
  return events;
}
