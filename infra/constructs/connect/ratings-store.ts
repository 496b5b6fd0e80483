import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';

export interface RatingsStoreProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
}

/**
 * Post-call ratings (1-5, or declined), one item per surveyed contact, keyed by Almaty day so quality reports
 * read a date range without scanning. Layout in `functions/shared/rating-keys.ts`.
 */
export class RatingsStore extends Construct {
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: RatingsStoreProps) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}
