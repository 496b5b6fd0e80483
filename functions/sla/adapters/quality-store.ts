import { PutCommand, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ratingKeys } from '../../../contracts/keys/rating-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import { almatyDayOf } from '../domain/almaty-time';
import type { CalendarDay } from '../domain/calendar-day';
import type { RatingInput } from '../domain/quality';
import { qualityKeys, type SlaOutcomeItem, type WaitSample } from '../domain/quality-keys';

/** Every item of one partition (days hold at most a few thousand items). */
async function queryPartition<T>(tableName: string, pk: string): Promise<T[]> {
  const items: T[] = [];
  let startKey: QueryCommandOutput['LastEvaluatedKey'];
  do {
    const page = await dynamoDocuments().send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((page.Items ?? []) as T[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

export const readRatings = (ratingsTable: string, day: CalendarDay) =>
  queryPartition<RatingInput>(ratingsTable, ratingKeys.day(day));

export const readOutcomes = (qualityTable: string, day: CalendarDay) =>
  queryPartition<SlaOutcomeItem>(qualityTable, qualityKeys.slaDay(day));

export const readWaits = (qualityTable: string, day: CalendarDay) =>
  queryPartition<WaitSample>(qualityTable, qualityKeys.waitDay(day));

/** Stores a window's queue figures (one item per window: a repeated run overwrites it). */
export async function saveWaitSample(qualityTable: string, sample: WaitSample): Promise<void> {
  const day = almatyDayOf(Date.parse(sample.windowStart));
  await dynamoDocuments().send(
    new PutCommand({
      TableName: qualityTable,
      Item: { pk: qualityKeys.waitDay(day), sk: sample.windowStart, ...sample },
    }),
  );
}

export interface QualityRecords {
  readonly ratings: RatingInput[];
  readonly outcomes: SlaOutcomeItem[];
  readonly waits: WaitSample[];
}

/** All records of the given days, read a few days at a time. */
export async function readQualityRecords(
  tables: { ratings: string; quality: string },
  days: readonly CalendarDay[],
): Promise<QualityRecords> {
  const records: QualityRecords = { ratings: [], outcomes: [], waits: [] };
  const batch = 8;
  for (let index = 0; index < days.length; index += batch) {
    const slice = days.slice(index, index + batch);
    const results = await Promise.all(
      slice.map(async (day) => ({
        ratings: await readRatings(tables.ratings, day),
        outcomes: await readOutcomes(tables.quality, day),
        waits: await readWaits(tables.quality, day),
      })),
    );
    for (const result of results) {
      records.ratings.push(...result.ratings);
      records.outcomes.push(...result.outcomes);
      records.waits.push(...result.waits);
    }
  }
  return records;
}
