import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import type { HotlineStack } from '../../stacks/hotline-stack';
import { logicalIdOf } from '../core/nag';
import { AUDIT_FORBIDDEN_ACTIONS, AUDIT_TABLE_METADATA } from './recordings-tables';

const prod = createApp({ skipBundling: true, nag: false, context: { stage: 'prod' } });
const dev = createApp({ skipBundling: true, nag: false, context: { stage: 'dev' } });
const templateOf = (stack: HotlineStack) => Template.fromStack(stack);

type Resource = { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> };

function statementsOf(
  template: Template,
): Array<{ Effect: string; Action: string | string[]; Resource: unknown }> {
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>).flatMap(
    (policy) => (policy.Properties['PolicyDocument'] as { Statement: never[] }).Statement,
  );
}

const actionsOf = (statement: { Action: string | string[] }) =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];
const mentions = (resource: unknown, logicalId: string) => JSON.stringify(resource).includes(logicalId);

describe.each(['1414', '111'] as const)('call recordings of hotline %s', (hotline) => {
  const stack = prod.stacks[hotline];
  const config = prod.configs[hotline];
  const template = templateOf(stack);
  const bucketId = logicalIdOf(stack.recordings.bucket);
  const keyId = logicalIdOf(stack.dataKey.key);

  it('keeps recordings in a versioned bucket encrypted with the hotline’s own key, locked for the retention', () => {
    const bucket = template.findResources('AWS::S3::Bucket')[bucketId] as Resource;
    expect(bucket.Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: config.recordings.retentionDays } },
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
            },
          },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    expect(bucket.Properties['LoggingConfiguration']).toBeDefined();
  });

  it('expires recordings by lifecycle when the retention ends', () => {
    const bucket = template.findResources('AWS::S3::Bucket')[bucketId] as Resource;
    const rules = (bucket.Properties['LifecycleConfiguration'] as { Rules: Array<Record<string, unknown>> })
      .Rules;
    expect(rules).toContainEqual(
      expect.objectContaining({ Status: 'Enabled', ExpirationInDays: config.recordings.retentionDays }),
    );
  });

  it('denies every principal deleting a recording or bypassing its lock', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:BypassGovernanceRetention'],
          }),
        ]),
      },
    });
  });

  it('streams contact records through Kinesis encrypted with the hotline key into the indexer', () => {
    template.hasResourceProperties('AWS::Kinesis::Stream', {
      StreamEncryption: { EncryptionType: 'KMS', KeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(stack.recordings.contactRecordStream), 'Arn'] },
      FunctionName: { Ref: logicalIdOf(stack.recordings.indexer) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('grants no role any way to change or delete an audit entry', () => {
    const auditId = logicalIdOf(stack.recordings.tables.audit);
    const onAudit = statementsOf(template).filter(
      (statement) => statement.Effect === 'Allow' && mentions(statement.Resource, auditId),
    );
    expect(onAudit.length).toBeGreaterThan(0);
    for (const statement of onAudit) {
      for (const forbidden of [...AUDIT_FORBIDDEN_ACTIONS, 'dynamodb:BatchWriteItem', 'dynamodb:*']) {
        expect(actionsOf(statement)).not.toContain(forbidden);
      }
    }
  });

  it('denies updates and deletes on the audit table to everyone in its resource policy', () => {
    const [audit] = Object.values(
      template.findResources('AWS::DynamoDB::Table', { Metadata: { [AUDIT_TABLE_METADATA]: true } }),
    ) as Resource[];
    expect(audit?.Properties['ResourcePolicy']).toMatchObject({
      PolicyDocument: {
        Statement: [
          expect.objectContaining({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: [...AUDIT_FORBIDDEN_ACTIONS],
          }),
        ],
      },
    });
    expect(audit?.Properties['DeletionProtectionEnabled']).toBe(true);
  });

  it.each([
    ['POST /recordings/requests', 'POST/recordings/requests', 'authority'],
    ['GET /recordings/requests/{id}', 'GET/recordings/requests/*', 'authority'],
    ['GET /recordings/audit', 'GET/recordings/audit', 'supervisor'],
  ])('opens %s to the %s role only', (routeKey, resourcePath, role) => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: routeKey,
      AuthorizationType: 'AWS_IAM',
    });
    const roles = stack.access.roles;
    const holders = Object.entries(roles).filter(([, iamRole]) => {
      const roleId = logicalIdOf(iamRole);
      return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>).some(
        (policy) =>
          mentions(policy.Properties['Roles'], roleId) &&
          (policy.Properties['PolicyDocument'] as { Statement: Array<{ Resource: unknown }> }).Statement.some(
            (statement) => JSON.stringify(statement.Resource).includes(`/$default/${resourcePath}"`),
          ),
      );
    });
    expect(holders.map(([name]) => name)).toEqual([role]);
  });

  it('gives the request functions the hotline’s rules and the SLA clock', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          RECORDINGS_POLICY: JSON.stringify({
            requestHours: config.sla.recordingRequestHours,
            retentionDays: config.recordings.retentionDays,
          }),
          RECORDING_SLA_STATE_MACHINE: Match.anyValue(),
          RECORDING_HASH_KEY_TABLE: Match.anyValue(),
        }),
      },
    });
  });

  it('searches open requests every minute', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalIdOf(stack.recordings.sweeper), 'Arn'] },
        }),
      ],
    });
  });
});

describe('call recordings without Object Lock (dev)', () => {
  it('still guards recordings with the deny-delete bucket policy', () => {
    const stack = dev.stacks['1414'];
    const template = templateOf(stack);
    const bucketId = logicalIdOf(stack.recordings.bucket);
    const bucket = template.findResources('AWS::S3::Bucket')[bucketId] as Resource;
    expect(bucket.Properties['ObjectLockEnabled']).not.toBe(true);
    expect(bucket.Properties['VersioningConfiguration']).toEqual({ Status: 'Enabled' });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: Match.arrayWith(['s3:DeleteObjectVersion']),
          }),
        ]),
      },
    });
  });

  it('keeps 111’s recordings in a bucket and key of its own', () => {
    const [a, b] = [dev.stacks['1414'], dev.stacks['111']];
    expect(a.recordings.bucket.node.path).not.toBe(b.recordings.bucket.node.path);
    expect(a.dataKey.key.node.path).not.toBe(b.dataKey.key.node.path);
  });
});
