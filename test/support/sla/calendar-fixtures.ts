/**
 * Small made-up calendar years for tests that need one rule in isolation (a religious holiday on a
 * Saturday, a working Saturday) without depending on which real year happens to have one.
 * 2030 starts on a Tuesday; in June 2030 the 1st, 8th and 15th are Saturdays.
 */

export interface HolidayInput {
  date: string;
  name: { kk: string; ru: string; en: string };
  religious: boolean;
}

export function holiday(date: string, religious = false): HolidayInput {
  const name = religious ? 'Test religious holiday' : 'Test public holiday';
  return { date, name: { kk: name, ru: name, en: name }, religious };
}

export interface YearParts {
  holidays?: HolidayInput[];
  weekendTransfers?: { date: string; forHoliday: string }[];
  extraDaysOff?: { date: string; reason: string }[];
  workingDays?: { date: string; reason: string }[];
}

/** One year of calendar data in the shipped JSON shape; by default its only holiday is 1 January (a weekday). */
export function yearData(year: number, parts: YearParts = {}): Record<string, unknown> {
  return {
    year,
    version: `${year}.test`,
    holidays: parts.holidays ?? [holiday(`${year}-01-01`)],
    weekendTransfers: parts.weekendTransfers ?? [],
    extraDaysOff: parts.extraDaysOff ?? [],
    workingDays: parts.workingDays ?? [],
  };
}
