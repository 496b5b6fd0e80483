import type { ScheduledEvent } from 'aws-lambda';
import { ENV, readEnv } from '../shared/env';
import { appealBacklog } from './adapters/appeal-backlog';
import { METRIC, type MetricPoint, putMetrics } from './adapters/metrics';
import { readOutcomes, readRatings } from './adapters/quality-store';
import { almatyDayOf } from './domain/almaty-time';
import { summarizeRatings, summarizeSla } from './domain/quality';

const env = readEnv([
  ENV.hotline,
  ENV.appealsTable,
  ENV.qualityTable,
  ENV.ratingsTable,
  ENV.metricsNamespace,
]);

/**
 * Every 5 minutes: open and overdue appeals, today's SLA met % and today's average rating (Almaty day),
 * published to CloudWatch for the hotline's dashboard. The met % is hotline-wide, over every clock that
 * came due (answers, recording deliveries, urgent acknowledgements); the report splits it per clock.
 */
export async function handler(event: Pick<ScheduledEvent, 'time'>) {
  const now = new Date(event.time);
  const today = almatyDayOf(now.getTime());
  const [backlog, outcomes, ratings] = await Promise.all([
    appealBacklog(env[ENV.appealsTable], now),
    readOutcomes(env[ENV.qualityTable], today),
    readRatings(env[ENV.ratingsTable], today),
  ]);
  const sla = summarizeSla(outcomes);
  const rated = summarizeRatings(ratings);
  const points: MetricPoint[] = [
    { name: METRIC.appealsOpen, unit: 'Count', value: backlog.open },
    { name: METRIC.appealsOverdue, unit: 'Count', value: backlog.overdue },
    ...(sla.metPercent === null
      ? []
      : [{ name: METRIC.slaMetPercent, unit: 'Percent' as const, value: sla.metPercent }]),
    ...(rated.average === null
      ? []
      : [{ name: METRIC.ratingAverage, unit: 'None' as const, value: rated.average }]),
  ];
  await putMetrics(env[ENV.metricsNamespace], env[ENV.hotline], now, points);
  return { backlog, slaMetPercent: sla.metPercent, ratingAverage: rated.average };
}
