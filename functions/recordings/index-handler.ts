import middy from '@middy/core';
import type { KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { ENV, readEnv } from '../shared/env';
import { parseRecordingsPolicy } from './domain/policy';
import { indexContactRecords } from './index-records';

const env = readEnv([
  ENV.recordingIndexTable,
  ENV.recordingHashKeyTable,
  ENV.recordingsBucket,
  ENV.recordingsPolicy,
]);
const deps = {
  indexTable: env[ENV.recordingIndexTable],
  hashKeyTable: env[ENV.recordingHashKeyTable],
  recordingsBucket: env[ENV.recordingsBucket],
  policy: parseRecordingsPolicy(env[ENV.recordingsPolicy]),
  now: () => Date.now(),
};

/** Kinesis (Connect contact records) -> the recording index, reporting per-record failures. */
export const handler = middy<KinesisStreamEvent, KinesisStreamBatchResponse>().handler(async (event) => ({
  batchItemFailures: await indexContactRecords(event.Records, deps),
}));
