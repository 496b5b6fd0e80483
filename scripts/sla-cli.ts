import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HotlineIdSchema } from '../contracts/hotlines';
import { almatyDayOf, parseInstant } from '../functions/sla/domain/almaty-time';
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
import { callApi, expectOk } from './lib/api-client';
import { CliError, type CliResult, EXIT_OK, EXIT_USAGE, isParseArgsError, UsageError } from './lib/cli';

/**
 * `npm run sla -- ...`: deadlines and the working-day calendar from the command line, using the same
 * domain code as the functions. Parsing and formatting live here, side-effect free apart from reading
 * a file for `calendar --file`, so they can be tested; `scripts/sla.ts` only prints the result.
 */

export interface SlaCliOptions {
  /** The calendar to use; defaults to the shipped data. */
  calendar?: WorkingDayCalendar;
}

const EXIT_BAD_DATA = 1;

const USAGE = `Usage:
  npm run sla -- deadline --received <ISO-8601> --working-days <N> [--hotline 1414|111] [--json]
      The deadline of N working days for something received at the given time,
      e.g. --received 2026-11-23T10:00:00+05:00 --working-days 2
  npm run sla -- calendar --year <YYYY> [--hotline 1414|111] [--lang en|ru|kk] [--json]
      Holidays, substitute days off and decreed changes of a year, with its count of working days.
  Without --hotline both count with the calendar shipped with the code; with it, with the calendar
  in force at that hotline (ops' edits included, read through its API, GET /calendar/{year}).
  npm run sla -- calendar --file <kz-YYYY.json> [--lang en|ru|kk] [--json]
      The same for a year file, validating it first (exit code 1 if it is invalid).
`;

/** A mistake in the command line: reported with a hint to the usage, exit code 2. */
const LANGUAGES = ['en', 'ru', 'kk'] as const;
type Language = (typeof LANGUAGES)[number];

function ok(stdout: string): CliResult {
  return { code: EXIT_OK, stdout, stderr: '' };
}

function fail(code: number, message: string, withUsageHint = false): CliResult {
  const hint = withUsageHint ? '\nRun `npm run sla -- --help` for usage.' : '';
  return { code, stdout: '', stderr: `sla: ${message}${hint}\n` };
}

function required(value: string | undefined, option: string, example: string): string {
  if (value === undefined || value === '') {
    throw new UsageError(`missing --${option} (e.g. --${option} ${example})`);
  }
  return value;
}

/**
 * `--working-days -5` reads to Node's option parser as a second option; joined as `--working-days=-5` it
 * reaches the check that says what a working-day count must be.
 */
function attachNegativeNumbers(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
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
        return deadlineCommand(attachNegativeNumbers(rest), options.calendar ?? defaultCalendar());
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

/** `--hotline X` or `--hotline=X` in a command line: its value and the line without it. */
function takeHotlineOption(argv: readonly string[]): { hotline: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let hotline: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--hotline') {
      hotline = argv[index + 1] ?? '';
      index += 1;
    } else if (arg.startsWith('--hotline=')) {
      hotline = arg.slice('--hotline='.length);
    } else {
      rest.push(arg);
    }
  }
  return { hotline, rest };
}

function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/**
 * The years a command needs: `calendar --year Y` that year; a deadline the year of receipt and the years its
 * term can reach (about 247 working days a year). Empty when the line is malformed: the shipped calendar then
 * serves, and `runSlaCli` reports the mistake.
 */
function yearsNeeded(argv: readonly string[]): number[] {
  const [command] = argv;
  if (command === 'calendar') {
    const year = optionValue(argv, 'year');
    return year && /^\d{4}$/.test(year) ? [Number(year)] : [];
  }
  if (command !== 'deadline') return [];
  const received = optionValue(argv, 'received');
  const workingDays = Number(optionValue(argv, 'working-days'));
  if (!received || !Number.isSafeInteger(workingDays) || workingDays < 1) return [];
  let first: number;
  try {
    first = Number(almatyDayOf(parseInstant(received)).slice(0, 4));
  } catch {
    return [];
  }
  const span = 1 + Math.floor(workingDays / 200);
  return Array.from({ length: span + 1 }, (_, offset) => first + offset);
}

/**
 * Like `runSlaCli`, and with `--hotline` counts with the calendar in force at that hotline: each year the
 * command needs is read from `GET /calendar/{year}` (as operator), so the answer matches the hotline's timers
 * after ops edited the calendar. A year the hotline has no data for is left out, as in the functions.
 */
export async function runSlaCliWithHotline(argv: readonly string[]): Promise<CliResult> {
  const { hotline, rest } = takeHotlineOption(argv);
  if (hotline === undefined) return runSlaCli(argv);
  const parsed = HotlineIdSchema.safeParse(hotline);
  if (!parsed.success) {
    return fail(EXIT_USAGE, `--hotline must be 1414 or 111, got ${JSON.stringify(hotline)}`, true);
  }
  if (rest[0] === 'calendar' && optionValue(rest, 'file') !== undefined) {
    return fail(EXIT_USAGE, '--hotline reads the calendar in force; --file checks a file: give one', true);
  }
  const years = yearsNeeded(rest);
  if (years.length === 0) return runSlaCli(rest);
  const yearFiles: unknown[] = [];
  try {
    for (const year of years) {
      const response = await callApi<{ data: unknown }>({
        hotline: parsed.data,
        role: 'operator',
        method: 'GET',
        path: `/calendar/${year}`,
      });
      if (response.status === 404) continue;
      yearFiles.push(expectOk(response, `Reading the ${parsed.data} calendar of ${year}`).data);
    }
    return runSlaCli(rest, { calendar: loadCalendar(yearFiles) });
  } catch (error) {
    if (error instanceof CliError) return fail(error.exitCode, error.message);
    if (error instanceof CalendarDataError) return fail(EXIT_BAD_DATA, error.message);
    throw error;
  }
}
