import { loadCalendar, type WorkingDayCalendar, type YearOverview, yearOverview } from './calendar';
import { type CalendarYearData, calendarYearSchema } from './calendar-data';
import { SHIPPED_CALENDAR_YEARS } from './default-calendar';

/**
 * Ops' edits of the working-day calendar, decided without any I/O: which data is in force for a year, and
 * whether an uploaded year file may replace it. Stored years override the shipped files year by year.
 */

export interface StoredYear {
  readonly year: number;
  readonly data: unknown;
}

/** The uploaded file names another year than the one it is uploaded for. */
export class CalendarYearMismatchError extends Error {
  override readonly name = 'CalendarYearMismatchError';
  constructor(expected: number, given: unknown) {
    super(
      given === undefined
        ? `The file names no year: it must hold "year": ${expected} with the rest of that year's calendar`
        : `The file is for ${JSON.stringify(given)}, not ${expected}`,
    );
  }
}

/** The file changes the year but keeps the version in force, so nobody could tell the two apart. */
export class CalendarVersionConflictError extends Error {
  override readonly name = 'CalendarVersionConflictError';
  constructor(year: number, version: string) {
    super(`Version ${version} is already in use for ${year}: bump "version" with every edit`);
  }
}

/** Shipped years with stored ones in their place, as raw year files (validated by `loadCalendar`). */
export function effectiveYearFiles(stored: readonly StoredYear[]): unknown[] {
  const byYear = new Map<number, unknown>();
  for (const file of SHIPPED_CALENDAR_YEARS) byYear.set((file as { year: number }).year, file);
  for (const entry of stored) byYear.set(entry.year, entry.data);
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([, data]) => data);
}

export interface YearInForce {
  readonly source: 'stored' | 'shipped';
  readonly data: unknown;
  readonly overview: YearOverview;
}

/** The data in force for a year, where it comes from, and its overview; undefined when there is none. */
export function yearInForce(year: number, stored: readonly StoredYear[]): YearInForce | undefined {
  const storedYear = stored.find((entry) => entry.year === year);
  const data =
    storedYear?.data ?? SHIPPED_CALENDAR_YEARS.find((file) => (file as { year: number }).year === year);
  if (data === undefined) return undefined;
  return {
    source: storedYear ? 'stored' : 'shipped',
    data,
    overview: yearOverview(loadCalendar(effectiveYearFiles(stored)), year),
  };
}

export interface CalendarEdit {
  readonly data: CalendarYearData;
  /** The same data is already stored: nothing to write (the deadlines are checked again all the same). */
  readonly unchanged: boolean;
  readonly before: WorkingDayCalendar;
  readonly after: WorkingDayCalendar;
}

/** JSON with object keys sorted: a stored map's keys come back in any order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

/**
 * Checks an uploaded year file against the rules and the data in force. Throws CalendarYearMismatchError,
 * CalendarDataError (the file breaks a rule) or CalendarVersionConflictError.
 */
export function planCalendarEdit(year: number, file: unknown, stored: readonly StoredYear[]): CalendarEdit {
  const given = (file as { year?: unknown } | null)?.year;
  if (given !== year) throw new CalendarYearMismatchError(year, given);
  const before = loadCalendar(effectiveYearFiles(stored));
  const after = loadCalendar(
    effectiveYearFiles([...stored.filter((entry) => entry.year !== year), { year, data: file }]),
  );
  const data = calendarYearSchema.parse(file);
  const current = stored.find((entry) => entry.year === year)?.data;
  const unchanged = current !== undefined && canonicalJson(current) === canonicalJson(data);
  if (before.versions.get(year) === data.version && !unchanged) {
    throw new CalendarVersionConflictError(year, data.version);
  }
  return { data, unchanged, before, after };
}
