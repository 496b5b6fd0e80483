import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  type QueryCommandOutput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  articlePk,
  CATALOG_KEY,
  CATALOG_SHARDS,
  CHANGES_PK,
  catalogShardPk,
  changeSk,
  type EntityKind,
  HEAD_SK,
  LISTS_INDEX,
  listSkPrefix,
  referralPk,
} from '../../../contracts/keys/knowledge-base-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { CatalogChange, CatalogSource, ChangedEntities, PublishedCatalog } from '../domain/catalog';
import type { KbArticle, ReferralBody } from '../domain/types';
import { isConditionFailure, pause } from './conditions';

type Item = Record<string, unknown>;

/** Changes are kept a week: a warm function that slept longer rebuilds its index instead. */
const CHANGE_TTL_SECONDS = 7 * 24 * 3600;
const MAX_APPEND_ATTEMPTS = 12;
const BATCH_GET_SIZE = 100;
const BATCH_GET_CONCURRENCY = 8;

/** The published catalog as the search index reads it, and the change log the indexer writes. */
export class CatalogStore implements CatalogSource {
  constructor(
    private readonly table: string,
    private readonly db: DynamoDBDocumentClient = dynamoDocuments(),
  ) {}

  async version(): Promise<number> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.table, Key: CATALOG_KEY, ConsistentRead: true }),
    );
    return Number(Item?.['version'] ?? 0);
  }

  /** All published heads: one paged Query per index shard, the shards in parallel. */
  async loadAll(): Promise<PublishedCatalog> {
    const articles: KbArticle[] = [];
    const referrals: ReferralBody[] = [];
    await Promise.all(
      Array.from({ length: CATALOG_SHARDS }, async (_, shard) => {
        let startKey: Item | undefined;
        do {
          const page: QueryCommandOutput = await this.db.send(
            new QueryCommand({
              TableName: this.table,
              IndexName: LISTS_INDEX,
              KeyConditionExpression: 'listPk = :shard',
              ExpressionAttributeValues: { ':shard': catalogShardPk(shard) },
              ExclusiveStartKey: startKey,
            }),
          );
          for (const item of page.Items ?? []) {
            if (item['kind'] === 'article' && item['article']) articles.push(item['article'] as KbArticle);
            else if (item['kind'] === 'referral') referrals.push(item['referral'] as ReferralBody);
          }
          startKey = page.LastEvaluatedKey;
        } while (startKey);
      }),
    );
    return { articles, referrals };
  }

  async changesAfter(version: number, limit: number): Promise<CatalogChange[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND sk > :after',
        ExpressionAttributeValues: { ':pk': CHANGES_PK, ':after': changeSk(version) },
        ConsistentRead: true,
        Limit: limit,
      }),
    );
    return Items.map((item) => ({
      version: Number(item['version']),
      at: Date.parse(String(item['at'])),
      articles: (item['articles'] as string[] | undefined) ?? [],
      referrals: (item['referrals'] as string[] | undefined) ?? [],
    }));
  }

  async load(ids: ChangedEntities) {
    const keys = [
      ...ids.articles.map((id) => ({ pk: articlePk(id), sk: HEAD_SK })),
      ...ids.referrals.map((id) => ({ pk: referralPk(id), sk: HEAD_SK })),
    ];
    const articles = new Map<string, KbArticle>();
    const referrals = new Map<string, ReferralBody>();
    for (const item of await this.batchGet(keys)) {
      if (item['kind'] === 'article' && item['article']) {
        const article = item['article'] as KbArticle;
        articles.set(article.id, article);
      } else if (item['kind'] === 'referral') {
        const referral = item['referral'] as ReferralBody;
        referrals.set(referral.id, referral);
      }
    }
    return { articles, referrals };
  }

  /** Strongly consistent BatchGetItem, 100 keys a call and a few calls at once, retrying what is left. */
  async batchGet(keys: readonly Item[]): Promise<Item[]> {
    const chunks: Item[][] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET_SIZE)
      chunks.push(keys.slice(start, start + BATCH_GET_SIZE));
    const items: Item[] = [];
    const worker = async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift())
        items.push(...(await this.batchGetChunk(chunk)));
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_GET_CONCURRENCY, chunks.length) }, worker));
    return items;
  }

  private async batchGetChunk(keys: Item[]): Promise<Item[]> {
    const items: Item[] = [];
    let pending = keys;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error('DynamoDB left keys unprocessed');
      if (attempt > 0) await pause(Math.min(50 * 2 ** attempt, 1000));
      const answer = await this.db.send(
        new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }),
      );
      items.push(...(answer.Responses?.[this.table] ?? []));
      pending = (answer.UnprocessedKeys?.[this.table]?.Keys as Item[] | undefined) ?? [];
    }
    return items;
  }

  /**
   * Records one catalog change: the counter moves from n to n+1 and change n+1 is written in the same
   * transaction, on condition that the counter is still n. Readers therefore never see a counter without
   * its change, nor changes out of order.
   */
  async appendChange(ids: ChangedEntities, at: Date): Promise<number> {
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
      const current = await this.version();
      const next = current + 1;
      try {
        await this.db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: this.table,
                  Key: CATALOG_KEY,
                  UpdateExpression: 'SET version = :next, updatedAt = :at',
                  ConditionExpression: current === 0 ? 'attribute_not_exists(pk)' : 'version = :current',
                  ExpressionAttributeValues: {
                    ':next': next,
                    ':at': at.toISOString(),
                    ...(current === 0 ? {} : { ':current': current }),
                  },
                },
              },
              {
                Put: {
                  TableName: this.table,
                  Item: {
                    pk: CHANGES_PK,
                    sk: changeSk(next),
                    version: next,
                    articles: ids.articles,
                    referrals: ids.referrals,
                    at: at.toISOString(),
                    expiresAt: Math.floor(at.getTime() / 1000) + CHANGE_TTL_SECONDS,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
          }),
        );
        return next;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        await pause(10 + Math.random() * 40 * (attempt + 1));
      }
    }
    throw new Error('Catalog change could not be recorded: the counter kept moving');
  }

  /**
   * One page of published heads of a kind, for the export: `cursor` names a shard and a position in it.
   * Pages end at shard boundaries, so a page may be empty while `next` is still set.
   */
  async exportPage(
    kind: EntityKind,
    cursor: ExportCursor | undefined,
    limit: number,
  ): Promise<{ items: Item[]; next?: ExportCursor }> {
    const shard = cursor?.shard ?? 0;
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: LISTS_INDEX,
        KeyConditionExpression: 'listPk = :shard AND begins_with(listSk, :kind)',
        ExpressionAttributeValues: { ':shard': catalogShardPk(shard), ':kind': listSkPrefix(kind) },
        ExclusiveStartKey: cursor?.key,
        Limit: limit,
      }),
    );
    const next: ExportCursor | undefined = page.LastEvaluatedKey
      ? { shard, key: page.LastEvaluatedKey }
      : shard + 1 < CATALOG_SHARDS
        ? { shard: shard + 1 }
        : undefined;
    return { items: page.Items ?? [], ...(next ? { next } : {}) };
  }
}

export interface ExportCursor {
  readonly shard: number;
  readonly key?: Item;
}
