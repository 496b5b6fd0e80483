import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import { parseInstant } from '../domain/almaty-time';
import type { AppealBacklog as QualityAppealBacklog } from '../domain/quality';
import { openAppealItems } from './open-appeal-items';
import { OPEN_APPEAL_STATUSES } from './sla-records';

export type AppealBacklog = Omit<QualityAppealBacklog, 'countedAt'>;

/** Counts open and overdue appeals through the byStatus index (deadlines only, no appeal content). */
export async function appealBacklog(appealsTable: string, now: Date): Promise<AppealBacklog> {
  let open = 0;
  let overdue = 0;
  for await (const item of openAppealItems(appealsTable, { expression: 'deadline' })) {
    open += 1;
    const deadline = item['deadline'];
    if (typeof deadline === 'string' && parseInstant(deadline) < now.getTime()) overdue += 1;
  }
  return { open, overdue };
}

/** An open appeal as the supervisor's backlog lists it: no applicant, no text, only the clock. */
export interface OpenAppeal {
  readonly number: string;
  readonly status: string;
  readonly receivedAt: string;
  readonly deadline?: string;
  readonly topic?: string;
  readonly urgent?: boolean;
  readonly urgentAckDeadline?: string;
  readonly acknowledged?: boolean;
}

/** The open appeals through the byStatus index, up to `limit` per status (deadlines only, no content). */
export async function openAppeals(appealsTable: string, limit: number): Promise<OpenAppeal[]> {
  const found: OpenAppeal[] = [];
  for (const status of OPEN_APPEAL_STATUSES) {
    const page = await dynamoDocuments().send(
      new QueryCommand({
        TableName: appealsTable,
        IndexName: appealKeys.statusIndex.name,
        KeyConditionExpression: 'gsi1pk = :status',
        ExpressionAttributeValues: { ':status': appealKeys.statusIndex.pk(status) },
        ExpressionAttributeNames: { '#number': 'number', '#status': 'status' },
        ProjectionExpression:
          '#number, #status, receivedAt, deadline, topic, urgent, urgentAckDeadline, urgentAcknowledgement',
        Limit: limit,
      }),
    );
    for (const item of page.Items ?? []) {
      found.push({
        number: String(item['number']),
        status: String(item['status']),
        receivedAt: String(item['receivedAt']),
        ...(typeof item['deadline'] === 'string' ? { deadline: item['deadline'] } : {}),
        ...(typeof item['topic'] === 'string' ? { topic: item['topic'] } : {}),
        ...(item['urgent'] === true
          ? {
              urgent: true,
              acknowledged: item['urgentAcknowledgement'] !== undefined,
              ...(typeof item['urgentAckDeadline'] === 'string'
                ? { urgentAckDeadline: item['urgentAckDeadline'] }
                : {}),
            }
          : {}),
      });
    }
  }
  return found;
}
