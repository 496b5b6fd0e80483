import { almatyDayOf, endOfAlmatyDay, formatAlmaty, parseInstant } from './almaty-time';
import { nextWorkingDay, type WorkingDayCalendar } from './calendar';
import type { CalendarDay } from './calendar-day';
import { InvalidTermError } from './errors';

/**
 * Deadlines of appeals and requests. All results are ISO-8601 instants in Almaty time
 * (`2026-11-25T23:59:59+05:00`), whole seconds; inputs may carry any offset or Z.
 */

/** Reminder points used when the caller names none: half-way and at 80 % of the term. */
export const DEFAULT_REMINDER_FRACTIONS: readonly number[] = [0.5, 0.8];

const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

/** The day of receipt: the calendar day in Almaty on which it arrived, at any hour. */
export function receiptDay(receivedAt: string): CalendarDay {
  return almatyDayOf(parseInstant(receivedAt));
}

/**
 * The deadline of "N working days": the end (23:59:59 in Almaty) of the N-th working day after the day
 * of receipt, which itself does not count. Received on Friday with N = 2: Monday is day 1, Tuesday day
 * 2. Received on a day off, the count starts with the next working day: received on Saturday, Monday is
 * day 1 and N = 2 also ends on Tuesday. Works across a year boundary when both years' data is loaded;
 * otherwise CalendarMissingYearError.
 */
export function workingDaysDeadline(
  calendar: WorkingDayCalendar,
  receivedAt: string,
  workingDays: number,
): string {
  if (!Number.isSafeInteger(workingDays) || workingDays < 1) {
    throw new InvalidTermError('number of working days', workingDays, 'a whole number of 1 or more');
  }
  let day = receiptDay(receivedAt);
  for (let counted = 0; counted < workingDays; counted += 1) day = nextWorkingDay(calendar, day);
  return endOfAlmatyDay(day);
}

/** A round-the-clock deadline, such as a call recording owed within 4 hours of the request. */
export function addHours(from: string, hours: number): string {
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new InvalidTermError('number of hours', hours, 'a number greater than 0');
  }
  return formatAlmaty(parseInstant(from) + hours * MS_PER_HOUR);
}

/** A round-the-clock deadline in minutes, such as an urgent case acknowledged within 15 minutes. */
export function addMinutes(from: string, minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new InvalidTermError('number of minutes', minutes, 'a number greater than 0');
  }
  return formatAlmaty(parseInstant(from) + minutes * MS_PER_MINUTE);
}

/**
 * Moments at the given fractions of the way from `start` to `deadline`, e.g. 0.5 and 0.8, in the order
 * given. Rounded down to the second, so a reminder never comes later than its fraction.
 */
export function reminderPoints(
  start: string,
  deadline: string,
  fractions: readonly number[] = DEFAULT_REMINDER_FRACTIONS,
): string[] {
  const startMs = parseInstant(start);
  const deadlineMs = parseInstant(deadline);
  if (deadlineMs <= startMs) {
    throw new InvalidTermError('interval', `${start} .. ${deadline}`, 'a deadline later than the start');
  }
  return fractions.map((fraction) => {
    if (!Number.isFinite(fraction) || fraction <= 0 || fraction >= 1) {
      throw new InvalidTermError('reminder fraction', fraction, 'a number between 0 and 1, both excluded');
    }
    return formatAlmaty(Math.floor(startMs + fraction * (deadlineMs - startMs)));
  });
}

/** Whether something done at `at` met the deadline (compares instants, whatever their offsets). */
export function metDeadline(deadline: string, at: string): boolean {
  return parseInstant(at) <= parseInstant(deadline);
}
