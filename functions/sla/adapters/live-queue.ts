import { GetCurrentMetricDataCommand, ListQueuesCommand } from '@aws-sdk/client-connect';
import type { LiveQueue } from '../domain/live-queue';
import { connectClient } from './clients';
import { instanceIdOf } from './connect-metrics';

/**
 * Now, per standard queue of the instance: calls waiting, the oldest one's age, operators available
 * and logged in (Connect's GetCurrentMetricData, grouped by queue).
 */
export async function liveQueues(instanceArn: string): Promise<LiveQueue[]> {
  const instanceId = instanceIdOf(instanceArn);
  const queues: Array<{ arn: string; name: string }> = [];
  let nextToken: string | undefined;
  do {
    const page = await connectClient().send(
      new ListQueuesCommand({ InstanceId: instanceId, QueueTypes: ['STANDARD'], NextToken: nextToken }),
    );
    for (const queue of page.QueueSummaryList ?? [])
      if (queue.Arn) queues.push({ arn: queue.Arn, name: queue.Name ?? queue.Arn });
    nextToken = page.NextToken;
  } while (nextToken);
  if (queues.length === 0) return [];
  const result = await connectClient().send(
    new GetCurrentMetricDataCommand({
      InstanceId: instanceId,
      Filters: { Queues: queues.slice(0, 100).map((queue) => queue.arn), Channels: ['VOICE'] },
      Groupings: ['QUEUE'],
      CurrentMetrics: [
        { Name: 'CONTACTS_IN_QUEUE', Unit: 'COUNT' },
        { Name: 'OLDEST_CONTACT_AGE', Unit: 'SECONDS' },
        { Name: 'AGENTS_AVAILABLE', Unit: 'COUNT' },
        { Name: 'AGENTS_ONLINE', Unit: 'COUNT' },
      ],
    }),
  );
  return queues.map((queue) => {
    const row = (result.MetricResults ?? []).find(
      (candidate) => candidate.Dimensions?.Queue?.Arn === queue.arn,
    );
    const value = (name: string) =>
      Math.round(row?.Collections?.find((collection) => collection.Metric?.Name === name)?.Value ?? 0);
    return {
      queue: queue.name,
      waiting: value('CONTACTS_IN_QUEUE'),
      oldestWaitSeconds: value('OLDEST_CONTACT_AGE'),
      agentsAvailable: value('AGENTS_AVAILABLE'),
      agentsOnline: value('AGENTS_ONLINE'),
    };
  });
}
