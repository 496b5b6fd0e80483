import middy from '@middy/core';
import type { KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { ENV, readEnv } from '../shared/env';
import { storeContactRecords } from './store-records';

const env = readEnv([ENV.contactRecordsTable, ENV.hotline]);
const deps = { table: env[ENV.contactRecordsTable], hotline: env[ENV.hotline] };

/** Kinesis (Connect contact records) -> the contact-record store, reporting per-record failures. */
export const handler = middy<KinesisStreamEvent, KinesisStreamBatchResponse>().handler(async (event) => ({
  batchItemFailures: await storeContactRecords(event.Records, deps),
}));
