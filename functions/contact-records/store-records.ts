import type { KinesisStreamBatchItemFailure, KinesisStreamRecord } from 'aws-lambda';
import { logger } from '../shared/logger';
import { putSummary } from './adapters/summary-store';
import { summaryExpiresAt } from './domain/retention';
import { summarize } from './domain/summary';

export interface StoringDeps {
  readonly table: string;
  readonly hotline: string;
}

/**
 * Stores the summary of each contact record of a Kinesis batch, in order. A record that is not a contact
 * record is skipped (logged by sequence number, never by content) so it cannot block the shard; a failed
 * write stops the batch and reports that record, and Lambda retries from it (writes are idempotent).
 */
export async function storeContactRecords(
  records: readonly KinesisStreamRecord[],
  deps: StoringDeps,
): Promise<KinesisStreamBatchItemFailure[]> {
  for (const record of records) {
    const sequenceNumber = record.kinesis.sequenceNumber;
    try {
      const decision = summarize(decode(record));
      if (decision.kind === 'skipped') {
        logger.info('Contact record not summarised', { sequenceNumber, reason: decision.reason });
        continue;
      }
      const { summary } = decision;
      const write = await putSummary(
        deps.table,
        deps.hotline,
        summary,
        summaryExpiresAt(summary.initiatedAt),
      );
      logger.info('Contact record summarised', { contactId: summary.contactId, write });
    } catch (error) {
      logger.error('Storing a contact record summary failed', { sequenceNumber, error: error as Error });
      return [{ itemIdentifier: sequenceNumber }];
    }
  }
  return [];
}

function decode(record: KinesisStreamRecord): unknown {
  try {
    return JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
}
