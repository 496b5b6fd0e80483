import type { ScheduledEvent } from 'aws-lambda';
import { ENV, readEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { queueFigures } from './adapters/connect-metrics';
import { METRIC, type MetricPoint, putMetrics } from './adapters/metrics';
import { saveWaitSample } from './adapters/quality-store';
import { collectionWindow } from './domain/metric-window';
import type { WaitSample } from './domain/quality-keys';

const env = readEnv([ENV.hotline, ENV.connectInstanceArn, ENV.qualityTable, ENV.metricsNamespace]);

/**
 * Every 5 minutes: the last window's queue figures from Connect (GetMetricDataV2), published to CloudWatch
 * for the dashboard and the 40-second alarm, and kept in the quality table for reports.
 */
export async function handler(event: Pick<ScheduledEvent, 'time'>): Promise<WaitSample | undefined> {
  const window = collectionWindow(event.time);
  const figures = await queueFigures(env[ENV.connectInstanceArn], window.start, window.end);
  if (!figures) {
    logger.warn('The Connect instance has no standard queues yet; nothing to collect');
    return undefined;
  }
  const callersWait = (figures.averageAnswerSeconds ?? 0) * figures.answered;
  const callbacksWait = (figures.averageCallbackAnswerSeconds ?? 0) * figures.callbacksAnswered;
  const sample: WaitSample = {
    windowStart: window.start.toISOString(),
    windowEnd: window.end.toISOString(),
    queued: figures.queued,
    answered: figures.answered,
    abandoned: figures.abandoned,
    waitSecondsSum: callersWait,
    callbacks: figures.callbacks,
    callbacksAnswered: figures.callbacksAnswered,
    callbackWaitSecondsSum: callbacksWait,
  };
  await saveWaitSample(env[ENV.qualityTable], sample);
  const points: MetricPoint[] = [
    { name: METRIC.contactsQueued, unit: 'Count', value: figures.queued },
    { name: METRIC.contactsAnswered, unit: 'Count', value: figures.answered },
    { name: METRIC.contactsAbandoned, unit: 'Count', value: figures.abandoned },
    { name: METRIC.contactsCallback, unit: 'Count', value: figures.callbacks },
  ];
  const averagePoint = (name: string, count: number, sum: number): MetricPoint => ({
    name,
    unit: 'Seconds',
    statistics: { sampleCount: count, sum, minimum: sum / count, maximum: sum / count },
  });
  const allAnswered = figures.answered + figures.callbacksAnswered;
  // The alarm's figure counts callbacks' time in the queue as waiting; the other leaves them out.
  if (allAnswered > 0) {
    points.push(averagePoint(METRIC.averageQueueAnswerTime, allAnswered, callersWait + callbacksWait));
  }
  if (figures.answered > 0) {
    points.push(averagePoint(METRIC.averageQueueAnswerTimeWithoutCallbacks, figures.answered, callersWait));
  }
  await putMetrics(env[ENV.metricsNamespace], env[ENV.hotline], window.start, points);
  return sample;
}
