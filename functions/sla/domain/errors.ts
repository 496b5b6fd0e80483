/**
 * Typed errors of the SLA domain. Each one names the bad value, so a handler can turn it into a
 * clear 4xx message and the CLI into a clear line on stderr.
 */

/** Longest input echoed back in a message: enough to spot a typo, never a whole pasted document. */
const MAX_ECHOED_LENGTH = 80;

function echo(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return JSON.stringify(value.length > MAX_ECHOED_LENGTH ? `${value.slice(0, MAX_ECHOED_LENGTH)}…` : value);
}

/** A timestamp or calendar day that is not valid ISO-8601 (or not a real date). */
export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
  readonly value: string;

  constructor(value: string, expected: string, options?: ErrorOptions) {
    super(`Invalid date ${echo(value)}: expected ${expected}`, options);
    this.value = value;
  }
}

/** A term that makes no sense: zero or negative working days, non-finite hours, reminder fractions outside (0, 1). */
export class InvalidTermError extends Error {
  override readonly name = 'InvalidTermError';
  readonly value: unknown;

  constructor(what: string, value: unknown, expected: string, options?: ErrorOptions) {
    super(`Invalid ${what} ${echo(value)}: expected ${expected}`, options);
    this.value = value;
  }
}

/** A day falls in a year for which no calendar data is loaded; we never guess which days are off. */
export class CalendarMissingYearError extends Error {
  override readonly name = 'CalendarMissingYearError';
  readonly year: number;

  constructor(year: number, loadedYears: readonly number[], options?: ErrorOptions) {
    const loaded = loadedYears.length > 0 ? loadedYears.join(', ') : 'none';
    super(
      `No working-day calendar for ${year} (loaded: ${loaded}); add the year's calendar data ` +
        `(see functions/sla/calendar/README.md)`,
      options,
    );
    this.year = year;
  }
}

/** Calendar data that fails validation: wrong shape, or days that contradict the Labour Code rules. */
export class CalendarDataError extends Error {
  override readonly name = 'CalendarDataError';
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[], options?: ErrorOptions) {
    super(`Invalid calendar data (${source}):\n  - ${problems.join('\n  - ')}`, options);
    this.problems = problems;
  }
}
