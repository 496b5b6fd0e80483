import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { IndexEntry } from '../domain/contact-record';
import { indexKeys } from '../domain/keys';
import { mergeEntries, sameEntry } from '../domain/merge';

export type IndexWrite = 'created' | 'updated' | 'unchanged';

const MAX_ATTEMPTS = 5;

function toEntry(item: Record<string, unknown>): IndexEntry {
  const { pk: _pk, sk: _sk, version: _version, ...entry } = item;
  return entry as unknown as IndexEntry;
}

/**
 * Files a contact in the index, merging it with what is already there (see `domain/merge.ts`). Writes are
 * conditional on the version read, so two records of one contact processed at once never lose each other's
 * fields; a duplicate or older record changes nothing and writes nothing.
 */
export async function indexContact(tableName: string, incoming: IndexEntry): Promise<IndexWrite> {
  const key = indexKeys.entry(incoming.lookup, incoming.contactId);
  for (let attempt = 1; ; attempt++) {
    const { Item } = await dynamoDocuments().send(
      new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
    );
    const existing = Item ? toEntry(Item) : undefined;
    const version = typeof Item?.['version'] === 'number' ? Item['version'] : 0;
    const merged = mergeEntries(existing, incoming);
    if (existing && sameEntry(existing, merged)) return 'unchanged';
    try {
      await dynamoDocuments().send(
        new PutCommand({
          TableName: tableName,
          Item: { ...key, ...merged, version: version + 1 },
          ConditionExpression: existing ? 'version = :version' : 'attribute_not_exists(pk)',
          ...(existing ? { ExpressionAttributeValues: { ':version': version } } : {}),
        }),
      );
      return existing ? 'updated' : 'created';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/** Every contact filed under a lookup hash (one caller, one day). */
export async function entriesFor(tableName: string, lookup: string): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamoDocuments().send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': indexKeys.lookupPk(lookup) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) entries.push(toEntry(item));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return entries;
}
