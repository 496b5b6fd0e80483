import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { APPEAL_STATUSES } from '../../appeals/domain/appeal';
import { queryItems } from '../../shared/query-items';
import type { RegisteredAppeal } from '../domain/appeal-fact';

/**
 * Appeals staff registered from the desktop, received in [from, to), read from the register's byStatus
 * index (one query per status, by receipt time) and kept only when they name who registered them. Only the
 * clock fields are read: no applicant, no text.
 */
export async function appealsRegisteredBetween(
  tableName: string,
  from: string,
  to: string,
): Promise<RegisteredAppeal[]> {
  const found: RegisteredAppeal[] = [];
  for (const status of APPEAL_STATUSES) {
    const items = queryItems({
      TableName: tableName,
      IndexName: appealKeys.statusIndex.name,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      FilterExpression: 'attribute_exists(registeredBy)',
      ProjectionExpression: 'registeredBy, receivedAt, #status, deadline, answeredAt, gsi1sk',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': appealKeys.statusIndex.pk(status), ':from': from, ':to': to },
    });
    for await (const item of items) {
      // BETWEEN includes its upper bound; the period does not.
      if (item['gsi1sk'] === to || typeof item['registeredBy'] !== 'string') continue;
      found.push({
        registeredBy: item['registeredBy'],
        receivedAt: String(item['receivedAt']),
        status,
        ...(typeof item['deadline'] === 'string' ? { deadline: item['deadline'] } : {}),
        ...(typeof item['answeredAt'] === 'string' ? { answeredAt: item['answeredAt'] } : {}),
      });
    }
  }
  return found;
}
