import { Sha256 } from '@aws-crypto/sha256-js';
import { QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { SignatureV4 } from '@smithy/signature-v4';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HotlineId } from '../../../contracts/hotlines';
import { lookupHash } from '../../../functions/recordings/domain/lookup-key';
import { MAX_URL_SECONDS } from '../../../functions/recordings/domain/signed-url';
import { callApi, credentialsFor } from '../../../scripts/lib/api-client';
import { runRecordingsCli } from '../../../scripts/recordings-cli';
import {
  almatyDay,
  contactRecord,
  localDynamo,
  localS3,
  pushContactRecord,
  putRecording,
  readHashKey,
  recordingResources,
  uniquePhone,
  wavBytes,
} from '../../support/recordings/fixtures';
import { type LocalResources, localResources, useTestRuntime } from '../../support/runtime';

let apiUrl: string;
let resources: LocalResources;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  resources = await localResources(apiUrl);
});

interface CliAnswer {
  requestId: string;
  status: string;
  deadline: string;
  recordings: Array<{ contactId: string; url: string; expiresAt: string }>;
}

async function requestRecordings(
  hotline: HotlineId,
  date: string,
  phone: string,
  extra: string[] = [],
  waitMs = 15_000,
) {
  const result = await runRecordingsCli(
    ['request', '--hotline', hotline, '--date', date, '--phone', phone, ...extra, '--json'],
    { waitMs, pollMs: 200 },
  );
  if (result.code !== 0) throw new Error(`recordings CLI failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as CliAnswer;
}

async function status(hotline: HotlineId, requestId: string): Promise<CliAnswer> {
  const result = await runRecordingsCli(['status', '--hotline', hotline, '--id', requestId, '--json']);
  if (result.code !== 0) throw new Error(`recordings CLI failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as CliAnswer;
}

/** A recorded call of `phone`: its contact record through Kinesis and its WAV in the bucket. */
async function recordedCall(hotline: HotlineId, phone: string, options: { startedAt?: Date } = {}) {
  const names = recordingResources(resources, hotline);
  const call = contactRecord({ hotline, phone, bucket: names.bucket, ...options });
  const audio = wavBytes(call.contactId);
  // Every consumer of the stream (recording index, contact-record store, quality) took it; none failed.
  const pushed = await pushContactRecord(apiUrl, hotline, call.record);
  expect(pushed).toMatchObject({ failed: 0 });
  expect(pushed.delivered).toBeGreaterThanOrEqual(1);
  await putRecording(localS3(resources), names.bucket, call.key, audio);
  return { ...call, audio };
}

describe('call recordings for the authorized body (local runtime)', () => {
  it('hands over the recording of a call: contact record -> index -> request -> signed URL -> audio', async () => {
    const phone = uniquePhone();
    const call = await recordedCall('1414', phone);

    const answer = await requestRecordings('1414', almatyDay(call.startedAt), phone.replace('+7', '8'));

    expect(answer.status).toBe('fulfilled');
    expect(answer.recordings.map((r) => r.contactId)).toEqual([call.contactId]);
    const audio = await fetch(answer.recordings[0]!.url);
    expect(audio.status).toBe(200);
    expect(Buffer.from(await audio.arrayBuffer()).equals(call.audio)).toBe(true);
  });

  it('gives 1414 four hours and signs URLs for at most 15 minutes, new ones on every read', async () => {
    const phone = uniquePhone();
    const call = await recordedCall('1414', phone);
    const before = Date.now();

    const first = await requestRecordings('1414', almatyDay(call.startedAt), phone);
    // Signatures carry the time to the second: read again in the next one.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = await status('1414', first.requestId);

    const deadline = Date.parse(first.deadline);
    expect(deadline).toBeGreaterThan(before + 4 * 3_600_000 - 60_000);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 4 * 3_600_000);
    for (const link of [...first.recordings, ...second.recordings]) {
      expect(Date.parse(link.expiresAt)).toBeLessThanOrEqual(Date.now() + MAX_URL_SECONDS * 1000);
      expect(Number(new URL(link.url).searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(
        MAX_URL_SECONDS,
      );
    }
    expect(second.recordings[0]!.url).not.toBe(first.recordings[0]!.url);
  });

  it('refuses a tampered URL', async () => {
    const phone = uniquePhone();
    const call = await recordedCall('1414', phone);
    const other = await recordedCall('1414', uniquePhone());
    const { recordings } = await requestRecordings('1414', almatyDay(call.startedAt), phone);
    const url = new URL(recordings[0]!.url);

    const otherObject = new URL(url);
    otherObject.pathname = url.pathname.replace(call.contactId, other.contactId);
    const otherSignature = new URL(url);
    otherSignature.searchParams.set('X-Amz-Signature', '0'.repeat(64));
    const longerLife = new URL(url);
    longerLife.searchParams.set('X-Amz-Expires', '604800');
    const signatureCutOff = new URL(url);
    signatureCutOff.search = '';

    for (const tampered of [otherObject, otherSignature, longerLife, signatureCutOff]) {
      expect((await fetch(tampered)).status).toBe(403);
    }
  });

  it('refuses an expired URL', async () => {
    const phone = uniquePhone();
    const call = await recordedCall('1414', phone);
    const names = recordingResources(resources, '1414');
    const url = await getSignedUrl(
      localS3(resources),
      new GetObjectCommand({ Bucket: names.bucket, Key: call.key }),
      {
        expiresIn: 1,
      },
    );
    expect((await fetch(url)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 2_000));

    expect((await fetch(url)).status).toBe(403);
  });

  it('waits for a recording still being uploaded, then hands it over', async () => {
    const phone = uniquePhone();
    const names = recordingResources(resources, '1414');
    const call = contactRecord({ hotline: '1414', phone, bucket: names.bucket });
    await pushContactRecord(apiUrl, '1414', call.record);

    const waiting = await requestRecordings('1414', almatyDay(call.startedAt), phone, [], 0);
    expect(waiting.status).toBe('waiting_for_upload');
    expect(waiting.recordings).toEqual([]);

    const audio = wavBytes(`late-${call.contactId}`);
    await putRecording(localS3(resources), names.bucket, call.key, audio);
    const fulfilled = await status('1414', waiting.requestId);

    expect(fulfilled.status).toBe('fulfilled');
    const fetched = await fetch(fulfilled.recordings[0]!.url);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(audio)).toBe(true);
  });

  it('files a contact once however often and in whatever order its records arrive, without the number', async () => {
    const phone = uniquePhone();
    const names = recordingResources(resources, '1414');
    const startedAt = new Date(Date.now() - 20 * 60_000);
    const contactId = `dup-${Date.now()}`;
    const early = contactRecord({
      hotline: '1414',
      phone,
      bucket: names.bucket,
      contactId,
      startedAt,
      withoutRecording: true,
    });
    const late = contactRecord({
      hotline: '1414',
      phone,
      bucket: names.bucket,
      contactId,
      startedAt,
      lastUpdate: new Date(startedAt.getTime() + 15 * 60_000),
    });

    for (const record of [late.record, late.record, early.record, late.record]) {
      await pushContactRecord(apiUrl, '1414', record);
    }
    await putRecording(localS3(resources), names.bucket, late.key, wavBytes(contactId));

    const dynamo = localDynamo(resources);
    const key = await readHashKey(dynamo, names.hashKeyTable);
    const { Items } = await dynamo.send(
      new QueryCommand({
        TableName: names.indexTable,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: {
          ':pk': { S: `LOOKUP#${lookupHash(key!, phone, almatyDay(startedAt))}` },
        },
      }),
    );
    expect(Items?.map((item) => item['contactId']?.S)).toEqual([contactId]);
    const answer = await requestRecordings('1414', almatyDay(startedAt), phone);
    expect(answer.recordings.map((r) => r.contactId)).toEqual([contactId]);

    const { Items: everything } = await dynamo.send(new ScanCommand({ TableName: names.indexTable }));
    expect(JSON.stringify(everything)).not.toContain(phone.slice(2));
  });

  it('ends a request for a number with no calls that day as "no recordings", not as a breach', async () => {
    const phone = uniquePhone();
    const twoDaysAgo = almatyDay(new Date(Date.now() - 2 * 86_400_000));

    const answer = await requestRecordings('1414', twoDaysAgo, phone);

    expect(answer).toMatchObject({ status: 'no_recordings', recordings: [] });
  });

  it('requires 111 requests to name their deadline (400)', async () => {
    const response = await callApi<{ message: string }>({
      hotline: '111',
      role: 'authority',
      method: 'POST',
      path: '/recordings/requests',
      body: { date: almatyDay(new Date()), phone: uniquePhone(), reason: 'Letter 17' },
    });

    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/deadline/);
  });

  it('delivers 111 recordings from 111’s own bucket by the deadline the request names', async () => {
    const phone = uniquePhone();
    const call = await recordedCall('111', phone);
    const deadline = new Date(Date.now() + 2 * 86_400_000).toISOString();

    const answer = await requestRecordings('111', almatyDay(call.startedAt), phone, ['--deadline', deadline]);

    expect(answer).toMatchObject({ status: 'fulfilled', deadline });
    expect(new URL(answer.recordings[0]!.url).pathname).toContain(
      recordingResources(resources, '111').bucket,
    );
  });

  it('writes every request, fulfilment and issued URL to the audit log with the caller, for supervisors', async () => {
    const phone = uniquePhone();
    const call = await recordedCall('1414', phone);
    const { requestId } = await requestRecordings('1414', almatyDay(call.startedAt), phone);
    const today = almatyDay(new Date());

    const log = await callApi<{
      events: Array<{ action: string; requestId?: string; actor: { session: string } }>;
    }>({
      hotline: '1414',
      role: 'supervisor',
      method: 'GET',
      path: `/recordings/audit?from=${almatyDay(new Date(Date.now() - 86_400_000))}&to=${today}`,
    });

    expect(log.status).toBe(200);
    const mine = log.body.events.filter((event) => event.requestId === requestId);
    expect(mine.map((event) => event.action)).toEqual([
      'request_registered',
      'request_fulfilled',
      'url_issued',
    ]);
    expect(mine.every((event) => event.actor.session === 'local-authority')).toBe(true);
  });
});

