import { parseInstant } from '../../sla/domain/almaty-time';
import { addCalendarDays, isCalendarDay, weekdayOf } from '../../sla/domain/calendar-day';

/** An ISO-8601 week, `2026-W49`: Monday to Sunday, Almaty days. Scorecards and samples are per week. */
export type IsoWeek = string;

const WEEK = /^(\d{4})-W(\d{2})$/;

export class InvalidWeekError extends Error {
  override name = 'InvalidWeekError';
}

/** Monday of the ISO week holding `day`. */
function mondayOf(day: string): string {
  const weekday = weekdayOf(day); // 0 Sunday .. 6 Saturday
  return addCalendarDays(day, -((weekday + 6) % 7));
}

/** The ISO week of a calendar day (the week belongs to the year of its Thursday). */
export function isoWeekOf(day: string): IsoWeek {
  if (!isCalendarDay(day)) throw new InvalidWeekError(`${day}: not a calendar day YYYY-MM-DD`);
  const thursday = addCalendarDays(mondayOf(day), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addCalendarDays(mondayOf(`${year}-01-04`), 3);
  const index = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(index).padStart(2, '0')}`;
}

/** Monday .. Sunday of an ISO week. */
export function weekDays(week: IsoWeek): string[] {
  const match = WEEK.exec(week);
  if (!match) throw new InvalidWeekError(`${week}: not an ISO week like 2026-W49`);
  const year = Number(match[1]);
  const index = Number(match[2]);
  const monday = addCalendarDays(mondayOf(`${year}-01-04`), (index - 1) * 7);
  if (index < 1 || isoWeekOf(monday) !== week)
    throw new InvalidWeekError(`${week}: ${year} has no such week`);
  return Array.from({ length: 7 }, (_, offset) => addCalendarDays(monday, offset));
}

export function previousWeek(week: IsoWeek): IsoWeek {
  return isoWeekOf(addCalendarDays(weekDays(week)[0]!, -7));
}

export function isIsoWeek(value: string): boolean {
  try {
    weekDays(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instants (UTC, ISO with milliseconds, as the register stamps receipt times) from the start of the
 * Monday of `first` to the start of the Monday after `last`, Almaty time: `from` inclusive, `to` exclusive.
 */
export function weeksSpan(first: IsoWeek, last: IsoWeek): { readonly from: string; readonly to: string } {
  const start = (day: string) => new Date(parseInstant(`${day}T00:00:00+05:00`)).toISOString();
  return { from: start(weekDays(first)[0]!), to: start(addCalendarDays(weekDays(last)[0]!, 7)) };
}
