import { appealKeys } from '../../../contracts/keys/appeal-keys';
import {
  IVR_RATE_SECRET_KEY,
  loadOrCreateSecret,
  rateCountUpdate,
  secretCache,
  secretCreate,
  secretOf,
  secretRead,
} from '../../appeals/adapters/requests/table-requests';
import { DynamoDBError, LeanDynamoDB } from '../../shared/lean-dynamodb';
import type { LookupBucket } from '../domain/lookup-limit';

/**
 * The register's table as the IVR's status lookup uses it, through the lean DynamoDB client (a caller
 * waits on this function's cold start): the appeal's status and dates, the caller's hourly counter, and
 * the secret that keys the counters. The requests are the register's own (`table-requests.ts`).
 */
export function ivrAppealTable(tableName: string, dynamo = new LeanDynamoDB()) {
  const secrets = secretCache();
  return {
    /** Reads only what the IVR may say about an appeal: its status and dates (a projection, not the item). */
    readAppeal: (number: string) =>
      dynamo.getItem({
        TableName: tableName,
        Key: appealKeys.appeal(number),
        ProjectionExpression: '#status, receivedAt, deadline',
        ExpressionAttributeNames: { '#status': 'status' },
      }),
    /** Counts one lookup; false when the caller is over the bucket's limit. */
    countLookup: async (bucket: LookupBucket) =>
      Number((await dynamo.updateItem(rateCountUpdate(tableName, bucket)))?.['count'] ?? 1) <= bucket.limit,
    hashSecret: () =>
      secrets(tableName, () =>
        loadOrCreateSecret(
          {
            read: async () => secretOf(await dynamo.getItem(secretRead(tableName, IVR_RATE_SECRET_KEY))),
            createIfAbsent: async (secret) => {
              try {
                await dynamo.putItem(secretCreate(tableName, IVR_RATE_SECRET_KEY, secret));
              } catch (error) {
                if (!(error instanceof DynamoDBError && error.name === 'ConditionalCheckFailedException'))
                  throw error;
              }
            },
          },
          IVR_RATE_SECRET_KEY,
        ),
      ),
  };
}
