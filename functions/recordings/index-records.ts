import type { KinesisStreamBatchItemFailure, KinesisStreamRecord } from 'aws-lambda';
import { handleInOrder } from '../shared/kinesis-batch';
import { logger } from '../shared/logger';
import { recordingHashKey } from './adapters/hash-key';
import { indexContact } from './adapters/index-store';
import { indexEntryOf } from './domain/contact-record';
import type { RecordingsPolicy } from './domain/policy';

export interface IndexingDeps {
  readonly indexTable: string;
  readonly hashKeyTable: string;
  readonly recordingsBucket: string;
  readonly policy: RecordingsPolicy;
  readonly now: () => number;
}

/**
 * Indexes a batch of contact records from Kinesis, in order. A record that is not a contact record, or not a
 * call with a caller's number, is skipped (logged by sequence number, never by content) so it cannot block the
 * shard. A failure to write stops the batch there and reports that record: Lambda retries from it, and the
 * records already indexed are harmless to index again (merging is idempotent).
 */
export function indexContactRecords(
  records: readonly KinesisStreamRecord[],
  deps: IndexingDeps,
): Promise<KinesisStreamBatchItemFailure[]> {
  return handleInOrder(records, 'Indexing a contact record failed', async (payload, sequenceNumber) => {
    const key = await recordingHashKey(deps.hashKeyTable);
    const decision = indexEntryOf(payload, {
      key,
      recordingsBucket: deps.recordingsBucket,
      retentionDays: deps.policy.retentionDays,
      now: deps.now(),
    });
    if (decision.kind === 'skipped') {
      logger.info('Contact record not indexed', { sequenceNumber, reason: decision.reason });
      return;
    }
    if (decision.foreignRecordings > 0) {
      logger.warn('Contact record names recordings outside the recordings bucket', {
        sequenceNumber,
        contactId: decision.entry.contactId,
        count: decision.foreignRecordings,
      });
    }
    const write = await indexContact(deps.indexTable, decision.entry);
    logger.info('Contact indexed', { contactId: decision.entry.contactId, write });
  });
}
