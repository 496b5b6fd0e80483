import { randomBytes } from 'node:crypto';
import { appealKeys } from '../../../../contracts/keys/appeal-keys';
import type { RateWindow } from '../../domain/rate-limit';

/**
 * The register-table requests that two clients send: the SDK's document client in the register, and the
 * lean client of the IVR functions a caller waits on. Written once here as plain request inputs.
 */

/** A register secret's item key (`SECRET#<name>`). */
export type SecretKey = { readonly pk: `SECRET#${string}`; readonly sk: 'S' };

/** Applicants' contact hashes (`hashContact`); never rotated (a new secret would orphan every hash). */
export const CONTACT_SECRET_KEY = appealKeys.secret('contact-hash') satisfies SecretKey;
/**
 * The IVR's hourly status-lookup counters: a secret of their own, so the IVR function never holds the
 * applicants' one; replacing it only restarts the counters of the hour.
 */
export const IVR_RATE_SECRET_KEY = appealKeys.secret('ivr-status') satisfies SecretKey;

/** Counts one request in the caller's window (atomic `ADD`, expiring by TTL); returns the new count. */
export function rateCountUpdate(tableName: string, window: Pick<RateWindow, 'key' | 'window' | 'expiresAt'>) {
  return {
    TableName: tableName,
    Key: appealKeys.rate(window.key, window.window),
    UpdateExpression: 'ADD #count :one SET expiresAt = if_not_exists(expiresAt, :expiresAt)',
    ExpressionAttributeNames: { '#count': 'count' },
    ExpressionAttributeValues: { ':one': 1, ':expiresAt': window.expiresAt },
    ReturnValues: 'UPDATED_NEW' as const,
  };
}

/** Reads a secret, strongly consistent (a concurrent cold start may have just created it). */
export function secretRead(tableName: string, key: SecretKey) {
  return { TableName: tableName, Key: key, ConsistentRead: true };
}

/** Creates a secret unless one exists: concurrent cold starts agree on the first. */
export function secretCreate(tableName: string, key: SecretKey, secretBase64: string) {
  return {
    TableName: tableName,
    Item: { ...key, kind: 'secret', secret: secretBase64 },
    ConditionExpression: 'attribute_not_exists(pk)',
  };
}

/** The secret of a stored secret item, if it holds one. */
export function secretOf(item: Record<string, unknown> | undefined): Buffer | undefined {
  return typeof item?.['secret'] === 'string' ? Buffer.from(item['secret'], 'base64') : undefined;
}

/** One secret item as a client sees it. `createIfAbsent` ignores the conditional failure of a lost race. */
export interface SecretItemStore {
  read(): Promise<Buffer | undefined>;
  createIfAbsent(secretBase64: string): Promise<void>;
}

/** The secret, created on first use: whoever creates first wins, everyone reads back the same one. */
export async function loadOrCreateSecret(store: SecretItemStore, key: SecretKey): Promise<Buffer> {
  const existing = await store.read();
  if (existing) return existing;
  await store.createIfAbsent(randomBytes(32).toString('base64'));
  const created = await store.read();
  if (!created) throw new Error(`The secret ${key.pk} could not be read back after creating it`);
  return created;
}

/** A per-environment cache of secrets that forgets a failed load, so the next call tries again. */
export function secretCache(): (id: string, load: () => Promise<Buffer>) => Promise<Buffer> {
  const cached = new Map<string, Promise<Buffer>>();
  return (id, load) => {
    let secret = cached.get(id);
    if (secret === undefined) {
      secret = load().catch((error: unknown) => {
        cached.delete(id);
        throw error;
      });
      cached.set(id, secret);
    }
    return secret;
  };
}
