import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';

export interface AppealStoreProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
}

/**
 * The appeal register's table: one per hotline, encrypted with the hotline's key, point-in-time recovery on.
 * Single-table layout (see `contracts/keys/appeal-keys.ts`): the appeal, its append-only history events,
 * de-duplication markers and lookups by status and by hashed contact.
 */
export class AppealStore extends Construct {
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: AppealStoreProps) {
    super(scope, id);
    this.table = new HotlineTable(this, 'Table', {
      config: props.config,
      key: props.key,
      sortKey: SORT_KEY,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: 'expiresAt',
    });
    this.table.addGlobalSecondaryIndex({
      indexName: 'byStatus',
      partitionKey: { name: 'gsi1pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'gsi1sk', type: dynamodb.AttributeType.STRING },
    });
    this.table.addGlobalSecondaryIndex({
      indexName: 'byContact',
      partitionKey: { name: 'gsi2pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'gsi2sk', type: dynamodb.AttributeType.STRING },
    });
  }
}
