import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  loadCalendar,
  type SpecialDay,
  type WorkingDayCalendar,
  yearOverview,
} from '../functions/sla/domain/calendar';
import { WEEKDAY_NAMES, weekdayOf } from '../functions/sla/domain/calendar-day';
import { workingDaysDeadline } from '../functions/sla/domain/deadline';
import { defaultCalendar } from '../functions/sla/domain/default-calendar';
import {
  CalendarDataError,
  CalendarMissingYearError,
  InvalidDateError,
  InvalidTermError,
} from '../functions/sla/domain/errors';

/**
 * `npm run sla -- ...`: deadlines and the working-day calendar from the command line, using the same
 * domain code as the functions. Parsing and formatting live here, side-effect free apart from reading
 * a file for `calendar --file`, so they can be tested; `scripts/sla.ts` only prints the result.
 */

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface SlaCliOptions {
  /** The calendar to use; defaults to the shipped data. */
  calendar?: WorkingDayCalendar;
}

const EXIT_OK = 0;
const EXIT_BAD_DATA = 1;
const EXIT_USAGE = 2;

const USAGE = `Usage:
  npm run sla -- deadline --received <ISO-8601> --working-days <N> [--json]
      The deadline of N working days for something received at the given time,
      e.g. --received 2026-11-23T10:00:00+05:00 --working-days 2
  npm run sla -- calendar --year <YYYY> [--lang en|ru|kk] [--json]
      Holidays, substitute days off and decreed changes of a year, with its count of working days.
  npm run sla -- calendar --file <kz-YYYY.json> [--lang en|ru|kk] [--json]
      The same for a year file, validating it first (exit code 1 if it is invalid).
`;

/** A mistake in the command line: reported with a hint to the usage, exit code 2. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

const LANGUAGES = ['en', 'ru', 'kk'] as const;
type Language = (typeof LANGUAGES)[number];

function ok(stdout: string): CliResult {
  return { code: EXIT_OK, stdout, stderr: '' };
}

function fail(code: number, message: string, withUsageHint = false): CliResult {
  const hint = withUsageHint ? '\nRun `npm run sla -- --help` for usage.' : '';
  return { code, stdout: '', stderr: `sla: ${message}${hint}\n` };
}

function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function required(value: string | undefined, option: string, example: string): string {
  if (value === undefined || value === '') {
    throw new UsageError(`missing --${option} (e.g. --${option} ${example})`);
  }
  return value;
}

function deadlineCommand(args: string[], calendar: WorkingDayCalendar): CliResult {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      received: { type: 'string' },
      'working-days': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const receivedAt = required(values.received, 'received', '2026-11-23T10:00:00+05:00');
  const workingDaysText = required(values['working-days'], 'working-days', '2');
  if (!/^\d+$/.test(workingDaysText)) {
    throw new UsageError(
      `--working-days must be a whole number of 1 or more, got ${JSON.stringify(workingDaysText)}`,
    );
  }
  const deadline = workingDaysDeadline(calendar, receivedAt, Number(workingDaysText));
  return ok(values.json ? `${JSON.stringify({ deadline })}\n` : `${deadline}\n`);
}

function describeDay(day: SpecialDay, language: Language): string {
  switch (day.kind) {
    case 'holiday':
      return `${day.name[language]}${day.religious ? ' (religious holiday: no substitute day)' : ''}`;
    case 'weekend-transfer':
      return `substitute day off for ${day.holidayName[language]} on ${WEEKDAY_NAMES[weekdayOf(day.forHoliday)]} ${day.forHoliday}`;
    case 'decreed-day-off':
    case 'decreed-working-day':
      return `decreed: ${day.reason}`;
  }
}

function calendarCommand(args: string[], shipped: WorkingDayCalendar): CliResult {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      year: { type: 'string' },
      file: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      json: { type: 'boolean', default: false },
    },
  });
  const language = LANGUAGES.find((candidate) => candidate === values.lang);
  if (!language) {
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(values.lang)}`);
  }
  if ((values.year === undefined) === (values.file === undefined)) {
    throw new UsageError('give either --year <YYYY> or --file <kz-YYYY.json>');
  }
  let calendar = shipped;
  let year: number;
  if (values.file !== undefined) {
    const data = readYearFile(values.file);
    calendar = loadCalendar([data]);
    year = [...calendar.versions.keys()][0]!;
  } else {
    const yearText = values.year ?? '';
    if (!/^\d{4}$/.test(yearText)) {
      throw new UsageError(`--year must be a year like 2026, got ${JSON.stringify(yearText)}`);
    }
    year = Number(yearText);
  }
  const overview = yearOverview(calendar, year);
  const days = overview.specialDays.map((day) => ({
    ...day,
    weekday: WEEKDAY_NAMES[weekdayOf(day.date)],
    working: day.kind === 'decreed-working-day',
  }));
  if (values.json) return ok(`${JSON.stringify({ ...overview, specialDays: days })}\n`);
  const lines = [
    `Kazakhstan working-day calendar ${year}, version ${overview.version}: ${overview.workingDayCount} working days.`,
    'Saturdays and Sundays are days off unless listed as working.',
    ...days.map(
      (day) =>
        `${day.date} ${day.weekday}  ${day.working ? 'working' : 'day off'}  ${describeDay(day, language)}`,
    ),
  ];
  return ok(`${lines.join('\n')}\n`);
}

function readYearFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --file ${JSON.stringify(path)}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CalendarDataError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
}

/** Runs one `sla` command line (the arguments after `npm run sla --`) and returns what to print. */
export function runSlaCli(argv: readonly string[], options: SlaCliOptions = {}): CliResult {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'deadline':
        return deadlineCommand(rest, options.calendar ?? defaultCalendar());
      case 'calendar':
        return calendarCommand(rest, options.calendar ?? defaultCalendar());
      case 'help':
      case '--help':
      case '-h':
        return ok(USAGE);
      case undefined:
        return fail(EXIT_USAGE, 'missing command: deadline or calendar', true);
      default:
        return fail(
          EXIT_USAGE,
          `unknown command ${JSON.stringify(command)}: expected deadline or calendar`,
          true,
        );
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) return fail(EXIT_USAGE, error.message, true);
    // A value that parses but cannot be served (bad date, zero days, a year without data) is bad input too.
    if (
      error instanceof InvalidDateError ||
      error instanceof InvalidTermError ||
      error instanceof CalendarMissingYearError
    ) {
      return fail(EXIT_USAGE, error.message);
    }
    if (error instanceof CalendarDataError) return fail(EXIT_BAD_DATA, error.message);
    throw error;
  }
}
