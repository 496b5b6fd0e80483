import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../../shared/aws-clients';

/** Reads only what the IVR may say about an appeal: its status and dates (a projection, not the item). */
export async function readAppealStatusItem(
  tableName: string,
  number: string,
): Promise<Record<string, unknown> | undefined> {
  const { Item } = await dynamoDocuments().send(
    new GetCommand({
      TableName: tableName,
      Key: appealKeys.appeal(number),
      ProjectionExpression: '#status, receivedAt, deadline',
      ExpressionAttributeNames: { '#status': 'status' },
    }),
  );
  return Item;
}
