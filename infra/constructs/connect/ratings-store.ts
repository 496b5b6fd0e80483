import { Stack, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { RATINGS_BY_CONTACT_INDEX } from '../../../contracts/keys/rating-keys';
import type { HotlineConfig } from '../../config/schema';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';
import { logicalIdOf } from '../core/nag';

export interface RatingsStoreProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
}

/**
 * Post-call ratings (1-5, or declined), one item per surveyed contact, keyed by Almaty day so quality reports
 * read a date range without scanning, and indexed by contact so the desktop reads one contact's rating.
 * Layout in `contracts/keys/rating-keys.ts`.
 */
export class RatingsStore extends Construct {
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: RatingsStoreProps) {
    super(scope, id);
    this.table = new HotlineTable(this, 'Table', {
      config: props.config,
      key: props.key,
      sortKey: SORT_KEY,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: RATINGS_BY_CONTACT_INDEX,
      partitionKey: { name: 'contactId', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: ['rating', 'declined', 'at'],
    });
    // CDK's table grants (the survey's writer, the quality readers, the desktop's rating reader) all include
    // the table's indexes; acknowledged once here for every role that holds such a grant.
    Validations.of(Stack.of(this)).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.table)}.Arn>/index/*]`,
      reason: 'CDK table grants cover the ratings table’s own indexes (byContact), nothing else.',
    });
  }
}
