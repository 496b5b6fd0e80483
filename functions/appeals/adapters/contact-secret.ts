import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from '../../shared/aws-clients';

/**
 * The HMAC secret of applicants' contact hashes (`hashContact`). It is kept in the register's own table,
 * encrypted with the hotline's key, so 111's hashes cannot be computed with 1414's data and the other
 * way round; created on first use with a conditional put so concurrent cold starts agree on one secret,
 * and never rotated (a new secret would orphan every hash). Same reasoning as the recordings' hash key.
 */
export const CONTACT_SECRET_KEY = { pk: 'SECRET#contact-hash', sk: 'S' } as const;

let cached: Promise<Buffer> | undefined;

export function contactSecret(tableName: string): Promise<Buffer> {
  cached ??= loadOrCreate(tableName).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function read(tableName: string): Promise<Buffer | undefined> {
  const { Item } = await dynamoDocuments().send(
    new GetCommand({ TableName: tableName, Key: CONTACT_SECRET_KEY, ConsistentRead: true }),
  );
  return typeof Item?.['secret'] === 'string' ? Buffer.from(Item['secret'], 'base64') : undefined;
}

async function loadOrCreate(tableName: string): Promise<Buffer> {
  const existing = await read(tableName);
  if (existing) return existing;
  try {
    await dynamoDocuments().send(
      new PutCommand({
        TableName: tableName,
        Item: { ...CONTACT_SECRET_KEY, kind: 'secret', secret: randomBytes(32).toString('base64') },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const created = await read(tableName);
  if (!created) throw new Error('The contact hash secret could not be read back after creating it');
  return created;
}
