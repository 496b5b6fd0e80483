import type { HolidayData } from './calendar-data';
import { addCalendarDays, type CalendarDay, isWeekend } from './calendar-day';

export interface WeekendTransfer {
  readonly date: CalendarDay;
  readonly forHoliday: CalendarDay;
}

/**
 * The substitute days off the Labour Code gives by itself (Law "On holidays", art. 5; Labour Code,
 * art. 84): when a public holiday other than a religious one falls on a Saturday or Sunday, the next
 * working day after the holiday is a day off. Holidays are taken in date order and each one takes
 * the first weekday that is neither a holiday nor already taken, so a three-day Nauryz starting on a
 * Saturday (2026: 21 Sat, 22 Sun, 23 Mon) gives two substitutes, Tuesday 24 and Wednesday 25.
 * Government decrees that move days off come on top of this and are kept apart in the data.
 */
export function deriveWeekendTransfers(holidays: readonly HolidayData[]): WeekendTransfer[] {
  const holidayDays = new Set(holidays.map((entry) => entry.date));
  const taken = new Set<CalendarDay>();
  const transfers: WeekendTransfer[] = [];
  const sorted = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
  for (const entry of sorted) {
    if (entry.religious || !isWeekend(entry.date)) continue;
    let candidate = addCalendarDays(entry.date, 1);
    while (isWeekend(candidate) || holidayDays.has(candidate) || taken.has(candidate)) {
      candidate = addCalendarDays(candidate, 1);
    }
    taken.add(candidate);
    transfers.push({ date: candidate, forHoliday: entry.date });
  }
  return transfers;
}
