import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from '../../shared/aws-clients';
import { hashKeyItem } from '../domain/keys';
import { HASH_KEY_BYTES } from '../domain/lookup-key';

/**
 * The HMAC key of the recording index. It lives in its own DynamoDB table (encrypted with the hotline's KMS
 * key, readable only by the indexer and the request functions) rather than in Secrets Manager, because the
 * functions carry no Secrets Manager client and the local runtime has no Secrets Manager: a table works the
 * same in AWS and locally. The key is created on first use with a conditional put, so concurrent cold starts
 * agree on one key, and it is read once per execution environment.
 *
 * The key is never rotated: a new key would orphan every index entry. It is kept apart from the index so an
 * export or backup of the index alone cannot be tested against phone numbers.
 */
let cached: Promise<Uint8Array> | undefined;

export function recordingHashKey(tableName: string): Promise<Uint8Array> {
  cached ??= loadOrCreate(tableName).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function read(tableName: string): Promise<Uint8Array | undefined> {
  const { Item } = await dynamoDocuments().send(
    new GetCommand({ TableName: tableName, Key: hashKeyItem, ConsistentRead: true }),
  );
  const encoded = Item?.['key'];
  return typeof encoded === 'string' ? new Uint8Array(Buffer.from(encoded, 'base64')) : undefined;
}

async function loadOrCreate(tableName: string): Promise<Uint8Array> {
  const existing = await read(tableName);
  if (existing) return existing;
  try {
    await dynamoDocuments().send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...hashKeyItem,
          key: randomBytes(HASH_KEY_BYTES).toString('base64'),
          createdAt: new Date().toISOString(),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    // Another cold start created it first: use theirs.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const created = await read(tableName);
  if (!created) throw new Error('The recording hash key could not be read back after creating it');
  return created;
}
