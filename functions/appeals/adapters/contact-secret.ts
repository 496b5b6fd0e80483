import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../../shared/aws-clients';

/**
 * HMAC secrets kept in the register's own table, encrypted with the hotline's key, so 111's hashes cannot
 * be computed with 1414's data and the other way round; each is created on first use with a conditional
 * put so concurrent cold starts agree on one secret. Same reasoning as the recordings' hash key.
 */
type SecretKey = { readonly pk: `SECRET#${string}`; readonly sk: 'S' };

/** Applicants' contact hashes (`hashContact`); never rotated (a new secret would orphan every hash). */
export const CONTACT_SECRET_KEY = appealKeys.secret('contact-hash') satisfies SecretKey;
/**
 * The IVR's hourly status-lookup counters: a secret of their own, so the IVR function never holds the
 * applicants' one; replacing it only restarts the counters of the hour.
 */
export const IVR_RATE_SECRET_KEY = appealKeys.secret('ivr-status') satisfies SecretKey;

const cached = new Map<string, Promise<Buffer>>();

export function contactSecret(tableName: string): Promise<Buffer> {
  return tableSecret(tableName, CONTACT_SECRET_KEY);
}

export function tableSecret(tableName: string, key: SecretKey): Promise<Buffer> {
  const id = `${tableName}|${key.pk}`;
  let secret = cached.get(id);
  if (secret === undefined) {
    secret = loadOrCreate(tableName, key).catch((error: unknown) => {
      cached.delete(id);
      throw error;
    });
    cached.set(id, secret);
  }
  return secret;
}

async function read(tableName: string, key: SecretKey): Promise<Buffer | undefined> {
  const { Item } = await dynamoDocuments().send(
    new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
  );
  return typeof Item?.['secret'] === 'string' ? Buffer.from(Item['secret'], 'base64') : undefined;
}

async function loadOrCreate(tableName: string, key: SecretKey): Promise<Buffer> {
  const existing = await read(tableName, key);
  if (existing) return existing;
  try {
    await dynamoDocuments().send(
      new PutCommand({
        TableName: tableName,
        Item: { ...key, kind: 'secret', secret: randomBytes(32).toString('base64') },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const created = await read(tableName, key);
  if (!created) throw new Error(`The secret ${key.pk} could not be read back after creating it`);
  return created;
}
