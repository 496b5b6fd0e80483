import { PutMetricDataCommand, type StandardUnit } from '@aws-sdk/client-cloudwatch';
import { cloudWatchClient } from './clients';

/** Names of the metrics the SLA engine publishes (namespace `Qoldau`, dimension `Hotline`). */
export const METRIC = {
  /** Every answered contact, callbacks included (their time in the queue is waiting too): the 40 s figure. */
  averageQueueAnswerTime: 'AverageQueueAnswerTime',
  /** Callers answered while on the line, callbacks left out. */
  averageQueueAnswerTimeWithoutCallbacks: 'AverageQueueAnswerTimeWithoutCallbacks',
  /** Callback contacts that entered a queue, apart from callers queued, answered and abandoned. */
  contactsCallback: 'ContactsCallback',
  contactsQueued: 'ContactsQueued',
  contactsAnswered: 'ContactsAnswered',
  contactsAbandoned: 'ContactsAbandoned',
  appealsOpen: 'AppealsOpen',
  appealsOverdue: 'AppealsOverdue',
  slaMetPercent: 'SlaMetPercent',
  ratingAverage: 'RatingAverage',
} as const;

export interface MetricPoint {
  readonly name: string;
  readonly unit: StandardUnit;
  readonly value?: number;
  /** A pre-aggregated point, so CloudWatch's Average over a period is weighted by the sample count. */
  readonly statistics?: { sampleCount: number; sum: number; minimum: number; maximum: number };
}

export async function putMetrics(
  namespace: string,
  hotline: string,
  at: Date,
  points: readonly MetricPoint[],
) {
  if (points.length === 0) return;
  await cloudWatchClient().send(
    new PutMetricDataCommand({
      Namespace: namespace,
      MetricData: points.map((point) => ({
        MetricName: point.name,
        Dimensions: [{ Name: 'Hotline', Value: hotline }],
        Timestamp: at,
        Unit: point.unit,
        ...(point.statistics
          ? {
              StatisticValues: {
                SampleCount: point.statistics.sampleCount,
                Sum: point.statistics.sum,
                Minimum: point.statistics.minimum,
                Maximum: point.statistics.maximum,
              },
            }
          : { Value: point.value ?? 0 }),
      })),
    }),
  );
}
