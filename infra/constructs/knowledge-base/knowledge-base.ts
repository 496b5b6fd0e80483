import { Duration } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import { HEAD_SK, LISTS_INDEX, TRANSLATIONS_INDEX } from '../../../contracts/keys/knowledge-base-keys';
import type { HotlineConfig } from '../../config/schema';
import { bindTable } from '../core/bind';
import { HotlineTable, SORT_KEY } from '../core/hotline-table';
import type { QoldauHttpApi, RouteMethod } from '../core/http-api';
import { QoldauFunction } from '../core/qoldau-function';
import type { AccessRoles } from '../identity/access-roles';
import { acknowledgeKnowledgeBase } from './knowledge-base-nag';
import { SearchSnapshots } from './search-snapshots';

export interface KnowledgeBaseProps {
  readonly config: HotlineConfig;
  /** The hotline's key: the table, its stream and the indexer's failure queue use it. */
  readonly key: kms.IKey;
  readonly api: QoldauHttpApi;
  readonly access: AccessRoles;
}

/** Routes of the editors (role kbEditor only). */
const EDITOR_ROUTES: ReadonlyArray<readonly [RouteMethod, string]> = [
  ['PUT', '/kb/articles/{id}'],
  ['DELETE', '/kb/articles/{id}'],
  ['GET', '/kb/articles/{id}/versions'],
  ['POST', '/kb/articles/{id}/rollback'],
  ['POST', '/kb/import'],
  ['GET', '/kb/export'],
  ['GET', '/kb/feedback'],
  ['PUT', '/kb/referrals/{id}'],
];

/** Routes every staff role reads. */
const READER_ROUTES: ReadonlyArray<readonly [RouteMethod, string]> = [
  ['GET', '/kb/search'],
  ['GET', '/kb/articles/{id}'],
  ['GET', '/kb/referrals/{id}'],
];

/**
 * The hotline's knowledge base (1414 rules points 9 and 17): versioned articles in kk/ru/en, the referral
 * directory and operators' feedback in one table encrypted with the hotline key, with point-in-time
 * recovery.
 *
 * Search runs in the reader function on an in-memory index (`functions/knowledge-base/domain`): loaded on
 * the first query of an execution environment from the snapshot in `snapshots` (built from the published
 * heads when there is none), then kept fresh without reading the table per query. The table's stream,
 * filtered to head items, feeds the indexer, which numbers each batch of changes in a small change log and
 * writes a new snapshot; readers apply the changes numbered after a snapshot's watermark, and warm readers
 * look at the change counter at most every 2 seconds and apply only the heads named since.
 */
export class KnowledgeBase extends Construct {
  public readonly table: dynamodb.Table;
  /** Search, published articles and referral bodies. */
  public readonly reader: QoldauFunction;
  /** Editing, versions, rollback, import/export, feedback list, referral directory. */
  public readonly editor: QoldauFunction;
  /** Operators' marks on articles. */
  public readonly feedback: QoldauFunction;
  /** Stream consumer numbering catalog changes for the warm search indexes. */
  public readonly indexer: QoldauFunction;
  /** Stream batches the indexer gave up on (after retries): their positions, for replay. */
  public readonly indexerFailures: sqs.Queue;
  /** The search index snapshot the indexer writes and cold readers load. */
  public readonly snapshots: SearchSnapshots;

  constructor(scope: Construct, id: string, props: KnowledgeBaseProps) {
    super(scope, id);
    const { config, key, api, access } = props;

    this.table = new HotlineTable(this, 'Table', {
      config,
      key,
      sortKey: SORT_KEY,
      // The indexer only needs to know which head changed; the content stays out of the stream.
      stream: dynamodb.StreamViewType.KEYS_ONLY,
      timeToLiveAttribute: 'expiresAt',
      deletionProtection: config.retainData,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: LISTS_INDEX,
      partitionKey: { name: 'listPk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'listSk', type: dynamodb.AttributeType.STRING },
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TRANSLATIONS_INDEX,
      partitionKey: { name: 'groupPk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'groupSk', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: ['id', 'lang', 'title'],
    });

    this.reader = new QoldauFunction(this, 'Reader', {
      entry: 'functions/knowledge-base/read-handler.ts',
      config,
      description: 'Knowledge-base search, published articles and referral bodies for operators',
      // A full vCPU: the first query of an environment loads the index snapshot (or builds the index).
      memorySize: 1769,
      timeout: Duration.seconds(29),
    });
    bindTable(this.reader, ENV.knowledgeTable, this.table, 'read');
    this.snapshots = new SearchSnapshots(this, 'Snapshots', { config, key });
    this.snapshots.bindReader(this.reader);

    this.editor = new QoldauFunction(this, 'Editor', {
      entry: 'functions/knowledge-base/editor-handler.ts',
      config,
      description: 'Knowledge-base editing: versions, rollback, JSON Lines import/export, referral directory',
      memorySize: 1024,
      timeout: Duration.seconds(29),
    });
    bindTable(this.editor, ENV.knowledgeTable, this.table, 'readWrite');
    this.editor.addEnvironment(ENV.kbEditorRoleName, access.roles.kbEditor.roleName);

    this.feedback = new QoldauFunction(this, 'Feedback', {
      entry: 'functions/knowledge-base/feedback-handler.ts',
      config,
      description: 'Operators mark knowledge-base articles helpful or outdated',
    });
    bindTable(this.feedback, ENV.knowledgeTable, this.table, 'readWrite');

    this.indexer = new QoldauFunction(this, 'Indexer', {
      entry: 'functions/knowledge-base/indexer-handler.ts',
      config,
      description: 'Numbers knowledge-base changes for the warm search indexes and writes the index snapshot',
      // Without a snapshot the first run builds the index of every published article, then serializes it.
      memorySize: 1769,
      timeout: Duration.minutes(5),
    });
    bindTable(this.indexer, ENV.knowledgeTable, this.table, 'readWrite');
    this.snapshots.bindWriter(this.indexer);
    this.indexerFailures = new sqs.Queue(this, 'IndexerFailures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.indexer.addEventSource(
      new DynamoEventSource(this.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        // An import publishes thousands of heads: a few seconds' batches mean a few snapshots, not hundreds.
        maxBatchingWindow: Duration.seconds(5),
        retryAttempts: 10,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.indexerFailures),
        // Versions, feedback and the change log itself never change what search finds.
        filters: [
          lambda.FilterCriteria.filter({
            dynamodb: { Keys: { sk: { S: lambda.FilterRule.isEqual(HEAD_SK) } } },
          }),
        ],
      }),
    );

    for (const [method, path] of READER_ROUTES)
      api.route({ method, path, handler: this.reader, allow: ['operator', 'supervisor', 'kbEditor'] });
    for (const [method, path] of EDITOR_ROUTES)
      api.route({ method, path, handler: this.editor, allow: ['kbEditor'] });
    api.route({
      method: 'POST',
      path: '/kb/articles/{id}/feedback',
      handler: this.feedback,
      allow: ['operator', 'supervisor'],
    });
    // IAM's `*` spans slashes: the readers' grant on GET /kb/articles/* would also open the history.
    const history = new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      actions: ['execute-api:Invoke'],
      resources: [api.api.arnForExecuteApi('GET', '/kb/articles/*/versions', '$default')],
    });
    for (const role of ['operator', 'supervisor'] as const) access.roles[role].addToPrincipalPolicy(history);

    acknowledgeKnowledgeBase(this, api);
  }
}
