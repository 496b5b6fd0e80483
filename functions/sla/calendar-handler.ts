import * as z from 'zod';
import { ENV, readEnv } from '../shared/env';
import { BadRequestError, ConflictError, NotFoundError } from '../shared/errors';
import { callerOf, httpHandler, jsonResult, parseJsonBody } from '../shared/http';
import { logger } from '../shared/logger';
import { loadStoredYears, saveYear } from './adapters/calendar-store';
import { rescheduleOpenAppeals } from './adapters/reschedule';
import {
  type CalendarEdit,
  CalendarVersionConflictError,
  CalendarYearMismatchError,
  planCalendarEdit,
  yearInForce,
} from './domain/calendar-edit';
import { CalendarDataError } from './domain/errors';

const env = readEnv([
  ENV.hotline,
  ENV.calendarTable,
  ENV.appealsTable,
  ENV.appealSlaStateMachine,
  ENV.slaAnswerWorkingDays,
]);

/** Calendar files may grow with notes, but never to megabytes. */
const MAX_YEAR_FILE_BYTES = 64 * 1024;

function yearOf(pathYear: string | undefined): number {
  if (!pathYear || !/^\d{4}$/.test(pathYear)) {
    throw new BadRequestError(`The year must be written like 2026, got ${JSON.stringify(pathYear ?? '')}`);
  }
  return Number(pathYear);
}

function planOrReject(...args: Parameters<typeof planCalendarEdit>): CalendarEdit {
  try {
    return planCalendarEdit(...args);
  } catch (error) {
    if (error instanceof CalendarDataError)
      throw new BadRequestError(error.message, { problems: error.problems });
    if (error instanceof CalendarYearMismatchError) throw new BadRequestError(error.message);
    if (error instanceof CalendarVersionConflictError) throw new ConflictError(error.message);
    throw error;
  }
}

/**
 * `GET /calendar/{year}`: the year deadlines are counted with (stored edit or shipped file) and its overview.
 * `PUT /calendar/{year}` (supervisors): replaces the year after validating it, then moves the deadlines of
 * open appeals it changes and restarts their timers.
 */
export const handler = httpHandler(async (event) => {
  const year = yearOf(event.pathParameters?.['year']);
  const tableName = env[ENV.calendarTable];
  const stored = await loadStoredYears(tableName);
  const storedYear = stored.find((entry) => entry.year === year);

  if (event.requestContext.http.method === 'GET') {
    const inForce = yearInForce(year, stored);
    if (!inForce) throw new NotFoundError(`No calendar data for ${year}`);
    return jsonResult(200, {
      year,
      ...inForce,
      ...(storedYear ? { updatedAt: storedYear.updatedAt, updatedBy: storedYear.updatedBy } : {}),
    });
  }

  const edit = planOrReject(year, parseJsonBody(event, z.unknown(), MAX_YEAR_FILE_BYTES), stored);
  const saved =
    edit.unchanged && storedYear ? storedYear : await saveYear(tableName, edit.data, callerOf(event).session);
  const result = await rescheduleOpenAppeals({
    appealsTable: env[ENV.appealsTable],
    appealTimer: env[ENV.appealSlaStateMachine],
    hotline: env[ENV.hotline],
    workingDays: Number(env[ENV.slaAnswerWorkingDays]),
    before: edit.before,
    after: edit.after,
    calendarVersion: edit.data.version,
  });
  logger.info('Calendar year replaced', {
    year,
    version: saved.version,
    rescheduled: result.rescheduled.length,
  });
  return jsonResult(200, {
    year,
    version: saved.version,
    updatedAt: saved.updatedAt,
    openAppealsChecked: result.checked,
    rescheduled: result.rescheduled,
  });
});
