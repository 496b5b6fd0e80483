import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { EnvName } from '../../../contracts/env-names';

// "Bind, don't scatter": each helper sets a function's environment variable and grants the matching
// permission in one call, so the two never drift apart.

export type TableAccess = 'read' | 'readWrite';
/** `none`: the function only records the bucket's name (in index entries), it never touches objects. */
export type BucketAccess = 'none' | 'read' | 'write' | 'readWrite';

export function bindTable(
  fn: lambda.Function,
  name: EnvName,
  table: dynamodb.ITable,
  access: TableAccess,
): void {
  fn.addEnvironment(name, table.tableName);
  if (access === 'read') table.grantReadData(fn);
  else table.grantReadWriteData(fn);
}

export function bindBucket(
  fn: lambda.Function,
  name: EnvName,
  bucket: s3.IBucket,
  access: BucketAccess,
): void {
  fn.addEnvironment(name, bucket.bucketName);
  if (access === 'none') return;
  if (access === 'read') bucket.grantRead(fn);
  else if (access === 'write') bucket.grantPut(fn);
  else bucket.grantReadWrite(fn);
}

export function bindTopic(fn: lambda.Function, name: EnvName, topic: sns.ITopic): void {
  fn.addEnvironment(name, topic.topicArn);
  topic.grantPublish(fn);
}

export type StateMachineAccess = 'start' | 'startAndStop';

export function bindStateMachine(
  fn: lambda.Function,
  name: EnvName,
  machine: sfn.IStateMachine,
  access: StateMachineAccess,
): void {
  fn.addEnvironment(name, machine.stateMachineArn);
  machine.grantStartExecution(fn);
  if (access === 'startAndStop')
    machine.grantExecution(fn, 'states:StopExecution', 'states:DescribeExecution');
}

/** Use of a table's KMS key beyond what a grant on the table adds. */
export interface KeyUse {
  readonly key: kms.IKey;
  readonly actions: readonly string[];
}

/**
 * Exactly `actions` on the table and its indexes (CDK's `table.grant`), where `bindTable`'s read and
 * read-write sets are too wide, plus use of its key.
 */
export function bindTableActions(
  fn: lambda.Function,
  name: EnvName,
  table: dynamodb.ITable,
  actions: readonly string[],
  keyUse?: KeyUse,
): void {
  fn.addEnvironment(name, table.tableName);
  table.grant(fn, ...actions);
  if (keyUse) keyUse.key.grant(fn, ...keyUse.actions);
}

/** Actions on the items of a table, limited to partition keys like `leadingKeys` when given. */
export interface ItemGrant {
  readonly actions: readonly string[];
  /** `dynamodb:LeadingKeys` patterns, e.g. `REFERRAL#*`. @default every item */
  readonly leadingKeys?: readonly string[];
}

/** Item-level grants on a table (one policy statement each, on the table alone), plus use of its key. */
export function bindTableItems(
  fn: lambda.Function,
  name: EnvName,
  table: dynamodb.ITable,
  grants: readonly ItemGrant[],
  keyUse?: KeyUse,
): void {
  fn.addEnvironment(name, table.tableName);
  for (const grant of grants) {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...grant.actions],
        resources: [table.tableArn],
        ...(grant.leadingKeys
          ? { conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...grant.leadingKeys] } } }
          : {}),
      }),
    );
  }
  if (keyUse) keyUse.key.grant(fn, ...keyUse.actions);
}

/**
 * Settings CDK derives from the configuration, as one JSON variable the function parses at cold start
 * (schemas in `contracts/function-settings.ts`). No grant: settings are plain data.
 */
export function bindSettings(fn: lambda.Function, name: EnvName, settings: unknown): void {
  fn.addEnvironment(name, JSON.stringify(settings));
}
