import { randomInt, randomUUID } from 'node:crypto';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { HotlineId } from '../../../contracts/hotlines';
import { almatyDayOf } from '../../../functions/sla/domain/almaty-time';
import { callRecordingsPrefix, instanceAlias } from '../../../infra/config/connect-alias';
import { loadConfig } from '../../../infra/config/load';
import { engineKeys, type LocalResources } from '../runtime';

/**
 * Helpers for tests of call recordings against the local runtime: contact trace records as Connect writes
 * them, WAV recordings where Connect puts them, and the Kinesis stand-in's endpoint. The Connect simulator's
 * end-to-end test can reuse them.
 */

/** A caller number nobody else in the shared runtime uses. */
export function uniquePhone(): string {
  return `+7701${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
}

/** The Almaty day of an instant, as a request names it. */
export function almatyDay(at: Date): string {
  return almatyDayOf(at.getTime());
}

export function localS3(resources: LocalResources): S3Client {
  return new S3Client({
    endpoint: resources.s3Endpoint,
    region: resources.region,
    forcePathStyle: true,
    credentials: engineKeys(),
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
}

export function localDynamo(resources: LocalResources): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: resources.dynamoEndpoint,
    region: resources.region,
    credentials: engineKeys(),
  });
}

function resourceOf(map: Record<string, string>, prefix: string, what: string): string {
  const found = Object.entries(map).find(([logicalId]) => logicalId.startsWith(prefix));
  if (!found) throw new Error(`No ${what} (${prefix}*) in the local runtime`);
  return found[1];
}

/** Physical names of the recording resources of a hotline. */
export function recordingResources(resources: LocalResources, hotline: HotlineId) {
  const { tables, buckets } = resources.hotlines[hotline]!;
  return {
    bucket: resourceOf(buckets, 'RecordingsStorageBucket', 'recordings bucket'),
    indexTable: resourceOf(tables, 'RecordingsTablesIndex', 'recording index table'),
    hashKeyTable: resourceOf(tables, 'RecordingsTablesHashKey', 'recording hash key table'),
    requestsTable: resourceOf(tables, 'RecordingsTablesRequests', 'recording requests table'),
    auditTable: resourceOf(tables, 'RecordingsTablesAudit', 'recording audit table'),
  };
}

/** Where Connect stores a call's recording: `connect/<alias>/CallRecordings/YYYY/MM/DD/<contactId>_<timestamp>.wav`. */
export function recordingKey(hotline: HotlineId, contactId: string, startedAt: Date): string {
  const config = loadConfig({ stage: 'dev' })[hotline];
  const instance = config.connect.instance;
  const alias = instance.source === 'create' ? instanceAlias(instance, config.stage) : config.slug;
  const iso = startedAt.toISOString();
  const stamp = iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, '_UTC');
  return `${callRecordingsPrefix(alias)}/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/${contactId}_${stamp}.wav`;
}

export interface CallOptions {
  readonly phone: string;
  readonly bucket: string;
  readonly hotline: HotlineId;
  readonly startedAt?: Date;
  readonly contactId?: string;
  /** Connect's record of the call without its recording (an earlier update). */
  readonly withoutRecording?: boolean;
  /** `LastUpdateTimestamp`; later updates of the same contact carry later ones. */
  readonly lastUpdate?: Date;
}

/** A contact trace record of an inbound call, as Connect streams it to Kinesis. */
export function contactRecord(options: CallOptions) {
  const startedAt = options.startedAt ?? new Date(Date.now() - 10 * 60_000);
  const contactId = options.contactId ?? randomUUID();
  const endedAt = new Date(startedAt.getTime() + 4 * 60_000);
  const key = recordingKey(options.hotline, contactId, startedAt);
  const location = `${options.bucket}/${key}`;
  return {
    contactId,
    key,
    startedAt,
    record: {
      AWSAccountId: '000000000000',
      AWSContactTraceRecordFormatVersion: '2017-03-10',
      ContactId: contactId,
      InitialContactId: null,
      Channel: 'VOICE',
      InitiationMethod: 'INBOUND',
      InitiationTimestamp: startedAt.toISOString(),
      ConnectedToSystemTimestamp: startedAt.toISOString(),
      DisconnectTimestamp: endedAt.toISOString(),
      LastUpdateTimestamp: (options.lastUpdate ?? new Date(endedAt.getTime() + 30_000)).toISOString(),
      CustomerEndpoint: { Address: options.phone, Type: 'TELEPHONE_NUMBER' },
      SystemEndpoint: { Address: '+496912345678', Type: 'TELEPHONE_NUMBER' },
      Queue: { Name: 'ru-general', EnqueueTimestamp: startedAt.toISOString() },
      Agent: { Username: 'operator-17', ConnectedToAgentTimestamp: startedAt.toISOString() },
      Recording: options.withoutRecording
        ? null
        : { Location: location, Status: 'AVAILABLE', Type: 'AUDIO', DeletionReason: null },
      Recordings: options.withoutRecording
        ? null
        : [
            {
              Location: location,
              MediaStreamType: 'AUDIO',
              ParticipantType: null,
              Status: 'AVAILABLE',
              StorageType: 'S3',
            },
          ],
      Attributes: {},
    },
  };
}

/** Pushes a contact record through the local Kinesis stream; resolves once the indexer has processed it. */
export async function pushContactRecord(apiUrl: string, hotline: HotlineId, record: unknown) {
  const response = await fetch(`${apiUrl}/_local/kinesis/${hotline}/contact-records`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(record),
  });
  if (response.status !== 200)
    throw new Error(`Kinesis stand-in answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { SequenceNumber: string; delivered: number; failed: number };
}

/** A short, valid WAV file (8 kHz mono PCM) whose samples depend on `seed`, so each test's audio is its own. */
export function wavBytes(seed: string): Buffer {
  const samples = Buffer.alloc(1600);
  for (let i = 0; i < samples.length; i++) samples[i] = (seed.charCodeAt(i % seed.length) + i) & 0xff;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

/** Puts a recording where Connect would. */
export async function putRecording(s3: S3Client, bucket: string, key: string, audio: Buffer): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: audio, ContentType: 'audio/wav' }));
}

/** The index's HMAC key, as the functions created it (for tests that check the index directly). */
export async function readHashKey(dynamo: DynamoDBClient, table: string): Promise<Uint8Array | undefined> {
  const { Item } = await dynamo.send(
    new GetItemCommand({
      TableName: table,
      Key: { pk: { S: 'HMAC#recording-lookup' } },
      ConsistentRead: true,
    }),
  );
  const encoded = Item?.['key']?.S;
  return encoded ? new Uint8Array(Buffer.from(encoded, 'base64')) : undefined;
}
