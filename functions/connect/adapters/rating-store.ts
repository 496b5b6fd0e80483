import type { RatingItem } from '../../../contracts/keys/rating-keys';
import { LeanDynamoDB } from '../../shared/lean-dynamodb';

/** The ratings table through the lean client: the caller is still on the line when the survey stores it. */
export function ratingStore(tableName: string, dynamo = new LeanDynamoDB()) {
  return {
    /** One item per rated contact: a repeated answer for the same contact overwrites the first. */
    put: (item: RatingItem) => dynamo.putItem({ TableName: tableName, Item: { ...item } }),
  };
}
