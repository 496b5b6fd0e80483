import { GetMetricDataV2Command, ListQueuesCommand } from '@aws-sdk/client-connect';
import { connectClient } from './clients';

/** Queue figures of one window, as Connect's GetMetricDataV2 reports them for the whole hotline. */
export interface QueueFigures {
  readonly queued: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Average queue answer time in seconds; null when nobody was answered. */
  readonly averageAnswerSeconds: number | null;
}

/** The instance id is the last part of its ARN (`arn:aws:connect:<region>:<account>:instance/<id>`). */
export function instanceIdOf(instanceArn: string): string {
  return instanceArn.split('/').pop() ?? instanceArn;
}

async function standardQueueArns(instanceArn: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await connectClient().send(
      new ListQueuesCommand({
        InstanceId: instanceIdOf(instanceArn),
        QueueTypes: ['STANDARD'],
        NextToken: nextToken,
      }),
    );
    arns.push(...(page.QueueSummaryList ?? []).flatMap((queue) => (queue.Arn ? [queue.Arn] : [])));
    nextToken = page.NextToken;
  } while (nextToken);
  return arns;
}

const METRICS = [
  'CONTACTS_QUEUED',
  'CONTACTS_HANDLED',
  'CONTACTS_ABANDONED',
  'AVG_QUEUE_ANSWER_TIME',
] as const;

/**
 * The hotline's queue figures between two instants. GetMetricDataV2 needs a queue filter (up to 100
 * values), so the hotline's standard queues are listed first; undefined when it has none.
 */
export async function queueFigures(
  instanceArn: string,
  start: Date,
  end: Date,
): Promise<QueueFigures | undefined> {
  const queues = (await standardQueueArns(instanceArn)).slice(0, 100);
  if (queues.length === 0) return undefined;
  const result = await connectClient().send(
    new GetMetricDataV2Command({
      ResourceArn: instanceArn,
      StartTime: start,
      EndTime: end,
      Filters: [{ FilterKey: 'QUEUE', FilterValues: queues }],
      Metrics: METRICS.map((name) => ({ Name: name })),
    }),
  );
  const values = new Map<string, number | undefined>();
  for (const row of result.MetricResults ?? []) {
    for (const collection of row.Collections ?? []) {
      if (collection.Metric?.Name) values.set(collection.Metric.Name, collection.Value);
    }
  }
  const count = (name: string) => Math.round(values.get(name) ?? 0);
  const average = values.get('AVG_QUEUE_ANSWER_TIME');
  return {
    queued: count('CONTACTS_QUEUED'),
    answered: count('CONTACTS_HANDLED'),
    abandoned: count('CONTACTS_ABANDONED'),
    averageAnswerSeconds: average === undefined || average === null ? null : average,
  };
}
