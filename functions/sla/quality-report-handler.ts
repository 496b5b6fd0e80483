import * as z from 'zod';
import { ENV, readEnv } from '../shared/env';
import { httpHandler, jsonResult, parseWith } from '../shared/http';
import { appealBacklog } from './adapters/appeal-backlog';
import { readQualityRecords } from './adapters/quality-store';
import { almatyDayOf, formatAlmaty } from './domain/almaty-time';
import { addCalendarDays, isCalendarDay } from './domain/calendar-day';
import { buildQualityReport, daysBetween, MAX_REPORT_DAYS } from './domain/quality';

const env = readEnv([
  ENV.hotline,
  ENV.appealsTable,
  ENV.qualityTable,
  ENV.ratingsTable,
  ENV.averageWaitTargetSeconds,
]);

const day = z.string().refine(isCalendarDay, { message: 'expected a day written YYYY-MM-DD' });
const rangeSchema = z
  .object({ from: day.optional(), to: day.optional() })
  .transform((range) => {
    // Default: the last 7 days up to today, in Almaty.
    const to = range.to ?? almatyDayOf(Date.now());
    return { from: range.from ?? addCalendarDays(to, -6), to };
  })
  .refine((range) => range.from <= range.to, { message: '"from" must not be after "to"' })
  .refine((range) => daysBetween(range.from, range.to).length <= MAX_REPORT_DAYS, {
    message: `a report covers at most ${MAX_REPORT_DAYS} days`,
  });

/**
 * `GET /reports/quality?from=YYYY-MM-DD&to=YYYY-MM-DD` (supervisors): calls and average wait against the
 * target, appeals open and overdue now, SLA met %, and ratings per operator, queue and day, from the
 * hotline's own tables.
 */
export const handler = httpHandler(async (event) => {
  const range = parseWith(rangeSchema, event.queryStringParameters ?? {});
  const now = new Date();
  const [records, backlog] = await Promise.all([
    readQualityRecords(
      { ratings: env[ENV.ratingsTable], quality: env[ENV.qualityTable] },
      daysBetween(range.from, range.to),
    ),
    appealBacklog(env[ENV.appealsTable], now),
  ]);
  const report = buildQualityReport({
    hotline: env[ENV.hotline],
    ...range,
    averageWaitTargetSeconds: Number(env[ENV.averageWaitTargetSeconds]),
    backlog: { ...backlog, countedAt: formatAlmaty(now.getTime()) },
    ...records,
  });
  return jsonResult(200, report);
});
