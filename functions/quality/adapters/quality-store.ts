import { GetCommand, PutCommand, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { type RatingItem, ratingKeys } from '../../../contracts/keys/rating-keys';
import { qualityKeys } from '../../../contracts/quality';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { AnsweredCall } from '../domain/call-fact';
import type { StoredEvaluation, StoredPractice } from '../records';

async function queryAll<T>(tableName: string, pk: string, skPrefix: string): Promise<T[]> {
  const items: T[] = [];
  let startKey: QueryCommandOutput['LastEvaluatedKey'];
  do {
    const page = await dynamoDocuments().send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const { pk: _pk, sk: _sk, ...item } of page.Items ?? []) items.push(item as T);
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Files an answered call under its week; a later record of the same contact replaces it. */
export async function putCall(tableName: string, call: AnsweredCall): Promise<void> {
  await dynamoDocuments().send(
    new PutCommand({
      TableName: tableName,
      Item: { pk: qualityKeys.week(call.week), sk: qualityKeys.call(call.contactId), ...call },
    }),
  );
}

export async function getCall(
  tableName: string,
  week: string,
  contactId: string,
): Promise<AnsweredCall | undefined> {
  const { Item } = await dynamoDocuments().send(
    new GetCommand({
      TableName: tableName,
      Key: { pk: qualityKeys.week(week), sk: qualityKeys.call(contactId) },
    }),
  );
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, ...call } = Item;
  return call as AnsweredCall;
}

export const callsOfWeek = (tableName: string, week: string) =>
  queryAll<AnsweredCall>(tableName, qualityKeys.week(week), 'CALL#');

export async function putEvaluation(tableName: string, evaluation: StoredEvaluation): Promise<void> {
  await dynamoDocuments().send(
    new PutCommand({
      TableName: tableName,
      Item: {
        pk: qualityKeys.week(evaluation.week),
        sk: qualityKeys.evaluation(evaluation.operator, evaluation.contactId),
        ...evaluation,
      },
    }),
  );
}

export const evaluationsOfWeek = (tableName: string, week: string, operator?: string) =>
  queryAll<StoredEvaluation>(tableName, qualityKeys.week(week), qualityKeys.evaluationsOf(operator));

export async function putPractice(tableName: string, result: StoredPractice): Promise<void> {
  await dynamoDocuments().send(
    new PutCommand({
      TableName: tableName,
      Item: {
        pk: qualityKeys.week(result.week),
        sk: qualityKeys.practice(result.operator, result.at, result.scenarioId),
        ...result,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export const practiceOfWeek = (tableName: string, week: string, operator?: string) =>
  queryAll<StoredPractice>(tableName, qualityKeys.week(week), qualityKeys.practiceOf(operator));

/** The survey ratings filed under the given Almaty days (the ratings table of `RatingsStore`). */
export async function ratingsOfDays(tableName: string, days: readonly string[]): Promise<RatingItem[]> {
  const lists = await Promise.all(
    days.map((day) => queryAll<RatingItem>(tableName, ratingKeys.day(day), 'CONTACT#')),
  );
  return lists.flat();
}
