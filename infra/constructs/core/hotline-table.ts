import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';

export interface HotlineTableProps
  extends Omit<
    dynamodb.TableProps,
    | 'partitionKey'
    | 'billingMode'
    | 'encryption'
    | 'encryptionKey'
    | 'pointInTimeRecoverySpecification'
    | 'removalPolicy'
  > {
  readonly config: HotlineConfig;
  /** The hotline's data key: every table is encrypted with it. */
  readonly key: kms.IKey;
  /** @default `pk` (string) */
  readonly partitionKey?: dynamodb.Attribute;
}

/**
 * A table of a hotline, the one way we make them: on-demand, encrypted with the hotline's key,
 * point-in-time recovery on, retained on stack deletion when the configuration says so (prod). Keyed by
 * the string attributes `pk` (and `sk` when given as `sortKey`); streams, TTL, deletion protection and
 * resource policies pass through.
 */
export class HotlineTable extends dynamodb.Table {
  constructor(scope: Construct, id: string, props: HotlineTableProps) {
    const { config, key, partitionKey, ...rest } = props;
    super(scope, id, {
      partitionKey: partitionKey ?? { name: 'pk', type: dynamodb.AttributeType.STRING },
      ...rest,
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}

/** The sort key most of our tables use. */
export const SORT_KEY: dynamodb.Attribute = { name: 'sk', type: dynamodb.AttributeType.STRING };
