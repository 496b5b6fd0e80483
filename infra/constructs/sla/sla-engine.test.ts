import { App, Stack, Validations } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../../contracts/env-names';
import { loadConfig } from '../../config/load';
import type { HotlineConfig } from '../../config/schema';
import { AppealStore } from '../appeals/appeal-store';
import { RatingsStore } from '../connect/ratings-store';
import { DataKey } from '../core/data-key';
import { QoldauHttpApi } from '../core/http-api';
import { QoldauFunction } from '../core/qoldau-function';
import { AccessRoles } from '../identity/access-roles';
import { SlaEngine } from './sla-engine';
import { SLA_TIMER_METADATA } from './sla-timers';
import { METRICS_SCHEDULE_METADATA } from './wait-time-monitoring';

/** The SLA engine in a stack of its own, with the foundation it builds on (no other capability). */
function slaStack(options: { config?: HotlineConfig; connectInstanceArn?: string; nag?: boolean } = {}) {
  const config = options.config ?? loadConfig({ stage: 'dev' })['1414'];
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Sla', { env: { region: config.env.region } });
  const key = new DataKey(stack, 'DataKey', { config }).key;
  const roles = new AccessRoles(stack, 'Access', { config });
  const api = new QoldauHttpApi(stack, 'Http', { config, roles });
  const appeals = new AppealStore(stack, 'AppealStore', { config, key });
  const ratings = new RatingsStore(stack, 'RatingsStore', { config, key });
  const sla = new SlaEngine(stack, 'Sla', {
    config,
    key,
    api,
    appealsTable: appeals.table,
    ratingsTable: ratings.table,
    ...(options.connectInstanceArn ? { connectInstanceArn: options.connectInstanceArn } : {}),
  });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, sla, config, template: () => Template.fromStack(stack) };
}

function definitionOf(template: Template, kind: string): string {
  const machines = template.findResources('AWS::StepFunctions::StateMachine', {
    Metadata: { [SLA_TIMER_METADATA]: kind },
  });
  const [machine] = Object.values(machines);
  return JSON.stringify(machine?.['Properties']['DefinitionString']);
}

describe('SLA timers in the template', () => {
  it('has an appeal and a recording timer, each logging every event and traced with X-Ray', () => {
    const { template } = slaStack();

    for (const kind of ['appeal', 'recording']) {
      template().hasResource('AWS::StepFunctions::StateMachine', {
        Metadata: { [SLA_TIMER_METADATA]: kind },
        Properties: Match.objectLike({
          StateMachineType: 'STANDARD',
          TracingConfiguration: { Enabled: true },
          LoggingConfiguration: Match.objectLike({ Level: 'ALL' }),
        }),
      });
    }
  });

  it('waits for each reminder point and for the deadline with Wait states read from the plan (JSONPath)', () => {
    const definition = definitionOf(slaStack().template(), 'appeal');

    expect(definition).toContain('\\"TimestampPath\\":\\"$.at\\"');
    expect(definition).toContain('\\"TimestampPath\\":\\"$.deadlineAt\\"');
    expect(definition).toContain('\\"fractions\\":[0.5,0.8]');
    expect(definition).not.toContain('JSONata');
  });

  it('passes the clock a timer keeps (answer or urgent acknowledgement) from the plan to every reminder and the breach', () => {
    const definition = definitionOf(slaStack().template(), 'appeal');

    // ItemSelector of the reminders, the Remind task inside it, and the Breach task.
    expect(definition.split('\\"clock.$\\":\\"$.clock\\"')).toHaveLength(4);
  });

  it('lets a function start and stop appeal timers, with the state machine in its environment', () => {
    const { stack, sla, config } = slaStack();
    const caller = new QoldauFunction(stack, 'Caller', {
      entry: 'functions/identity/handler.ts',
      config,
      description: 'x',
    });

    sla.timers.grantStart(caller, 'appeal');

    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'x',
      Environment: { Variables: Match.objectLike({ [ENV.appealSlaStateMachine]: Match.anyValue() }) },
    });
    const statements = new Capture();
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^CallerRole') }],
      PolicyDocument: { Statement: statements },
    });
    const actions = JSON.stringify(statements.asArray());
    expect(actions).toContain('states:StartExecution');
    expect(actions).toContain('states:StopExecution');
  });

  it('accepts the recording requests table once only', () => {
    const { stack, sla } = slaStack();
    const requests = new dynamodb.Table(stack, 'Requests', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    });

    sla.timers.useRecordingRequestsTable(requests);

    expect(() => sla.timers.useRecordingRequestsTable(requests)).toThrow(/already set/);
  });
});

