import type { KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { ENV, readEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { putCall } from './adapters/quality-store';
import { answeredCallOf } from './domain/call-fact';

const table = readEnv([ENV.evaluationsTable])[ENV.evaluationsTable];

/**
 * Contact records (Kinesis) -> the answered calls of each week, which supervisors sample and evaluate.
 * Records that are not answered voice calls are skipped; a record that fails to store is reported as a
 * batch item failure so Lambda retries from it (and nothing after it is lost).
 */
export const handler = async (event: KinesisStreamEvent): Promise<KinesisStreamBatchResponse> => {
  for (const record of event.Records) {
    try {
      const call = answeredCallOf(JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8')));
      if (call) await putCall(table, call);
    } catch (error) {
      if (error instanceof SyntaxError) {
        logger.warn('Skipped a contact record that is not JSON', { sequence: record.kinesis.sequenceNumber });
        continue;
      }
      logger.error('Could not file an answered call', { error: error as Error });
      return { batchItemFailures: [{ itemIdentifier: record.kinesis.sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
};
