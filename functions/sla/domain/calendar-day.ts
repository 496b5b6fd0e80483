import { InvalidDateError } from './errors';

/**
 * A calendar day in Kazakhstan, written `YYYY-MM-DD`. Days are plain strings so they compare and sort
 * lexically and travel through JSON unchanged; arithmetic goes through UTC midnight, which never meets
 * a daylight-saving jump, so the machine's time zone cannot leak in.
 */
export type CalendarDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real `YYYY-MM-DD` day (rejects 2026-02-30, which `Date` would silently roll over). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseCalendarDay(value: string): CalendarDay {
  if (!isCalendarDay(value)) throw new InvalidDateError(value, 'a calendar day YYYY-MM-DD, e.g. 2026-11-23');
  return value;
}

export function dayFromUtcMs(utcMs: number): CalendarDay {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function utcMidnightMs(day: CalendarDay): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addCalendarDays(day: CalendarDay, count: number): CalendarDay {
  return dayFromUtcMs(utcMidnightMs(day) + count * MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(utcMidnightMs(day)).getUTCDay();
}

export function isWeekend(day: CalendarDay): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function yearOf(day: CalendarDay): number {
  return Number(day.slice(0, 4));
}
