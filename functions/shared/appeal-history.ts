import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../contracts/keys/appeal-keys';
import { dynamoDocuments } from './aws-clients';

/** One entry of an appeal's append-only history. `type` names what happened; the rest is its data. */
export interface HistoryEntry {
  readonly type: string;
  readonly at: string;
  readonly actor?: string;
  readonly [detail: string]: unknown;
}

/**
 * Appends an event to an appeal's history. Entries are only ever added (a conditional put that refuses to
 * overwrite), never changed, so the history is a faithful record for supervisors and auditors.
 */
export async function appendHistory(tableName: string, number: string, entry: HistoryEntry): Promise<void> {
  await dynamoDocuments().send(
    new PutCommand({
      TableName: tableName,
      Item: { ...appealKeys.historyEvent(number, entry.at, randomUUID()), kind: 'history', number, ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}
