import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { RATINGS_BY_CONTACT_INDEX } from '../../../contracts/keys/rating-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { StoredRating } from '../domain/contact-rating';

/** One contact's rating through the table's by-contact index (at most one item: one rating per contact). */
export function contactRatingReader(tableName: string) {
  return {
    find: async (contactId: string): Promise<StoredRating | undefined> => {
      const { Items } = await dynamoDocuments().send(
        new QueryCommand({
          TableName: tableName,
          IndexName: RATINGS_BY_CONTACT_INDEX,
          KeyConditionExpression: 'contactId = :contactId',
          ExpressionAttributeValues: { ':contactId': contactId },
          Limit: 1,
        }),
      );
      return Items?.[0] as StoredRating | undefined;
    },
  };
}
