import type { KinesisStreamBatchItemFailure, KinesisStreamRecord } from 'aws-lambda';
import { handleInOrder } from '../shared/kinesis-batch';
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
export function storeContactRecords(
  records: readonly KinesisStreamRecord[],
  deps: StoringDeps,
): Promise<KinesisStreamBatchItemFailure[]> {
  return handleInOrder(
    records,
    'Storing a contact record summary failed',
    async (payload, sequenceNumber) => {
      const decision = summarize(payload);
      if (decision.kind === 'skipped') {
        logger.info('Contact record not summarised', { sequenceNumber, reason: decision.reason });
        return;
      }
      const { summary } = decision;
      const write = await putSummary(
        deps.table,
        deps.hotline,
        summary,
        summaryExpiresAt(summary.initiatedAt),
      );
      logger.info('Contact record summarised', { contactId: summary.contactId, write });
    },
  );
}
