import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { ENV, readEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { CatalogStore } from './adapters/catalog-store';
import { changedEntities } from './domain/catalog';
import { writeSnapshot } from './domain/snapshot';
import { WarmIndex } from './domain/warm-index';
import { snapshotLoader, snapshotStore } from './search-snapshots';

const env = readEnv([ENV.knowledgeTable]);
const catalog = new CatalogStore(env[ENV.knowledgeTable]);
const snapshots = snapshotStore();
/**
 * The indexer's own copy of the search index, kept across invocations like a reader's: loaded from the last
 * snapshot (or built from the table) once, then brought up to date with the changes it records.
 */
const warmIndex = new WarmIndex(catalog, {
  snapshot: snapshotLoader(snapshots),
  onError: (error) => logger.warn('Search index refresh failed in the indexer', { error }),
  onReady: (ready) => logger.info('Indexer search index ready', { ...ready }),
});
let written = -1;

/**
 * The table's stream (filtered to head items: articles and referral bodies) -> one numbered catalog change
 * per batch, which every warm search function applies within seconds. The batch succeeds or fails as one:
 * on failure every record is reported, so Lambda retries the batch (recording a change twice only makes
 * search functions fetch the same heads again).
 *
 * After recording the change, the index is brought up to date and written as the snapshot cold search
 * functions load. A snapshot that cannot be written fails nothing: the change is recorded, and readers
 * apply it from the change log on top of the snapshot they find.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
  const ids = changedEntities(
    event.Records.map((record) => record.dynamodb?.Keys?.['pk']?.S).filter((pk) => pk !== undefined),
  );
  if (ids.articles.length === 0 && ids.referrals.length === 0) return { batchItemFailures: [] };
  let version: number;
  try {
    version = await catalog.appendChange(ids, new Date());
    logger.info('Catalog change recorded', {
      version,
      articles: ids.articles.length,
      referrals: ids.referrals.length,
    });
  } catch (error) {
    logger.error('Catalog change could not be recorded', { error: error as Error });
    return {
      batchItemFailures: event.Records.map((record) => ({
        itemIdentifier: record.dynamodb?.SequenceNumber ?? '',
      })),
    };
  }
  await writeLatestSnapshot();
  return { batchItemFailures: [] };
});

async function writeLatestSnapshot(): Promise<void> {
  try {
    const started = Date.now();
    const index = await warmIndex.fresh();
    const watermark = warmIndex.stats()!.catalogVersion;
    // Nothing recorded since this environment wrote its last snapshot.
    if (watermark <= written) return;
    const bytes = writeSnapshot(index, watermark, new Date());
    await snapshots.put(bytes, watermark);
    written = watermark;
    logger.info('Search index snapshot written', {
      watermark,
      documents: index.size,
      bytes: bytes.length,
      ms: Date.now() - started,
    });
  } catch (error) {
    logger.error('Search index snapshot could not be written; readers apply the change log instead', {
      error: error as Error,
    });
  }
}
