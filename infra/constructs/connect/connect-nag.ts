import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

// cdk-nag acknowledgements of the Connect capability, each with its reason, written once.

/** Logical id CDK gives the one provider function that every `AwsCustomResource` of a stack shares. */
const API_CALL_PROVIDER_ID = 'AWS679f53fac002430cb0da5b7982bd2287';

/** Findings on the custom-resource provider that makes Connect API calls CloudFormation cannot. */
export function acknowledgeConnectApiCalls(scope: IConstruct): void {
  const provider = Stack.of(scope).node.tryFindChild(API_CALL_PROVIDER_ID);
  if (provider === undefined) return;
  Validations.of(provider).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'CDK’s AwsCustomResource provider: the managed policy only lets it write its own logs; its Connect rights are separate least-privilege statements.',
    },
    {
      id: 'AwsSolutions-L1',
      reason: 'CDK’s AwsCustomResource provider picks its own runtime; it runs only during deployments.',
    },
  );
}
