import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { RateWindow } from '../domain/rate-limit';

/** Counts one request in the caller's window and returns the count so far (atomic `ADD`, expiring by TTL). */
export async function countRequest(tableName: string, window: RateWindow): Promise<number> {
  const result = await dynamoDocuments().send(
    new UpdateCommand({
      TableName: tableName,
      Key: appealKeys.rate(window.key, window.window),
      UpdateExpression: 'ADD #count :one SET expiresAt = if_not_exists(expiresAt, :expiresAt)',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':expiresAt': window.expiresAt },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(result.Attributes?.['count'] ?? 1);
}
