import type { KinesisStreamBatchItemFailure, KinesisStreamRecord } from 'aws-lambda';
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
export async function indexContactRecords(
  records: readonly KinesisStreamRecord[],
  deps: IndexingDeps,
): Promise<KinesisStreamBatchItemFailure[]> {
  for (const record of records) {
    const sequenceNumber = record.kinesis.sequenceNumber;
    try {
      const key = await recordingHashKey(deps.hashKeyTable);
      const decision = indexEntryOf(decode(record), {
        key,
        recordingsBucket: deps.recordingsBucket,
        retentionDays: deps.policy.retentionDays,
        now: deps.now(),
      });
      if (decision.kind === 'skipped') {
        logger.info('Contact record not indexed', { sequenceNumber, reason: decision.reason });
        continue;
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
    } catch (error) {
      logger.error('Indexing a contact record failed', { sequenceNumber, error: error as Error });
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
