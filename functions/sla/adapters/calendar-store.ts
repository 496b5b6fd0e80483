import { PutCommand, QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from '../../shared/aws-clients';
import { ENV, readEnv } from '../../shared/env';
import { loadCalendar, type WorkingDayCalendar } from '../domain/calendar';
import type { CalendarYearData } from '../domain/calendar-data';
import { effectiveYearFiles } from '../domain/calendar-edit';

/**
 * The working-day calendar as ops keep it: the files shipped with the code, overridden year by year by
 * the versions stored in the calendar table (`PUT /calendar/{year}`), so a decree needs no deploy.
 *
 * | item            | pk                      | sk              |
 * |-----------------|-------------------------|-----------------|
 * | current year    | `CALENDAR`              | `YEAR#<year>`   | year, version, data, updatedAt, updatedBy
 * | earlier version | `CALENDAR#<year>`       | `<updatedAt>`   | the same, kept for audit
 */
export const calendarKeys = {
  current: (year: number) => ({ pk: 'CALENDAR', sk: `YEAR#${year}` }),
  history: (year: number, at: string) => ({ pk: `CALENDAR#${year}`, sk: at }),
} as const;

export interface StoredCalendarYear {
  readonly year: number;
  readonly version: string;
  readonly data: unknown;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** How long a function reuses the calendar before reading the table again. */
const CACHE_MS = 60_000;

let cached: { calendar: WorkingDayCalendar; loadedAt: number; tableName: string } | undefined;

export async function loadStoredYears(tableName: string): Promise<StoredCalendarYear[]> {
  const years: StoredCalendarYear[] = [];
  let startKey: QueryCommandOutput['LastEvaluatedKey'];
  do {
    const page = await dynamoDocuments().send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'CALENDAR' },
        ExclusiveStartKey: startKey,
      }),
    );
    years.push(...((page.Items ?? []) as StoredCalendarYear[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return years;
}

/**
 * The calendar deadlines are counted with: shipped data overridden by ops' edits. Cached for a minute
 * per execution environment, so an edit reaches every function within a minute without a deploy.
 * Needs `CALENDAR_TABLE` (bind it with `SlaCalendar.grantRead(fn)`).
 */
export async function loadEffectiveCalendar(
  options: { fresh?: boolean; tableName?: string } = {},
): Promise<WorkingDayCalendar> {
  const tableName = options.tableName ?? readEnv([ENV.calendarTable])[ENV.calendarTable];
  const now = Date.now();
  if (!options.fresh && cached && cached.tableName === tableName && now - cached.loadedAt < CACHE_MS) {
    return cached.calendar;
  }
  const calendar = loadCalendar(effectiveYearFiles(await loadStoredYears(tableName)));
  cached = { calendar, loadedAt: now, tableName };
  return calendar;
}

/** Stores a validated year as the current one and keeps a copy for audit. */
export async function saveYear(
  tableName: string,
  data: CalendarYearData,
  updatedBy: string,
): Promise<StoredCalendarYear> {
  const stored: StoredCalendarYear = {
    year: data.year,
    version: data.version,
    data,
    updatedAt: new Date().toISOString(),
    updatedBy,
  };
  await dynamoDocuments().send(
    new PutCommand({
      TableName: tableName,
      Item: { ...calendarKeys.history(data.year, stored.updatedAt), ...stored },
    }),
  );
  await dynamoDocuments().send(
    new PutCommand({ TableName: tableName, Item: { ...calendarKeys.current(data.year), ...stored } }),
  );
  cached = undefined;
  return stored;
}
