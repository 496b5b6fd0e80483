import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { EnvName } from '../../../contracts/env-names';

// "Bind, don't scatter": each helper sets a function's environment variable and grants the matching
// permission in one call, so the two never drift apart.

export type TableAccess = 'read' | 'readWrite';
export type BucketAccess = 'read' | 'write' | 'readWrite';

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
