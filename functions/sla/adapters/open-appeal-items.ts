import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { queryItems } from '../../shared/query-items';
import { OPEN_APPEAL_STATUSES } from './sla-records';

/**
 * Every open appeal through the register's byStatus index, one status after another, with only the
 * attributes `projection` names (the clock, never the applicant or the text).
 */
export async function* openAppealItems(
  tableName: string,
  projection: { readonly expression: string; readonly names?: Record<string, string> },
): AsyncGenerator<Record<string, unknown>> {
  for (const status of OPEN_APPEAL_STATUSES) {
    yield* queryItems({
      TableName: tableName,
      IndexName: appealKeys.statusIndex.name,
      KeyConditionExpression: 'gsi1pk = :status',
      ExpressionAttributeValues: { ':status': appealKeys.statusIndex.pk(status) },
      ProjectionExpression: projection.expression,
      ...(projection.names ? { ExpressionAttributeNames: projection.names } : {}),
    });
  }
}
