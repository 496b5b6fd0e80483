import { Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import type { QoldauHttpApi } from '../core/http-api';
import { logicalIdOf, roleOf } from '../core/nag';
import type { QoldauFunction } from '../core/qoldau-function';

// cdk-nag acknowledgements of the appeal register, each with its reason, written once.

/** CDK's grants on resources encrypted with the hotline key, and on the register's table and its indexes. */
export function acknowledgeRegisterGrants(fn: QoldauFunction, table: dynamodb.ITable): void {
  const keyReason =
    'CDK grant for a table, bucket or topic encrypted with the hotline key; limited to that one key.';
  Validations.of(roleOf(fn)).acknowledge(
    { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: keyReason },
    { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: keyReason },
    {
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(table)}.Arn>/index/*]`,
      reason:
        'Table-wide grant on the register: its byStatus and byContact indexes are read for lists and reports.',
    },
  );
}

/** Object grants on a bucket whose keys are per appeal or per message. */
export function acknowledgeBucketObjects(fn: QoldauFunction, bucket: s3.IBucket, why: string): void {
  Validations.of(roleOf(fn)).acknowledge(
    { id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(bucket)}.Arn>/*]`, reason: why },
    { id: 'AwsSolutions-IAM5[Action::s3:Abort*]', reason: 'CDK put grant: abort its own multipart uploads.' },
    { id: 'AwsSolutions-IAM5[Action::s3:GetObject*]', reason: 'CDK read grant: the object and its version.' },
    { id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]', reason: 'CDK read grant: bucket metadata only.' },
    {
      id: 'AwsSolutions-IAM5[Action::s3:List*]',
      reason: 'CDK read grant: a missing key answers 404, not 403.',
    },
  );
}

/** Routes with a `{number}` path parameter are granted as `.../appeals/*...`: one number per segment. */
export function acknowledgeNumberRoutes(
  scope: IConstruct,
  api: QoldauHttpApi,
  paths: readonly string[],
): void {
  const stack = Stack.of(scope);
  Validations.of(stack).acknowledge(
    ...paths.map((path) => ({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:${stack.region}:<AWS::AccountId>:<${logicalIdOf(api.api)}>/$default/${path}]`,
      reason: 'A route with the registration number as path parameter: the wildcard is that one segment.',
    })),
  );
}

/** The SLA timer grant names executions per appeal: `execution:<machine>:*`, in the stack's region. */
export function acknowledgeTimerExecutions(fn: QoldauFunction, machine: sfn.IStateMachine): void {
  Validations.of(roleOf(fn)).acknowledge({
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${Stack.of(fn).region}:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${logicalIdOf(machine)}"}]}]}:*]`,
    reason: 'Starts, stops and describes the SLA timer executions of appeals; one execution per appeal.',
  });
}