describe('who may ask for recordings', () => {
  async function signed(path: string, method: 'GET' | 'POST', accessKeyId: string, secretAccessKey: string) {
    const url = new URL(`${apiUrl}${path}`);
    const body =
      method === 'POST'
        ? JSON.stringify({ date: '2026-01-01', phone: '+77010000000', reason: 'x' })
        : undefined;
    const signer = new SignatureV4({
      credentials: { accessKeyId, secretAccessKey },
      region: resources.region,
      service: 'execute-api',
      sha256: Sha256,
    });
    const request = await signer.sign({
      method,
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: {},
      headers: { host: url.host, ...(body ? { 'content-type': 'application/json' } : {}) },
      body,
    } as Parameters<SignatureV4['sign']>[0]);
    return fetch(url, { method, headers: request.headers as Record<string, string>, body });
  }

  it('refuses an unsigned request', async () => {
    const response = await fetch(`${apiUrl}/1414/recordings/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2026-01-01', phone: '+77010000000', reason: 'curious' }),
    });
    expect([401, 403]).toContain(response.status);
  });

  it('refuses a request signed with the wrong secret', async () => {
    const { accessKeyId } = credentialsFor('1414', 'authority');
    const response = await signed('/1414/recordings/requests', 'POST', accessKeyId, 'x'.repeat(40));
    expect([401, 403]).toContain(response.status);
  });

  it.each(['operator', 'supervisor', 'kbEditor', 'webPortal'] as const)(
    'refuses the %s role: only the authorized body may request recordings',
    async (role) => {
      const { accessKeyId, secretAccessKey } = credentialsFor('1414', role);
      const response = await signed('/1414/recordings/requests', 'POST', accessKeyId, secretAccessKey);
      expect(response.status).toBe(403);
    },
  );

  it('keeps 111’s requests closed to 1414’s authority identity', async () => {
    const phone = uniquePhone();
    const call = await recordedCall('111', phone);
    const deadline = new Date(Date.now() + 86_400_000).toISOString();
    const { requestId } = await requestRecordings('111', almatyDay(call.startedAt), phone, [
      '--deadline',
      deadline,
    ]);
    const { accessKeyId, secretAccessKey } = credentialsFor('1414', 'authority');

    const response = await signed(
      `/111/recordings/requests/${requestId}`,
      'GET',
      accessKeyId,
      secretAccessKey,
    );

    expect(response.status).toBe(403);
  });

  it('keeps the audit log closed to the authority role', async () => {
    const response = await callApi({
      hotline: '1414',
      role: 'authority',
      method: 'GET',
      path: `/recordings/audit?from=${almatyDay(new Date())}`,
    });
    expect(response.status).toBe(403);
  });
});
