import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import type { HotlineStack } from '../../stacks/hotline-stack';
import { logicalIdOf } from '../core/nag';

const { stacks } = createApp({ skipBundling: true, nag: false, context: { stage: 'prod' } });

type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

/** Every statement of the function's role policies. */
function statementsOf(template: Template, roleId: string): Statement[] {
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((policy) => JSON.stringify(policy.Properties['Roles']).includes(roleId))
    .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
}

const actionsOn = (statements: Statement[], logicalId: string) =>
  statements
    .filter((statement) => JSON.stringify(statement.Resource).includes(logicalId))
    .flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));

describe.each(['1414', '111'] as const)('the contact-record store of hotline %s', (hotline) => {
  const stack: HotlineStack = stacks[hotline];
  const template = Template.fromStack(stack);
  const store = stack.contactRecords;
  const tableId = logicalIdOf(store.table);

  it('is a table of its own, encrypted with the hotline key, with point-in-time recovery and a TTL', () => {
    const table = template.findResources('AWS::DynamoDB::Table')[tableId] as Resource;
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::GetAtt': [logicalIdOf(stack.dataKey.key), 'Arn'] },
      },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('is fed by the contact-record stream, reporting per-record failures to a failure queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalIdOf(store.summarizer) },
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(stack.recordings.contactRecordStream), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(store.summarizerFailures), 'Arn'] } },
      },
    });
  });

  it('lets the summarizer only put items, and the reader only query', () => {
    const writer = statementsOf(template, logicalIdOf(store.summarizer.role!));
    const reader = statementsOf(template, logicalIdOf(store.readApi.role!));

    expect(actionsOn(writer, tableId).filter((action) => action.startsWith('dynamodb:'))).toEqual([
      'dynamodb:PutItem',
    ]);
    expect(actionsOn(reader, tableId).filter((action) => action.startsWith('dynamodb:'))).toEqual([
      'dynamodb:Query',
    ]);
    // Neither touches the recordings' tables or bucket.
    for (const resource of [
      stack.recordings.tables.index,
      stack.recordings.tables.requests,
      stack.recordings.bucket,
    ]) {
      expect(actionsOn([...writer, ...reader], logicalIdOf(resource))).toEqual([]);
    }
  });

  it.each(['/contact-records', '/staffing/plan'])(
    'routes GET %s with IAM, granted to supervisors only',
    (path) => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `GET ${path}`,
        AuthorizationType: 'AWS_IAM',
      });
      const granted = Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
        .filter((policy) =>
          JSON.stringify(policy.Properties['PolicyDocument']).includes(`/$default/GET${path}"`),
        )
        .flatMap((policy) => (policy.Properties['Roles'] as Array<{ Ref: string }>).map((role) => role.Ref));

      expect(granted).toHaveLength(1);
      expect(granted[0]).toMatch(/Supervisor/);
    },
  );
});
