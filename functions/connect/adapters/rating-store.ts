import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RatingItem } from '../../../contracts/keys/rating-keys';
import { dynamoDocuments } from '../../shared/aws-clients';

/** One item per rated contact: a repeated answer for the same contact overwrites the first. */
export async function putRating(tableName: string, item: RatingItem): Promise<void> {
  await dynamoDocuments().send(new PutCommand({ TableName: tableName, Item: { ...item } }));
}
