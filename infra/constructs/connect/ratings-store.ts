import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';

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
    this.table = new HotlineTable(this, 'Table', {
      config: props.config,
      key: props.key,
      sortKey: SORT_KEY,
    });
  }
}
