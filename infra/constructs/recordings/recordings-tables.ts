import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';

/** Metadata naming the append-only audit table, for tests. */
export const AUDIT_TABLE_METADATA = 'qoldau:append-only';

/** Actions that change or remove an item: nobody may use them on the audit log. */
export const AUDIT_FORBIDDEN_ACTIONS = [
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
] as const;

export interface RecordingTablesProps {
  readonly config: HotlineConfig;
  readonly key: kms.IKey;
}

/**
 * The recording capability's tables, each encrypted with the hotline key, with point-in-time recovery. Key
 * layouts in `functions/recordings/domain/keys.ts`.
 */
export class RecordingTables extends Construct {
  /** Contacts by keyed hash of caller number and Almaty day; entries expire with the recordings (TTL). */
  public readonly index: dynamodb.Table;
  /** The HMAC key of the index, kept apart from it. */
  public readonly hashKey: dynamodb.Table;
  /** Requests of the authorized body (and the SLA engine's events about them). */
  public readonly requests: dynamodb.Table;
  /** Append-only audit log: a resource policy denies every principal updating or deleting items. */
  public readonly audit: dynamodb.Table;

  constructor(scope: Construct, id: string, props: RecordingTablesProps) {
    super(scope, id);
    const { config, key } = props;
    const common = { config, key };
    const sortKey = SORT_KEY;

    this.index = new HotlineTable(this, 'Index', { ...common, sortKey, timeToLiveAttribute: 'expiresAt' });
    this.hashKey = new HotlineTable(this, 'HashKey', { ...common, deletionProtection: config.retainData });
    this.requests = new HotlineTable(this, 'Requests', { ...common, sortKey });
    this.requests.addGlobalSecondaryIndex({
      indexName: 'byOpen',
      partitionKey: { name: 'openPk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'openSk', type: dynamodb.AttributeType.STRING },
    });
    this.audit = new HotlineTable(this, 'Audit', {
      ...common,
      sortKey,
      deletionProtection: config.retainData,
      resourcePolicy: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'AppendOnly',
            effect: iam.Effect.DENY,
            principals: [new iam.AnyPrincipal()],
            actions: [...AUDIT_FORBIDDEN_ACTIONS],
            // A table's own resource policy cannot name its ARN (circular reference); `*` means this table.
            resources: ['*'],
          }),
        ],
      }),
    });
    (this.audit.node.defaultChild as dynamodb.CfnTable).addMetadata(AUDIT_TABLE_METADATA, true);
  }
}
