import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { logicalIdOf } from '../core/nag';
import type { DesktopHosting } from './desktop-hosting';
import type { DesktopSignIn } from './desktop-sign-in';

// cdk-nag acknowledgements of the agent desktop, each with its reason, written once.

/** The stack-wide function CDK's BucketDeployment shares (id `Custom::CDKBucketDeployment<uuid><memory>`). */
function bucketDeploymentHandlers(scope: IConstruct): IConstruct[] {
  return Stack.of(scope).node.children.filter((child) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
}

export function acknowledgeDesktop(
  scope: IConstruct,
  parts: { readonly hosting: DesktopHosting; readonly signIn: DesktopSignIn },
): void {
  const copyReason =
    'CDK’s BucketDeployment copies the desktop’s files from the CDK asset bucket into the desktop bucket: read on the one, write and prune on the other, nothing else.';
  for (const handler of bucketDeploymentHandlers(scope)) {
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK’s BucketDeployment handler: the managed policy only lets it write its own logs.',
      },
      { id: 'AwsSolutions-IAM5[Action::s3:GetObject*]', reason: copyReason },
      { id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]', reason: copyReason },
      { id: 'AwsSolutions-IAM5[Action::s3:List*]', reason: copyReason },
      { id: 'AwsSolutions-IAM5[Action::s3:DeleteObject*]', reason: copyReason },
      { id: 'AwsSolutions-IAM5[Action::s3:Abort*]', reason: copyReason },
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${Stack.of(scope).region}/*]`,
        reason: copyReason,
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(parts.hosting.bucket)}.Arn>/*]`,
        reason: copyReason,
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'cloudfront:CreateInvalidation/GetInvalidation as CDK grants them, so operators get the new files at once after a deployment.',
      },
      {
        id: 'AwsSolutions-L1',
        reason: 'CDK’s BucketDeployment picks its own runtime; it runs only during deployments.',
      },
    );
  }
  const distribution = parts.hosting.distribution;
  Validations.of(distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason:
        'Staff sign in from wherever they work (remote supervisors, ops); what protects the data is Cognito with MFA and the IAM-authorized API. The distribution serves only the app’s code.',
    },
    {
      id: 'AwsSolutions-CFR2',
      reason:
        'The distribution serves static files with no data and no server logic; sign-in is Cognito with Plus-tier threat protection, data is behind the IAM-authorized, throttled API.',
    },
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate cannot pin a TLS minimum; that needs a custom domain with an ACM certificate and TLSv1.2_2021, which the configuration does not offer yet (docs/desktop-deploy.md).',
    },
  );
  if (!parts.signIn.mfaRequired) {
    Validations.of(parts.signIn.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        '1414 answers public e-government questions, without confidential cases: TOTP is optional there (each user may enrol) and Plus-tier threat protection blocks risky sign-ins. 111 requires MFA.',
    });
  }
}
