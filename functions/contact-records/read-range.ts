import { readDay } from './adapters/summary-store';
import { decodePageToken, encodePageToken } from './domain/page-token';
import type { ContactSummary } from './domain/summary';

export interface RangePage {
  readonly records: ContactSummary[];
  readonly nextToken: string | null;
}

/**
 * One page of the contact summaries of a range of days: day by day, at most `limit` records, and a token
 * to continue where it stopped.
 */
export async function readRangePage(
  tableName: string,
  hotline: string,
  days: readonly string[],
  limit: number,
  token?: string,
): Promise<RangePage> {
  const start = token === undefined ? undefined : decodePageToken(token, days);
  const records: ContactSummary[] = [];
  for (let index = start ? days.indexOf(start.day) : 0; index < days.length; index++) {
    const day = days[index]!;
    const page = await readDay(
      tableName,
      hotline,
      day,
      limit - records.length,
      start?.day === day && start.after !== '' ? start.after : undefined,
    );
    records.push(...page.summaries);
    if (page.more !== undefined) return { records, nextToken: encodePageToken({ day, after: page.more }) };
    if (records.length >= limit) {
      const next = days[index + 1];
      return { records, nextToken: next === undefined ? null : encodePageToken({ day: next, after: '' }) };
    }
  }
  return { records, nextToken: null };
}

/** Every summary of the range (the staffing plan reads them all; the range is at most a quarter). */
export async function readRange(
  tableName: string,
  hotline: string,
  days: readonly string[],
): Promise<ContactSummary[]> {
  const all: ContactSummary[] = [];
  for (const day of days) {
    let after: string | undefined;
    do {
      const page = await readDay(tableName, hotline, day, 1000, after);
      all.push(...page.summaries);
      after = page.more;
    } while (after !== undefined);
  }
  return all;
}
