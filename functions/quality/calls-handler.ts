import type { KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { ENV, readEnv } from '../shared/env';
import { handleInOrder } from '../shared/kinesis-batch';
import { putCall } from './adapters/quality-store';
import { answeredCallOf } from './domain/call-fact';

const table = readEnv([ENV.evaluationsTable])[ENV.evaluationsTable];

/**
 * Contact records (Kinesis) -> the answered calls of each week, which supervisors sample and evaluate.
 * Records that are not answered voice calls (or not JSON) are skipped; a record that fails to store is
 * reported as a batch item failure so Lambda retries from it (and nothing after it is lost).
 */
export const handler = async (event: KinesisStreamEvent): Promise<KinesisStreamBatchResponse> => ({
  batchItemFailures: await handleInOrder(
    event.Records,
    'Could not file an answered call',
    async (payload) => {
      const call = answeredCallOf(payload);
      if (call) await putCall(table, call);
    },
  ),
});
