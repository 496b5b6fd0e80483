import kz2025 from '../calendar/kz-2025.json';
import kz2026 from '../calendar/kz-2026.json';
import kz2027 from '../calendar/kz-2027.json';
import { loadCalendar, type WorkingDayCalendar } from './calendar';

/**
 * The calendar data shipped with the code. Static imports let esbuild bundle the (small) files into
 * each function; in AWS the same JSON can be replaced at run time from S3/DynamoDB via loadCalendar.
 */
export const SHIPPED_CALENDAR_YEARS: readonly unknown[] = [kz2025, kz2026, kz2027];

let shipped: WorkingDayCalendar | undefined;

/** Kazakhstan's calendar from the shipped files, validated once and then reused. */
export function defaultCalendar(): WorkingDayCalendar {
  shipped ??= loadCalendar(SHIPPED_CALENDAR_YEARS);
  return shipped;
}
