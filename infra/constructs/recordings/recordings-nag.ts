import { Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import type { QoldauHttpApi } from '../core/http-api';
import { logicalIdOf } from '../core/nag';
import type { QoldauFunction } from '../core/qoldau-function';

// cdk-nag acknowledgements of the recordings capability, each with its reason, written once.

const KEY_REASON = 'CDK grant for a table or bucket encrypted with the hotline key; limited to that one key.';

/** Findings produced by CDK's own grants on the tables and the bucket encrypted with the hotline key. */
export function acknowledgeFunctionGrants(fn: QoldauFunction, bucket?: s3.IBucket): void {
  if (!fn.role) throw new Error(`${fn.node.path} has no role`);
  Validations.of(fn.role).acknowledge(
    { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: KEY_REASON },
    { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: KEY_REASON },
  );
  if (bucket === undefined) return;
  Validations.of(fn.role).acknowledge(
    {
      id: 'AwsSolutions-IAM5[Action::s3:GetObject*]',
      reason: 'Read-only access to recordings (the object and its version) to check uploads and sign URLs.',
    },
    { id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]', reason: 'Read-only bucket metadata (CDK read grant).' },
    {
      id: 'AwsSolutions-IAM5[Action::s3:List*]',
      reason: 'Listing lets HeadObject answer 404 for a recording still uploading, not 403.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(bucket)}.Arn>/*]`,
      reason: 'Recordings have keys Connect generates per call; any of them may be requested.',
    },
  );
}

/** A table-wide grant includes the table's indexes: the requests table has one, `byOpen`, which the sweep reads. */
export function acknowledgeRequestIndexes(scope: IConstruct, table: dynamodb.ITable): void {
  Validations.of(Stack.of(scope)).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(table)}.Arn>/index/*]`,
    reason:
      'Grants on the recording requests table include its one index, byOpen (open requests by deadline).',
  });
}

/** `GET /recordings/requests/{id}` is granted as `.../requests/*`: one request id per path segment. */
export function acknowledgeRequestRoute(scope: IConstruct, api: QoldauHttpApi, region: string): void {
  Validations.of(Stack.of(scope)).acknowledge({
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:${region}:<AWS::AccountId>:<${logicalIdOf(api.api)}>/$default/GET/recordings/requests/*]`,
    reason: 'The route GET /recordings/requests/{id}: the wildcard is the request id path parameter.',
  });
}

/** The SLA timer grant names executions by request: `execution:<machine>:*`. */
export function acknowledgeTimerExecutions(
  fn: QoldauFunction,
  machineLogicalId: string,
  region: string,
): void {
  if (!fn.role) throw new Error(`${fn.node.path} has no role`);
  Validations.of(fn.role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${region}:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${machineLogicalId}"}]}]}:*]`,
    reason:
      'Stops and describes the SLA timer executions of recording requests; one execution per request id.',
  });
}

export function acknowledgeFailureQueue(queue: sqs.IQueue): void {
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the failure destination of the indexer’s Kinesis event source.',
  });
}
