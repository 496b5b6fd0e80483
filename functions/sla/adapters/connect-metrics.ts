import { GetMetricDataV2Command, ListQueuesCommand } from '@aws-sdk/client-connect';
import { connectClient } from './clients';

/**
 * Queue figures of one window, as Connect's GetMetricDataV2 reports them for the whole hotline, callers on
 * the line apart from queued callbacks (contacts with InitiationMethod CALLBACK).
 */
export interface QueueFigures {
  readonly queued: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Average queue answer time in seconds of answered callers; null when nobody was answered. */
  readonly averageAnswerSeconds: number | null;
  /** Callback contacts that entered a queue, and those an operator took. */
  readonly callbacks: number;
  readonly callbacksAnswered: number;
  /** Average time callbacks waited in the queue for an operator; null when none was taken. */
  readonly averageCallbackAnswerSeconds: number | null;
}

interface MethodFigures {
  queued: number;
  answered: number;
  abandoned: number;
  waitSum: number;
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
      Groupings: ['INITIATION_METHOD'],
      Metrics: METRICS.map((name) => ({ Name: name })),
    }),
  );
  // Grouped by initiation method so callbacks are counted apart; each group's average is weighted back
  // into a sum by its answered contacts.
  const callers: MethodFigures = { queued: 0, answered: 0, abandoned: 0, waitSum: 0 };
  const callbacks: MethodFigures = { queued: 0, answered: 0, abandoned: 0, waitSum: 0 };
  for (const row of result.MetricResults ?? []) {
    const values = new Map<string, number | undefined>();
    for (const collection of row.Collections ?? []) {
      if (collection.Metric?.Name) values.set(collection.Metric.Name, collection.Value);
    }
    const count = (name: string) => Math.round(values.get(name) ?? 0);
    const target = row.Dimensions?.['INITIATION_METHOD'] === 'CALLBACK' ? callbacks : callers;
    const answered = count('CONTACTS_HANDLED');
    target.queued += count('CONTACTS_QUEUED');
    target.answered += answered;
    target.abandoned += count('CONTACTS_ABANDONED');
    target.waitSum += (values.get('AVG_QUEUE_ANSWER_TIME') ?? 0) * answered;
  }
  const average = (figures: MethodFigures) =>
    figures.answered === 0 ? null : figures.waitSum / figures.answered;
  return {
    queued: callers.queued,
    answered: callers.answered,
    abandoned: callers.abandoned,
    averageAnswerSeconds: average(callers),
    callbacks: callbacks.queued,
    callbacksAnswered: callbacks.answered,
    averageCallbackAnswerSeconds: average(callbacks),
  };
}
