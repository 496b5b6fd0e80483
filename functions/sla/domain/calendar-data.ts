import * as z from 'zod';
import { isCalendarDay, isWeekend, WEEKDAY_NAMES, weekdayOf, yearOf } from './calendar-day';

/**
 * The shape of one year of calendar data (`functions/sla/calendar/kz-<year>.json`, or the same JSON
 * kept in S3/DynamoDB in AWS). Ops edit it without a deploy, so the schema is strict: unknown keys
 * (a typo such as `extraDayOff`) and impossible days are rejected rather than ignored.
 */

const calendarDay = z.string().refine(isCalendarDay, { message: 'expected a real day written YYYY-MM-DD' });

const localizedName = z.strictObject({
  kk: z.string().min(1),
  ru: z.string().min(1),
  en: z.string().min(1),
});

const holiday = z.strictObject({
  date: calendarDay,
  name: localizedName,
  /** Religious holidays (Orthodox Christmas, Kurban Ait) give no substitute day when on a weekend. */
  religious: z.boolean(),
  note: z.string().optional(),
});

const weekendTransfer = z.strictObject({
  /** The weekday that becomes a day off. */
  date: calendarDay,
  /** The public holiday that fell on a Saturday or Sunday. */
  forHoliday: calendarDay,
});

const decreedDay = z.strictObject({
  date: calendarDay,
  reason: z.string().min(1),
  source: z.string().min(1).optional(),
});

export const calendarYearSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    /** Bumped on every edit (`2026.1`, `2026.2`, ...) so a deadline can record which data it used. */
    version: z.string().min(1),
    source: z.string().optional(),
    notes: z.array(z.string()).optional(),
    holidays: z.array(holiday).min(1),
    weekendTransfers: z.array(weekendTransfer),
    /** Weekdays the government declared days off (the other half of a moved day off). */
    extraDaysOff: z.array(decreedDay),
    /** Saturdays or Sundays the government declared working days. */
    workingDays: z.array(decreedDay),
  })
  .superRefine((data, ctx) => {
    const seen = new Map<string, string>();
    const claim = (date: string, list: string, path: (string | number)[]) => {
      if (yearOf(date) !== data.year) {
        ctx.addIssue({ code: 'custom', path, message: `${date} is not in ${data.year}` });
      }
      const earlier = seen.get(date);
      if (earlier)
        ctx.addIssue({ code: 'custom', path, message: `${date} is listed twice (${earlier}, ${list})` });
      seen.set(date, list);
    };
    data.holidays.forEach((entry, index) => {
      claim(entry.date, 'holidays', ['holidays', index, 'date']);
    });
    data.weekendTransfers.forEach((entry, index) => {
      claim(entry.date, 'weekendTransfers', ['weekendTransfers', index, 'date']);
    });
    data.extraDaysOff.forEach((entry, index) => {
      claim(entry.date, 'extraDaysOff', ['extraDaysOff', index, 'date']);
      if (isWeekend(entry.date)) {
        const weekday = WEEKDAY_NAMES[weekdayOf(entry.date)];
        ctx.addIssue({
          code: 'custom',
          path: ['extraDaysOff', index, 'date'],
          message: `${entry.date} is a ${weekday}, already a day off; extraDaysOff takes weekdays`,
        });
      }
    });
    data.workingDays.forEach((entry, index) => {
      claim(entry.date, 'workingDays', ['workingDays', index, 'date']);
      if (!isWeekend(entry.date)) {
        const weekday = WEEKDAY_NAMES[weekdayOf(entry.date)];
        ctx.addIssue({
          code: 'custom',
          path: ['workingDays', index, 'date'],
          message: `${entry.date} is a ${weekday}, already a working day; workingDays takes Saturdays or Sundays`,
        });
      }
    });
  });

export type CalendarYearData = z.infer<typeof calendarYearSchema>;
export type HolidayData = CalendarYearData['holidays'][number];
export type LocalizedName = z.infer<typeof localizedName>;
