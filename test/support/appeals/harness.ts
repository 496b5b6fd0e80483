import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { signedRequest as signedHttpRequest } from '../../../clients/signed-request';
import type { HotlineId } from '../../../contracts/hotlines';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { type CliRole, credentialsFor } from '../../../scripts/lib/api-client';
import { engineKeys, localResources } from '../runtime';
import { readFixture } from './fixtures';

/**
 * Helpers for the register's integration tests against the shared local runtime: deliver mail through
 * the SES stand-in, read the outbox and SNS, sign API requests (with extra headers), and look at the
 * tables and buckets directly.
 */

export interface Delivery {
  readonly status: number;
  readonly body: Record<string, unknown> & {
    outcome?: string;
    registrationNumber?: string;
    reason?: string;
    sesMessageId?: string;
    message?: string;
  };
}

export interface DeliveryOptions {
  readonly received?: string;
  readonly spam?: string;
  readonly virus?: string;
  /** Envelope recipients (SES matches these; by default the To/Cc addresses). */
  readonly recipient?: string;
}

export async function deliver(apiUrl: string, raw: Buffer, options: DeliveryOptions = {}): Promise<Delivery> {
  const query = new URLSearchParams(
    Object.entries(options).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const response = await fetch(`${apiUrl}/_local/ses/receive?${query}`, { method: 'POST', body: raw });
  return { status: response.status, body: (await response.json()) as Delivery['body'] };
}

/**
 * A fixture as a message never seen before: a fresh Message-ID (so tests sharing the runtime never see
 * each other's mail as duplicates), and optionally other headers replaced.
 */
export function freshMessage(fixture: string, headers: Readonly<Record<string, string>> = {}): Buffer {
  return replaceHeaders(readFixture(fixture), { 'Message-ID': `<${randomUUID()}@test.qoldau>`, ...headers });
}

export function replaceHeaders(raw: Buffer, headers: Readonly<Record<string, string>>): Buffer {
  let text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/u);
  let head = text.slice(0, end);
  const body = text.slice(end);
  for (const [name, value] of Object.entries(headers)) {
    const line = new RegExp(`^${name}:.*(?:\\r?\\n[ \\t].*)*$`, 'imu');
    const encoded = Buffer.from(value, 'utf8').toString('latin1');
    head = line.test(head) ? head.replace(line, `${name}: ${encoded}`) : `${head}\r\n${name}: ${encoded}`;
  }
  text = head + body;
  return Buffer.from(text, 'latin1');
}

/** `=?UTF-8?B?...?=`: a header value as a mail program would encode it. */
export function encodedWord(value: string): string {
  return `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

export interface OutboxMessage {
  readonly id: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly replyTo: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly headers: Record<string, string>;
  readonly attachments: ReadonlyArray<{ filename: string; contentType: string; size: number }>;
}

export async function outbox(apiUrl: string, to?: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${apiUrl}/_local/outbox${to ? `?to=${encodeURIComponent(to)}` : ''}`);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
}

export async function snsMessages(
  apiUrl: string,
): Promise<Array<{ topicArn: string; subject?: string; message: string }>> {
  const response = await fetch(`${apiUrl}/_local/sns/messages`);
  return (
    (await response.json()) as { messages: Array<{ topicArn: string; subject?: string; message: string }> }
  ).messages;
}

export interface SignedRequest {
  readonly hotline: HotlineId;
  readonly role: CliRole;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  /** A body sent as is (for oversized or malformed bodies). */
  readonly rawBody?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sign with another hotline's identity (isolation tests). @default hotline */
  readonly signAs?: HotlineId;
}

/** An API call signed like `callApi`, with extra headers (Idempotency-Key, the portal's client address). */
export async function signedRequest<T = Record<string, unknown>>(
  apiUrl: string,
  request: SignedRequest,
): Promise<{ status: number; body: T }> {
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  const response = await signedHttpRequest({
    baseUrl: `${apiUrl}/${request.hotline}`,
    region: 'eu-central-1',
    credentials: credentialsFor(request.signAs ?? request.hotline, request.role),
    method: request.method,
    path: request.path,
    ...(body ? { body } : {}),
    ...(request.headers ? { headers: request.headers } : {}),
  });
  return { status: response.status, body: (response.text ? JSON.parse(response.text) : null) as T };
}

export interface RegisterStores {
  readonly documents: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly table: string;
  readonly inboundBucket: string;
  readonly attachmentsBucket: string;
}

/** Direct access to a hotline's register table and buckets in the runtime. */
export async function registerStores(apiUrl: string, hotline: HotlineId): Promise<RegisterStores> {
  const resources = await localResources(apiUrl);
  const { tables, buckets } = resources.hotlines[hotline]!;
  const pick = (names: Record<string, string>, pattern: RegExp) => {
    const found = Object.entries(names).find(([logicalId]) => pattern.test(logicalId));
    if (!found) throw new Error(`No resource like ${pattern} in ${Object.keys(names).join(', ')}`);
    return found[1];
  };
  const credentials = engineKeys();
  return {
    documents: DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: resources.dynamoEndpoint, region: resources.region, credentials }),
    ),
    s3: new S3Client({
      endpoint: resources.s3Endpoint,
      region: resources.region,
      credentials,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
    table: pick(tables, /^AppealStoreTable/u),
    inboundBucket: pick(buckets, /^AppealRegisterBucketsInboundMail/u),
    attachmentsBucket: pick(buckets, /^AppealRegisterBucketsAttachments/u),
  };
}

/** The stored appeal item by its number (digits, separators allowed). */
export async function storedAppeal(stores: RegisterStores, number: string) {
  const { Item } = await stores.documents.send(
    new GetCommand({ TableName: stores.table, Key: appealKeys.appeal(number.replace(/\D/gu, '')) }),
  );
  return Item;
}

export async function storedHistory(stores: RegisterStores, number: string) {
  const { Items } = await stores.documents.send(
    new QueryCommand({
      TableName: stores.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :h)',
      ExpressionAttributeValues: { ':pk': appealKeys.appeal(number.replace(/\D/gu, '')).pk, ':h': 'H#' },
    }),
  );
  return Items ?? [];
}

export async function objectBytes(stores: RegisterStores, bucket: string, key: string): Promise<Buffer> {
  const object = await stores.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await object.Body!.transformToByteArray());
}

export async function objectExists(stores: RegisterStores, bucket: string, key: string): Promise<boolean> {
  try {
    await stores.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}
