import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import { parseInstant } from '../domain/almaty-time';
import type { AppealBacklog as QualityAppealBacklog } from '../domain/quality';
import { OPEN_APPEAL_STATUSES } from './sla-records';

export type AppealBacklog = Omit<QualityAppealBacklog, 'countedAt'>;

/** Counts open and overdue appeals through the byStatus index (deadlines only, no appeal content). */
export async function appealBacklog(appealsTable: string, now: Date): Promise<AppealBacklog> {
  let open = 0;
  let overdue = 0;
  for (const status of OPEN_APPEAL_STATUSES) {
    let startKey: QueryCommandOutput['LastEvaluatedKey'];
    do {
      const page = await dynamoDocuments().send(
        new QueryCommand({
          TableName: appealsTable,
          IndexName: appealKeys.statusIndex.name,
          KeyConditionExpression: 'gsi1pk = :status',
          ExpressionAttributeValues: { ':status': appealKeys.statusIndex.pk(status) },
          ProjectionExpression: 'deadline',
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        open += 1;
        const deadline = item['deadline'];
        if (typeof deadline === 'string' && parseInstant(deadline) < now.getTime()) overdue += 1;
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }
  return { open, overdue };
}
