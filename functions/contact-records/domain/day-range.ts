/**
 * A range of Almaty days as the contact-record routes accept it: `from` and `to` are real calendar days
 * (`YYYY-MM-DD`), `from` is not after `to`, and the range is at most `MAX_RANGE_DAYS` long, so one request
 * is a bounded number of Queries.
 */

/** Longest range read at once: a quarter, as the quality report allows. */
export const MAX_RANGE_DAYS = 92;

export class DayRangeError extends Error {
  override readonly name = 'DayRangeError';
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parseDay(name: string, value: string | undefined): number {
  if (value === undefined || value === '')
    throw new DayRangeError(`${name} is required: a day like 2026-11-23`);
  const match = DAY.exec(value);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new DayRangeError(`${name} must be a real day like 2026-11-23, got ${JSON.stringify(value)}`);
  }
  return ms;
}

/** Every day of the range, oldest first, or a `DayRangeError` that says what is wrong. */
export function daysOfRange(from: string | undefined, to: string | undefined): string[] {
  const start = parseDay('from', from);
  const end = parseDay('to', to);
  if (end < start) throw new DayRangeError(`from ${from} is after to ${to}`);
  const count = (end - start) / DAY_MS + 1;
  if (count > MAX_RANGE_DAYS) {
    throw new DayRangeError(`the range is ${count} days; ask for at most ${MAX_RANGE_DAYS} at once`);
  }
  return Array.from({ length: count }, (_, index) =>
    new Date(start + index * DAY_MS).toISOString().slice(0, 10),
  );
}
