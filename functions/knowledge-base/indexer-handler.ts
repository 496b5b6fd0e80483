import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { ENV, readEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { CatalogStore } from './adapters/catalog-store';
import { changedEntities } from './domain/catalog';

const env = readEnv([ENV.knowledgeTable]);
const catalog = new CatalogStore(env[ENV.knowledgeTable]);

/**
 * The table's stream (filtered to head items: articles and referral bodies) -> one numbered catalog change
 * per batch, which every warm search function applies within seconds. The batch succeeds or fails as one:
 * on failure every record is reported, so Lambda retries the batch (recording a change twice only makes
 * search functions fetch the same heads again).
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
  const ids = changedEntities(
    event.Records.map((record) => record.dynamodb?.Keys?.['pk']?.S).filter((pk) => pk !== undefined),
  );
  if (ids.articles.length === 0 && ids.referrals.length === 0) return { batchItemFailures: [] };
  try {
    const version = await catalog.appendChange(ids, new Date());
    logger.info('Catalog change recorded', {
      version,
      articles: ids.articles.length,
      referrals: ids.referrals.length,
    });
    return { batchItemFailures: [] };
  } catch (error) {
    logger.error('Catalog change could not be recorded', { error: error as Error });
    return {
      batchItemFailures: event.Records.map((record) => ({
        itemIdentifier: record.dynamodb?.SequenceNumber ?? '',
      })),
    };
  }
});
