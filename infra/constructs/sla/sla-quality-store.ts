import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';

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
    this.table = new HotlineTable(this, 'Table', {
      config: props.config,
      key: props.key,
      sortKey: SORT_KEY,
    });
  }
}
