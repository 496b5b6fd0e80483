import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRequest, type StoredRequest } from '../../../functions/recordings/adapters/request-store';
import type { DeadlineClock } from '../../../functions/recordings/deadline-clock';
import { SYSTEM_ACTOR } from '../../../functions/recordings/domain/audit';
import {
  advanceRequest,
  type RequestServiceDeps,
  registerRequest,
} from '../../../functions/recordings/request-service';
import { sweepRequests } from '../../../functions/recordings/sweep';
import {
  almatyDay,
  contactRecord,
  localS3,
  pushContactRecord,
  putRecording,
  recordingResources,
  uniquePhone,
  wavBytes,
} from '../../support/recordings/fixtures';
import { engineKeys, localResources, useTestRuntime } from '../../support/runtime';

// The request service and the sweep run here, in the test process, against the runtime's DynamoDB Local and
// S3 server (the runtime has no EventBridge schedule to run the sweep), with a deadline clock that records.

const SDK_ENV = [
  'AWS_ENDPOINT_URL_DYNAMODB',
  'AWS_ENDPOINT_URL_S3',
  'AWS_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_REQUEST_CHECKSUM_CALCULATION',
] as const;
const saved: Record<string, string | undefined> = {};

let apiUrl: string;
let resources: Awaited<ReturnType<typeof localResources>>;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  resources = await localResources(apiUrl);
  for (const name of SDK_ENV) saved[name] = process.env[name];
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_DYNAMODB: resources.dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: resources.s3Endpoint,
    AWS_REGION: resources.region,
    AWS_ACCESS_KEY_ID: engineKeys().accessKeyId,
    AWS_SECRET_ACCESS_KEY: engineKeys().secretAccessKey,
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
  });
});

afterAll(() => {
  for (const name of SDK_ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

class RecordingClock implements DeadlineClock {
  readonly started: string[] = [];
  readonly stopped: Array<[string, string]> = [];
  failStarts = 0;

  async start(input: { requestId: string }): Promise<void> {
    if (this.failStarts > 0) {
      this.failStarts--;
      throw new Error('Step Functions unavailable');
    }
    this.started.push(input.requestId);
  }

  async stop(requestId: string, outcome: string): Promise<void> {
    this.stopped.push([requestId, outcome]);
  }
}

function servicesFor(clock: DeadlineClock, now: () => number = Date.now) {
  const names = recordingResources(resources, '1414');
  const deps: RequestServiceDeps & { hashKeyTable: string } = {
    hotline: '1414',
    requestsTable: names.requestsTable,
    indexTable: names.indexTable,
    auditTable: names.auditTable,
    hashKeyTable: names.hashKeyTable,
    policy: { requestHours: 4, retentionDays: 1095 },
    clock,
    now,
  };
  return { deps, names };
}

const authority = { arn: 'arn:aws:sts::000000000000:assumed-role/authority/test', session: 'test' };

async function callWithoutUpload(bucket: string) {
  const phone = uniquePhone();
  const call = contactRecord({ hotline: '1414', phone, bucket });
  await pushContactRecord(apiUrl, '1414', call.record);
  return { phone, call };
}

async function reread(deps: RequestServiceDeps, request: StoredRequest): Promise<StoredRequest> {
  return (await readRequest(deps.requestsTable, request.requestId))!;
}

describe('fulfilling recording requests nobody is reading', () => {
  it('fulfils a request on the next sweep once its late recording arrives, and stops its clock as met', async () => {
    const clock = new RecordingClock();
    const { deps, names } = servicesFor(clock);
    const { phone, call } = await callWithoutUpload(names.bucket);
    const request = await registerRequest(
      deps,
      { date: almatyDay(call.startedAt), phone, reason: 'Letter 1' },
      authority,
    );
    expect(request.status).toBe('waiting_for_upload');
    expect(clock.started).toEqual([request.requestId]);

    await putRecording(localS3(resources), names.bucket, call.key, wavBytes(call.contactId));
    await sweepRequests(deps);

    const swept = await reread(deps, request);
    expect(swept).toMatchObject({ status: 'fulfilled', deadlineMet: true, clockStopped: true });
    expect(swept.recordings?.map((r) => r.contactId)).toEqual([call.contactId]);
    expect(clock.stopped).toContainEqual([request.requestId, 'met']);
  });

  it('registers a request even when its clock cannot start, and the sweep starts the clock later', async () => {
    const clock = new RecordingClock();
    clock.failStarts = 1;
    const { deps, names } = servicesFor(clock);
    const { phone, call } = await callWithoutUpload(names.bucket);

    const request = await registerRequest(
      deps,
      { date: almatyDay(call.startedAt), phone, reason: 'Letter 2' },
      authority,
    );
    expect(request.clockStarted).toBe(false);

    await sweepRequests(deps);

    expect(clock.started).toContain(request.requestId);
    expect((await reread(deps, request)).clockStarted).toBe(true);
  });

  it('marks a request breached when its deadline passes while waiting, and still fulfils it late', async () => {
    const clock = new RecordingClock();
    let now = Date.now();
    const { deps, names } = servicesFor(clock, () => now);
    const { phone, call } = await callWithoutUpload(names.bucket);
    // A deadline shorter than the upload grace: the recording is still expected when the deadline passes.
    const request = await registerRequest(
      deps,
      {
        date: almatyDay(call.startedAt),
        phone,
        reason: 'Letter 3',
        deadline: new Date(now + 10 * 60_000).toISOString(),
      },
      authority,
    );

    now = Date.parse(request.deadline) + 60_000;
    const breached = await advanceRequest(deps, request, SYSTEM_ACTOR);
    expect(breached.status).toBe('breached');
    expect(clock.stopped).toEqual([]);

    await putRecording(localS3(resources), names.bucket, call.key, wavBytes(call.contactId));
    const late = await advanceRequest(deps, breached, SYSTEM_ACTOR);

    expect(late).toMatchObject({ status: 'fulfilled', deadlineMet: false });
    expect(clock.stopped).toEqual([[request.requestId, 'met']]);
  });
});