describe('wait-time alarm', () => {
  it('fires when the average wait over 15 minutes passes the 40-second target and tells the notifications topic', () => {
    const { template } = slaStack();

    template().hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Qoldau',
      MetricName: 'AverageQueueAnswerTime',
      Dimensions: [{ Name: 'Hotline', Value: '1414' }],
      Statistic: 'Average',
      Period: 900,
      Threshold: 40,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^SlaNotificationsTopic') }],
    });
  });

  it('takes its threshold from the hotline configuration', () => {
    const base = loadConfig({ stage: 'dev' })['111'];
    const { template } = slaStack({
      config: { ...base, sla: { ...base.sla, averageWaitTargetSeconds: 30 } },
    });

    template().hasResourceProperties('AWS::CloudWatch::Alarm', { Threshold: 30 });
  });

  it('encrypts the notifications topic with the hotline key', () => {
    const { template } = slaStack();

    template().hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] },
    });
  });
});

describe('metrics collection', () => {
  it('counts appeals, SLA met % and ratings every 5 minutes from the first deploy', () => {
    const { template } = slaStack();

    template().hasResource('AWS::Events::Rule', {
      Metadata: { [METRICS_SCHEDULE_METADATA]: true },
      Properties: Match.objectLike({ ScheduleExpression: 'rate(5 minutes)' }),
    });
    expect(Object.keys(template().findResources('AWS::Events::Rule'))).toHaveLength(1);
  });

  it('reads Connect queue metrics once the instance is known', () => {
    const instanceArn = 'arn:aws:connect:eu-central-1:123456789012:instance/0a1b2c3d';
    const { template } = slaStack({ connectInstanceArn: instanceArn });

    expect(Object.keys(template().findResources('AWS::Events::Rule'))).toHaveLength(2);
    template().hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.connectInstanceArn]: instanceArn }) },
    });
    template().hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'connect:GetMetricDataV2',
            Resource: [instanceArn, `${instanceArn}/queue/*`],
          }),
        ]),
      },
    });
  });
});

describe('quality dashboard', () => {
  it('shows calls, average wait against 40 s, abandoned calls, open and overdue appeals, SLA met % and ratings', () => {
    const dashboards = slaStack().template().findResources('AWS::CloudWatch::Dashboard');
    const [dashboard] = Object.values(dashboards);
    const body = JSON.stringify(dashboard?.['Properties']['DashboardBody']);

    for (const metric of [
      'ContactsQueued',
      'ContactsAnswered',
      'AverageQueueAnswerTime',
      'ContactsAbandoned',
      'AppealsOpen',
      'AppealsOverdue',
      'SlaMetPercent',
      'RatingAverage',
    ]) {
      expect(body).toContain(`\\"${metric}\\"`);
    }
    expect(body).toContain('\\"value\\":40');
    expect(body).toContain('Target 40 s');
  });
});

describe('quality report', () => {
  it('reads the appeals table, to count the appeals open and overdue as the dashboard does', () => {
    const { template } = slaStack();
    const functions = template().findResources('AWS::Lambda::Function', {
      Metadata: { 'qoldau:entry': 'functions/sla/quality-report-handler.ts' },
    });
    const [report] = Object.values(functions);

    expect(Object.keys(report?.['Properties']['Environment']['Variables'])).toContain(ENV.appealsTable);
  });
});

describe('routes', () => {
  it.each([
    ['GET /calendar/{year}', ['Operator', 'Supervisor']],
    ['PUT /calendar/{year}', ['Supervisor']],
    ['GET /reports/quality', ['Supervisor']],
    ['GET /reports/backlog', ['Supervisor']],
  ])('%s is granted to %j only', (routeKey, roles) => {
    const template = slaStack().template();
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: routeKey,
      AuthorizationType: 'AWS_IAM',
    });
    const resourcePath = routeKey.split(' ')[1]!.replace(/\{[^}]+\}/g, '*');
    const method = routeKey.split(' ')[0]!;
    const granted = Object.entries(template.findResources('AWS::IAM::Policy'))
      .filter(([, policy]) =>
        JSON.stringify(policy['Properties']['PolicyDocument']).includes(`/$default/${method}${resourcePath}`),
      )
      .flatMap(([, policy]) =>
        (policy['Properties']['Roles'] as Array<{ Ref: string }>).map((role) => role.Ref),
      )
      .map((ref) => ref.replace(/^Access/, '').replace(/[0-9A-F]{8}$/, ''))
      .sort();

    expect(granted).toEqual(roles);
  });
});

describe('cdk-nag', () => {
  it('passes the AwsSolutions checks, with Connect metrics and a caller of the timers', () => {
    const { app, stack, sla, config } = slaStack({
      nag: true,
      connectInstanceArn: 'arn:aws:connect:eu-central-1:123456789012:instance/0a1b2c3d',
    });
    const caller = new QoldauFunction(stack, 'Caller', {
      entry: 'functions/identity/handler.ts',
      config,
      description: 'x',
    });
    sla.timers.grantStart(caller, 'recording');

    expect(() => app.synth()).not.toThrow();
  });
});
