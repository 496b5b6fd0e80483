import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../../contracts/env-names';
import { createApp } from '../../app';

const { stacks } = createApp({ skipBundling: true, nag: false });
const template = Template.fromStack(stacks['111']);
const resources = template.toJSON()['Resources'] as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;

/** The roles (by logical id) whose policy grants the route. */
function grantedRoles(method: string, path: string): string[] {
  const resource = `/$default/${method}${path}`;
  return Object.values(resources)
    .filter((entry) => entry.Type === 'AWS::IAM::Policy')
    .filter((policy) => JSON.stringify(policy.Properties['PolicyDocument']).includes(`${resource}"`))
    .flatMap((policy) => (policy.Properties['Roles'] as Array<{ Ref: string }>).map((role) => role.Ref))
    .sort();
}

function functionWith(entryHint: string) {
  const found = Object.entries(resources).find(
    ([, entry]) =>
      entry.Type === 'AWS::Lambda::Function' && JSON.stringify(entry.Properties).includes(entryHint),
  );
  if (!found) throw new Error(`no function ${entryHint}`);
  return found;
}

/** Every action the function's role policies allow. */
function actionsOf(functionLogicalId: string): string[] {
  const role = (resources[functionLogicalId]!.Properties['Role'] as { 'Fn::GetAtt': [string] })[
    'Fn::GetAtt'
  ][0];
  return Object.values(resources)
    .filter((entry) => entry.Type === 'AWS::IAM::Policy')
    .filter((policy) =>
      (policy.Properties['Roles'] as Array<{ Ref: string }>).some((ref) => ref.Ref === role),
    )
    .flatMap(
      (policy) =>
        (policy.Properties['PolicyDocument'] as { Statement: Array<{ Action: string | string[] }> })
          .Statement,
    )
    .flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
}

describe('quality control (111)', () => {
  it.each([
    ['PUT', '/quality/evaluations/*', ['Supervisor']],
    ['GET', '/quality/calls/*/recording', ['Supervisor']],
    ['GET', '/quality/evaluations', ['Authority', 'Supervisor']],
    ['GET', '/quality/my/results', ['Operator']],
    ['POST', '/quality/practice', ['Operator']],
    ['GET', '/quality/scorecard', ['Supervisor']],
  ])('%s %s is granted to exactly %j', (method, path, roles) => {
    const granted = grantedRoles(method, path);

    expect(granted.map((id) => roles.find((role) => id.includes(role)))).toEqual(roles);
    expect(granted).toHaveLength(roles.length);
  });

  it('the API function appends to the recordings audit log and cannot change or delete it', () => {
    const [api] = functionWith('Quality API');
    const actions = actionsOf(api);

    expect(actions).toContain('dynamodb:PutItem');
    expect(actions.filter((action) => /s3:(Put|Delete)/.test(action))).toEqual([]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Quality API'),
      Environment: {
        Variables: Match.objectLike({
          [ENV.auditTable]: Match.anyValue(),
          [ENV.userPoolJwksUrl]: Match.anyValue(),
        }),
      },
    });
  });

  it('the answered-calls consumer may only put items, reads the contact records stream with a failure queue', () => {
    const [calls] = functionWith('Files answered calls');
    const dynamo = actionsOf(calls).filter((action) => action.startsWith('dynamodb:'));

    expect(
      dynamo.filter(
        (action) =>
          !action.startsWith('dynamodb:PutItem') &&
          !action.startsWith('dynamodb:Describe') &&
          !action.startsWith('dynamodb:ListStreams') &&
          !action.startsWith('dynamodb:GetRecords') &&
          !action.startsWith('dynamodb:GetShardIterator'),
      ),
    ).toEqual([]);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: calls },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('keeps its table encrypted with the hotline key, with point-in-time recovery', () => {
    const [api] = functionWith('Quality API');
    const tableRef = (
      resources[api]!.Properties['Environment'] as { Variables: Record<string, { Ref: string }> }
    ).Variables[ENV.evaluationsTable]!.Ref;

    expect(resources[tableRef]!.Properties).toMatchObject({
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('the scorecard may only query the appeal register’s byStatus index, nothing else of the register', () => {
    const appealsTable = Object.entries(resources).find(
      ([, entry]) =>
        entry.Type === 'AWS::DynamoDB::Table' &&
        JSON.stringify(entry.Properties['GlobalSecondaryIndexes'] ?? []).includes('byStatus'),
    )![0];
    for (const hint of ['Quality API', 'Weekly quality summary']) {
      const [fn] = functionWith(hint);
      const role = (resources[fn]!.Properties['Role'] as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
      const onRegister = Object.values(resources)
        .filter((entry) => entry.Type === 'AWS::IAM::Policy')
        .filter((policy) =>
          (policy.Properties['Roles'] as Array<{ Ref: string }>).some((r) => r.Ref === role),
        )
        .flatMap(
          (policy) =>
            (policy.Properties['PolicyDocument'] as { Statement: Array<Record<string, unknown>> }).Statement,
        )
        .filter((statement) => JSON.stringify(statement['Resource']).includes(appealsTable));

      expect(onRegister).toEqual([
        {
          Effect: 'Allow',
          Action: 'dynamodb:Query',
          Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [appealsTable, 'Arn'] }, '/index/byStatus']] },
        },
      ]);
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp(hint),
        Environment: { Variables: Match.objectLike({ [ENV.appealsTable]: { Ref: appealsTable } }) },
      });
    }
  });

  it('sends the weekly summary on the configured schedule, from the hotline sender only', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 4 ? * MON *)',
      Description: Match.stringLikeRegexp('weekly quality summary'),
    });
    const [summary] = functionWith('Weekly quality summary');
    expect(actionsOf(summary)).toEqual(expect.arrayContaining(['ses:SendRawEmail']));
    expect(
      actionsOf(summary).filter(
        (action) => action.startsWith('dynamodb:') && /Put|Update|Delete|Write/.test(action),
      ),
    ).toEqual([]);
  });
});
