import type { KinesisStreamBatchItemFailure, KinesisStreamRecord } from 'aws-lambda';
import { logger } from './logger';

/**
 * Handles the records of a Kinesis batch one after another, each given as its decoded JSON (`undefined` when
 * the data is not JSON, so the handler can skip it and it never blocks the shard). The first record that
 * fails stops the batch and is reported as the batch item failure: Lambda retries from it, so nothing after
 * it is lost, and the handlers' writes are idempotent, so the records before it may safely run again.
 * Only the sequence number is logged, never the record's content (it carries phone numbers).
 */
export async function handleInOrder(
  records: readonly KinesisStreamRecord[],
  failureMessage: string,
  handle: (payload: unknown, sequenceNumber: string) => Promise<void>,
): Promise<KinesisStreamBatchItemFailure[]> {
  for (const record of records) {
    const sequenceNumber = record.kinesis.sequenceNumber;
    try {
      await handle(decodeJson(record), sequenceNumber);
    } catch (error) {
      logger.error(failureMessage, { sequenceNumber, error: error as Error });
      return [{ itemIdentifier: sequenceNumber }];
    }
  }
  return [];
}

function decodeJson(record: KinesisStreamRecord): unknown {
  try {
    return JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
}
