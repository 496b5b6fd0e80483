import { parseInstant } from './almaty-time';
import type { WorkingDayCalendar } from './calendar';
import { workingDaysDeadline } from './deadline';
import { CalendarMissingYearError } from './errors';

export interface OpenAppealTerm {
  readonly receivedAt: string;
  readonly deadline: string;
}

export type RescheduleDecision =
  | { readonly change: true; readonly deadline: string }
  | { readonly change: false; readonly reason: 'unchanged' | 'not-calendar-based' | 'missing-year' };

/**
 * Whether a calendar edit moves an open appeal's deadline, and where to. Only deadlines the calendar
 * produced are moved: an appeal whose stored deadline is not what the old calendar gives for its
 * receipt (an urgent case, a deadline a request named, a term set by hand) keeps its deadline.
 */
export function rescheduleDeadline(
  appeal: OpenAppealTerm,
  workingDays: number,
  before: WorkingDayCalendar,
  after: WorkingDayCalendar,
): RescheduleDecision {
  let previous: string;
  let next: string;
  try {
    previous = workingDaysDeadline(before, appeal.receivedAt, workingDays);
    next = workingDaysDeadline(after, appeal.receivedAt, workingDays);
  } catch (error) {
    if (error instanceof CalendarMissingYearError) return { change: false, reason: 'missing-year' };
    throw error;
  }
  if (parseInstant(previous) !== parseInstant(appeal.deadline))
    return { change: false, reason: 'not-calendar-based' };
  if (parseInstant(next) === parseInstant(previous)) return { change: false, reason: 'unchanged' };
  return { change: true, deadline: next };
}
