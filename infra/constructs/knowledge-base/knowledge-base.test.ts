import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../../contracts/env-names';
import { createApp } from '../../app';
import { logicalIdOf } from '../core/nag';
import { ROLE_METADATA } from '../identity/access-roles';

const prod = createApp({ skipBundling: true, nag: false, context: { stage: 'prod' } });

type Resource = { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

/** Route (`PUT/kb/articles/*`) -> roles with an Allow, and roles with a Deny, from the roles' policies. */
function routeGrants(template: Template) {
  const roles = template.findResources('AWS::IAM::Role') as Record<string, Resource>;
  const accessRole = (ref: string) => roles[ref]?.Metadata?.[ROLE_METADATA] as string | undefined;
  const allow = new Map<string, Set<string>>();
  const deny = new Map<string, Set<string>>();
  for (const policy of Object.values(
    template.findResources('AWS::IAM::Policy') as Record<string, Resource>,
  )) {
    const role = accessRole(((policy.Properties['Roles'] as Array<{ Ref: string }>)[0] ?? { Ref: '' }).Ref);
    if (!role) continue;
    for (const statement of (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement) {
      if (statement.Action !== 'execute-api:Invoke') continue;
      const route = JSON.stringify(statement.Resource).match(/\/\$default\/([A-Z]+\/[^"]*)"/)?.[1];
      if (!route) continue;
      const target = statement.Effect === 'Allow' ? allow : deny;
      target.set(route, new Set([...(target.get(route) ?? []), role]));
    }
  }
  return { allow, deny };
}

describe.each(['1414', '111'] as const)('knowledge base of hotline %s', (hotline) => {
  const stack = prod.stacks[hotline];
  const template = Template.fromStack(stack);
  const kb = stack.knowledgeBase;
  const tableId = logicalIdOf(kb.table);

  it('keeps articles in a table encrypted with the hotline key, recoverable, retained, with a keys-only stream', () => {
    const table = (template.findResources('AWS::DynamoDB::Table') as Record<string, Resource>)[tableId]!;
    expect(table.Properties).toMatchObject({
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::GetAtt': [logicalIdOf(stack.dataKey.key), 'Arn'] },
      },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      StreamSpecification: { StreamViewType: 'KEYS_ONLY' },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      DeletionProtectionEnabled: true,
    });
    expect(table.Properties['GlobalSecondaryIndexes']).toEqual([
      expect.objectContaining({ IndexName: 'lists' }),
      expect.objectContaining({
        IndexName: 'translations',
        Projection: expect.objectContaining({ ProjectionType: 'INCLUDE' }),
      }),
    ]);
    template.hasResource('AWS::DynamoDB::Table', { UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain' });
  });

  it('feeds head changes from the table stream to the indexer, retrying and keeping what fails', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      FunctionName: { Ref: logicalIdOf(kb.indexer) },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: {
        Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { sk: { S: ['HEAD'] } } } }) }],
      },
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(kb.indexerFailures), 'Arn'] } },
      },
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      KmsMasterKeyId: { 'Fn::GetAtt': [logicalIdOf(stack.dataKey.key), 'Arn'] },
    });
  });

  it.each([
    ['GET/kb/search', ['kbEditor', 'operator', 'supervisor']],
    ['GET/kb/articles/*', ['kbEditor', 'operator', 'supervisor']],
    ['GET/kb/referrals/*', ['kbEditor', 'operator', 'supervisor']],
    ['PUT/kb/articles/*', ['kbEditor']],
    ['DELETE/kb/articles/*', ['kbEditor']],
    ['GET/kb/articles/*/versions', ['kbEditor']],
    ['POST/kb/articles/*/rollback', ['kbEditor']],
    ['POST/kb/import', ['kbEditor']],
    ['GET/kb/export', ['kbEditor']],
    ['GET/kb/feedback', ['kbEditor']],
    ['PUT/kb/referrals/*', ['kbEditor']],
    ['POST/kb/articles/*/feedback', ['operator', 'supervisor']],
  ])('grants %s to exactly %j', (route, roles) => {
    expect([...(routeGrants(template).allow.get(route) ?? [])].sort()).toEqual(roles);
  });

  it('keeps the search index snapshot in a bucket encrypted with the hotline key; the reader may only read that one object and the indexer read and write it', () => {
    const bucketId = logicalIdOf(kb.snapshots.bucket);
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          Match.objectLike({
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [logicalIdOf(stack.dataKey.key), 'Arn'] },
            },
          }),
        ],
      },
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicAcls: true,
        RestrictPublicBuckets: true,
      }),
    });
    const policies = Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>);
    const s3StatementsOf = (fn: { role?: unknown }) =>
      policies
        .filter((policy) =>
          JSON.stringify(policy.Properties['Roles']).includes(logicalIdOf(fn.role as never)),
        )
        .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement)
        .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')));
    const snapshotObject = {
      'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/search-index/snapshot-v1.bin']],
    };
    expect(s3StatementsOf(kb.reader)).toEqual([
      expect.objectContaining({ Action: 's3:GetObject', Resource: snapshotObject }),
      expect.objectContaining({
        Action: 's3:ListBucket',
        Resource: { 'Fn::GetAtt': [bucketId, 'Arn'] },
        Condition: { StringEquals: { 's3:prefix': ['search-index/snapshot-v1.bin'] } },
      }),
    ]);
    expect(s3StatementsOf(kb.indexer)).toEqual([
      expect.objectContaining({ Action: ['s3:GetObject', 's3:PutObject'], Resource: snapshotObject }),
      expect.objectContaining({ Action: 's3:ListBucket' }),
    ]);
    for (const fn of [kb.reader, kb.indexer]) {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ [ENV.kbSnapshotBucket]: { Ref: bucketId } }) },
        Role: { 'Fn::GetAtt': [logicalIdOf(fn.role as never), 'Arn'] },
      });
    }
  });

  it('denies operators and supervisors the history, which their GET /kb/articles/* would otherwise cover', () => {
    expect([...(routeGrants(template).deny.get('GET/kb/articles/*/versions') ?? [])].sort()).toEqual([
      'operator',
      'supervisor',
    ]);
  });

  it('gives the reader read access only and the editor the editor role’s name to check callers', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>);
    const actionsOf = (fn: { role?: unknown }) =>
      policies
        .filter((policy) =>
          JSON.stringify(policy.Properties['Roles']).includes(logicalIdOf(fn.role as never)),
        )
        .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement)
        .flatMap((statement) => [statement.Action].flat());
    expect(actionsOf(kb.reader)).toContain('dynamodb:Query');
    expect(actionsOf(kb.reader)).not.toContain('dynamodb:PutItem');
    expect(actionsOf(kb.editor)).toContain('dynamodb:PutItem');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Environment: {
        Variables: Match.objectLike({
          [ENV.knowledgeTable]: { Ref: tableId },
          [ENV.kbEditorRoleName]: { Ref: logicalIdOf(stack.access.roles.kbEditor) },
        }),
      },
    });
  });
});
