import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { HEAD_SK, referralPk } from '../../../contracts/keys/knowledge-base-keys';
import { dynamoDocuments } from '../../shared/aws-clients';
import { isConditionFailure } from './conditions';
import { referralFromItem, referralItem, type StoredReferral } from './kb-items';

/** The referral directory: one item per body, with a version for optimistic concurrency. */
export class ReferralStore {
  constructor(
    private readonly table: string,
    private readonly db: DynamoDBDocumentClient = dynamoDocuments(),
  ) {}

  async get(id: string): Promise<StoredReferral | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: referralPk(id), sk: HEAD_SK },
        ConsistentRead: true,
      }),
    );
    return Item ? referralFromItem(Item) : undefined;
  }

  /** Writes `stored` if the stored version is still `basedOn` (0: none yet); false when someone came first. */
  async put(stored: StoredReferral, basedOn: number): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: referralItem(stored),
          ...(basedOn === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'version = :basedOn',
                ExpressionAttributeValues: { ':basedOn': basedOn },
              }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
