import { type CustomResourceProviderBase, Stack, Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';

/** Construct id of the provider CDK creates once per stack for every bucket with `autoDeleteObjects`. */
const AUTO_DELETE_PROVIDER = 'Custom::S3AutoDeleteObjectsCustomResourceProvider';

/**
 * How a bucket's data meets stack deletion. `retainData` (prod): the bucket stays with everything in it.
 * Otherwise (dev): CDK's auto-delete custom resource empties it, every object version and delete marker
 * included, before CloudFormation deletes it, so `cdk destroy` works even after SES or Connect wrote to it.
 */
export function bucketDeletion(config: HotlineConfig) {
  return { autoDeleteObjects: !config.retainData } as const;
}

/**
 * The role that empties buckets on stack deletion, if this stack has one: deletion guards exempt it (and
 * only it) so a dev stack can still be deleted. Call after the buckets are created.
 */
export function autoDeleteRoleArn(scope: Construct): string | undefined {
  const provider = Stack.of(scope).node.tryFindChild(AUTO_DELETE_PROVIDER) as
    | CustomResourceProviderBase
    | undefined;
  if (provider === undefined) return undefined;
  Validations.of(provider).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'CDK’s own bucket-emptying provider (dev only); it runs only when the stack is deleted.',
    },
    { id: 'AwsSolutions-L1', reason: 'CDK’s bucket-emptying provider pins its own runtime; dev only.' },
  );
  return provider.roleArn;
}
