import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';

export interface SlaQualityStoreProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
}

/**
 * SLA outcomes (met, breached, answered late) and Connect wait-time samples per Almaty day, so quality
 * reports read our own table instead of CloudWatch. Layout in `functions/sla/domain/quality-keys.ts`.
 */
export class SlaQualityStore extends Construct {
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: SlaQualityStoreProps) {
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
