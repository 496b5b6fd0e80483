import { RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';

export interface DataKeyProps {
  readonly config: HotlineConfig;
}

/**
 * The hotline's own customer-managed KMS key. Every table, bucket and topic of the hotline is encrypted
 * with it, so 111's data cannot be read with 1414's grants and the other way round.
 */
export class DataKey extends Construct {
  public readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: DataKeyProps) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      alias: `alias/qoldau/${props.config.slug}-${props.config.stage}`,
      description: `qoldau ${props.config.id} (${props.config.stage}): data at rest`,
      enableKeyRotation: true,
      removalPolicy: props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}
