import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { contactRecordKeys } from '../../../contracts/keys/contact-record-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { ContactSummary } from '../domain/summary';

export type SummaryWrite = 'written' | 'older';

/**
 * Files a summary under its hotline and Almaty day. Connect may send a contact's record more than once and
 * out of order; the write is conditional on being at least as new as what is stored, so a late duplicate or an
 * older record changes nothing and the newest record of a contact always wins.
 */
export async function putSummary(
  tableName: string,
  hotline: string,
  summary: ContactSummary,
  expiresAt: number,
): Promise<SummaryWrite> {
  try {
    await dynamoDocuments().send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: contactRecordKeys.day(hotline, summary.day),
          sk: contactRecordKeys.contact(summary.contactId),
          ...summary,
          expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR lastUpdate <= :lastUpdate',
        ExpressionAttributeValues: { ':lastUpdate': summary.lastUpdate },
      }),
    );
    return 'written';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'older';
    throw error;
  }
}

export interface DayPage {
  readonly summaries: ContactSummary[];
  /** The contact id to continue after, when the day has more. */
  readonly more: string | undefined;
}

function toSummary(item: Record<string, unknown>): ContactSummary {
  const { pk: _pk, sk: _sk, expiresAt: _expiresAt, ...summary } = item;
  return summary as unknown as ContactSummary;
}

/** Up to `limit` contacts of one day, in contact-id order, after `after` when given. */
export async function readDay(
  tableName: string,
  hotline: string,
  day: string,
  limit: number,
  after?: string,
): Promise<DayPage> {
  const pk = contactRecordKeys.day(hotline, day);
  const summaries: ContactSummary[] = [];
  let startKey: Record<string, unknown> | undefined =
    after === undefined ? undefined : { pk, sk: contactRecordKeys.contact(after) };
  do {
    const page = await dynamoDocuments().send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ExclusiveStartKey: startKey,
        Limit: limit - summaries.length,
      }),
    );
    for (const item of page.Items ?? []) summaries.push(toSummary(item));
    startKey = page.LastEvaluatedKey;
  } while (startKey && summaries.length < limit);
  return { summaries, more: startKey ? summaries.at(-1)?.contactId : undefined };
}
