import { toAlmatyDay } from './almaty-time';
import { type CalendarYearData, calendarYearSchema, type LocalizedName } from './calendar-data';
import { addCalendarDays, type CalendarDay, isWeekend, yearOf } from './calendar-day';
import { CalendarDataError, CalendarMissingYearError } from './errors';
import { deriveWeekendTransfers } from './weekend-transfers';

/** A day that differs from the plain rule "Monday to Friday work, Saturday and Sunday rest". */
export type SpecialDay =
  | { kind: 'holiday'; date: CalendarDay; name: LocalizedName; religious: boolean }
  | { kind: 'weekend-transfer'; date: CalendarDay; forHoliday: CalendarDay; holidayName: LocalizedName }
  | { kind: 'decreed-day-off'; date: CalendarDay; reason: string; source?: string }
  | { kind: 'decreed-working-day'; date: CalendarDay; reason: string; source?: string };

/** Kazakhstan's working-day calendar for the years whose data was loaded. A plain, immutable value. */
export interface WorkingDayCalendar {
  /** Data version per loaded year, e.g. 2026 -> "2026.1". */
  readonly versions: ReadonlyMap<number, string>;
  readonly specialDays: ReadonlyMap<CalendarDay, SpecialDay>;
}

export interface YearOverview {
  readonly year: number;
  readonly version: string;
  readonly workingDayCount: number;
  /** Holidays (also those on a weekend), substitute days off and decreed changes, in date order. */
  readonly specialDays: readonly SpecialDay[];
}

function validateYear(raw: unknown, index: number): CalendarYearData {
  const parsed = calendarYearSchema.safeParse(raw);
  const year = (raw as { year?: unknown } | null)?.year;
  const label = typeof year === 'number' ? `year ${year}` : `year file #${index + 1}`;
  if (!parsed.success) {
    throw new CalendarDataError(
      label,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const data = parsed.data;
  const expected = deriveWeekendTransfers(data.holidays);
  const key = (transfer: { date: string; forHoliday: string }) =>
    `${transfer.date} (for ${transfer.forHoliday})`;
  const listed = new Set(data.weekendTransfers.map(key));
  const derived = new Set(expected.map(key));
  const problems = [
    ...[...derived]
      .filter((entry) => !listed.has(entry))
      .map((entry) => `weekendTransfers is missing ${entry}`),
    ...[...listed]
      .filter((entry) => !derived.has(entry))
      .map((entry) => `weekendTransfers has ${entry}, which the rule does not give`),
  ];
  if (problems.length > 0) {
    throw new CalendarDataError(`${label}, version ${data.version}`, [
      ...problems,
      'a public holiday (not a religious one) on a Saturday or Sunday moves its day off to the next free weekday',
    ]);
  }
  return data;
}

/** Builds the calendar from per-year data (parsed JSON), validating each year; throws CalendarDataError. */
export function loadCalendar(yearFiles: readonly unknown[]): WorkingDayCalendar {
  const versions = new Map<number, string>();
  const specialDays = new Map<CalendarDay, SpecialDay>();
  yearFiles.forEach((raw, index) => {
    const data = validateYear(raw, index);
    if (versions.has(data.year)) {
      throw new CalendarDataError(`year ${data.year}`, ['the year is given twice']);
    }
    versions.set(data.year, data.version);
    const holidayNames = new Map(data.holidays.map((entry) => [entry.date, entry.name]));
    for (const { date, name, religious } of data.holidays) {
      specialDays.set(date, { kind: 'holiday', date, name, religious });
    }
    for (const { date, forHoliday } of data.weekendTransfers) {
      const holidayName = holidayNames.get(forHoliday)!;
      specialDays.set(date, { kind: 'weekend-transfer', date, forHoliday, holidayName });
    }
    for (const { date, reason, source } of data.extraDaysOff) {
      specialDays.set(date, { kind: 'decreed-day-off', date, reason, ...(source ? { source } : {}) });
    }
    for (const { date, reason, source } of data.workingDays) {
      specialDays.set(date, { kind: 'decreed-working-day', date, reason, ...(source ? { source } : {}) });
    }
  });
  return { versions, specialDays };
}

/** The years the calendar holds data for, ascending. */
export function loadedYears(calendar: WorkingDayCalendar): number[] {
  return [...calendar.versions.keys()].sort((a, b) => a - b);
}

function requireYear(calendar: WorkingDayCalendar, day: CalendarDay): void {
  const year = yearOf(day);
  if (!calendar.versions.has(year)) throw new CalendarMissingYearError(year, loadedYears(calendar));
}

/** Whether a day is a working day. Takes a day `YYYY-MM-DD` or an ISO-8601 instant (its day in Almaty). */
export function isWorkingDay(calendar: WorkingDayCalendar, date: string): boolean {
  const day = toAlmatyDay(date);
  requireYear(calendar, day);
  const special = calendar.specialDays.get(day);
  if (special) return special.kind === 'decreed-working-day';
  return !isWeekend(day);
}

/** The first working day strictly after the given day (or after the instant's day in Almaty). */
export function nextWorkingDay(calendar: WorkingDayCalendar, date: string): CalendarDay {
  let day = addCalendarDays(toAlmatyDay(date), 1);
  while (!isWorkingDay(calendar, day)) day = addCalendarDays(day, 1);
  return day;
}

/**
 * Working days after `from` up to and including `to` (the way terms are counted: the start day does
 * not count). Negative when `to` is before `from`.
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: string, to: string): number {
  const start = toAlmatyDay(from);
  const end = toAlmatyDay(to);
  if (end < start) return -workingDaysBetween(calendar, end, start);
  let count = 0;
  for (let day = addCalendarDays(start, 1); day <= end; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return count;
}

/** One year at a glance, for ops: its special days and how many working days it has. */
export function yearOverview(calendar: WorkingDayCalendar, year: number): YearOverview {
  const version = calendar.versions.get(year);
  if (version === undefined) throw new CalendarMissingYearError(year, loadedYears(calendar));
  const first = `${year}-01-01`;
  const specialDays = [...calendar.specialDays.values()]
    .filter((entry) => yearOf(entry.date) === year)
    .sort((a, b) => a.date.localeCompare(b.date));
  const workingDayCount =
    workingDaysBetween(calendar, first, `${year}-12-31`) + (isWorkingDay(calendar, first) ? 1 : 0);
  return { year, version, workingDayCount, specialDays };
}
