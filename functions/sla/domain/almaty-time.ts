import { type CalendarDay, dayFromUtcMs, daysInMonth, isCalendarDay } from './calendar-day';
import { InvalidDateError } from './errors';

/**
 * Kazakhstan keeps one zone, UTC+5, since 2024-03-01 and has no daylight saving, so a fixed offset is
 * exact for every date we hold calendar data for; no time-zone database is needed.
 */
export const ALMATY_OFFSET = '+05:00';
const ALMATY_OFFSET_MS = 5 * 3_600_000;

const EXPECTED_INSTANT = 'ISO-8601 date-time with an offset or Z, e.g. 2026-11-23T10:00:00+05:00';

// Date, time (seconds and fraction optional), then a mandatory offset: a time without one is ambiguous.
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Parses an ISO-8601 instant into epoch milliseconds, rejecting impossible dates and times. */
export function parseInstant(value: string): number {
  const match = INSTANT_PATTERN.exec(value);
  if (!match) throw new InvalidDateError(value, EXPECTED_INSTANT);
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone, sign, offH = '0', offM = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = Number(offH);
  const offsetMinutes = Number(offM);
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!valid) throw new InvalidDateError(value, EXPECTED_INSTANT);
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const offsetMs = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMs;
}

/** Formats an instant as Almaty wall-clock time, whole seconds: `2026-11-25T23:59:59+05:00`. */
export function formatAlmaty(epochMs: number): string {
  const wallClock = new Date(epochMs + ALMATY_OFFSET_MS).toISOString();
  return `${wallClock.slice(0, 19)}${ALMATY_OFFSET}`;
}

/** The calendar day in Almaty at an instant. */
export function almatyDayOf(epochMs: number): CalendarDay {
  return dayFromUtcMs(epochMs + ALMATY_OFFSET_MS);
}

/** The last second of a day in Almaty, the moment a working-day deadline expires. */
export function endOfAlmatyDay(day: CalendarDay): string {
  return `${day}T23:59:59${ALMATY_OFFSET}`;
}

/**
 * Accepts either a calendar day (`2026-11-23`, read as a day in Almaty) or an ISO-8601 instant
 * (converted to its day in Almaty), so callers can pass whatever they hold.
 */
export function toAlmatyDay(value: string): CalendarDay {
  if (isCalendarDay(value)) return value;
  if (value.includes('T')) return almatyDayOf(parseInstant(value));
  throw new InvalidDateError(value, `a calendar day YYYY-MM-DD or an ${EXPECTED_INSTANT}`);
}
