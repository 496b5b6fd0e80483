import { Stack, Validations } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import type { QoldauHttpApi } from '../core/http-api';
import { logicalIdOf, roleOf } from '../core/nag';
import type { QoldauFunction } from '../core/qoldau-function';

// cdk-nag acknowledgements of the quality capability, each with its reason, written once.

const KEY_REASON = 'CDK grant for a table encrypted with the hotline key; limited to that one key.';

/** What the findings are about: the capability's functions, its failure queue, the API it adds routes to. */
export interface QualityNagTargets {
  readonly scope: IConstruct;
  readonly calls: QoldauFunction;
  readonly api: QoldauFunction;
  readonly summary: QoldauFunction;
  readonly callsFailures: sqs.IQueue;
}

export function acknowledgeQualityFindings(
  quality: QualityNagTargets,
  api: QoldauHttpApi,
  recordings: s3.IBucket,
): void {
  for (const fn of [quality.calls, quality.api, quality.summary])
    Validations.of(roleOf(fn)).acknowledge(
      { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: KEY_REASON },
      { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: KEY_REASON },
    );
  Validations.of(roleOf(quality.api)).acknowledge(
    {
      id: 'AwsSolutions-IAM5[Action::s3:GetObject*]',
      reason: 'Read-only access to recordings to sign 15-minute URLs.',
    },
    { id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]', reason: 'Read-only bucket metadata (CDK read grant).' },
    { id: 'AwsSolutions-IAM5[Action::s3:List*]', reason: 'CDK read grant on the recordings bucket.' },
    {
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(recordings)}.Arn>/*]`,
      reason:
        'Recordings have keys Connect generates per call; any evaluated call’s recording may be signed.',
    },
  );
  Validations.of(quality.callsFailures).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the failure destination of the answered-calls Kinesis event source.',
  });
  const region = Stack.of(quality.scope).region;
  const apiId = logicalIdOf(api.api);
  for (const path of ['GET/quality/calls/*/recording', 'PUT/quality/evaluations/*'])
    Validations.of(Stack.of(quality.scope)).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:${region}:<AWS::AccountId>:<${apiId}>/$default/${path}]`,
      reason: 'The wildcard is the contactId path parameter of the route.',
    });
}
