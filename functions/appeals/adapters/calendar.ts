import { logger } from '../../shared/logger';
import { loadEffectiveCalendar } from '../../sla/adapters/calendar-store';
import type { WorkingDayCalendar } from '../../sla/domain/calendar';
import { workingDaysDeadline } from '../../sla/domain/deadline';
import { defaultCalendar } from '../../sla/domain/default-calendar';
import type { DeadlineCalendar } from '../ports';

/**
 * The answer deadline from the working-day calendar: the calendar ops edit (`loadEffectiveCalendar`) when
 * the function is bound to it (`calendarTable`, read once at cold start from CALENDAR_TABLE), else the one
 * shipped with the code. A deadline that cannot be computed (a receipt date beyond the calendar's years,
 * the calendar table unreachable) leaves the appeal without one rather than losing it, and says so in the log.
 */
export function workingDayCalendar(calendarTable: string | undefined): DeadlineCalendar {
  const calendar = calendarTable ? () => editedCalendar(calendarTable) : async () => defaultCalendar();
  return {
    async answerDeadline(receivedAt, workingDays) {
      try {
        return workingDaysDeadline(await calendar(), receivedAt, workingDays);
      } catch (error) {
        logger.error('No answer deadline: the working-day calendar cannot compute it', {
          error: error as Error,
        });
        return undefined;
      }
    },
  };
}

async function editedCalendar(tableName: string): Promise<WorkingDayCalendar> {
  try {
    return await loadEffectiveCalendar({ tableName });
  } catch (error) {
    logger.error('The edited calendar could not be read; counting with the shipped one', {
      error: error as Error,
    });
    return defaultCalendar();
  }
}
