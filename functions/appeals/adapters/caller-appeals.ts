import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../../shared/aws-clients';

/** An earlier appeal of the same caller, as the operator sees it during the call: no applicant data. */
export interface CallerAppeal {
  readonly number: string;
  readonly status: string;
  readonly receivedAt: string;
  readonly topic?: string;
  readonly deadline?: string;
}

/** The newest appeals filed under a contact hash, through the byContact index. */
export async function appealsByContactHash(
  tableName: string,
  contactHash: string,
  limit: number,
): Promise<CallerAppeal[]> {
  const page = await dynamoDocuments().send(
    new QueryCommand({
      TableName: tableName,
      IndexName: appealKeys.contactIndex.name,
      KeyConditionExpression: 'gsi2pk = :contact',
      ExpressionAttributeValues: { ':contact': appealKeys.contactIndex.pk(contactHash) },
      ExpressionAttributeNames: { '#number': 'number', '#status': 'status' },
      ProjectionExpression: '#number, #status, receivedAt, topic, deadline',
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((item) => ({
    number: String(item['number']),
    status: String(item['status']),
    receivedAt: String(item['receivedAt']),
    ...(typeof item['topic'] === 'string' ? { topic: item['topic'] } : {}),
    ...(typeof item['deadline'] === 'string' ? { deadline: item['deadline'] } : {}),
  }));
}
