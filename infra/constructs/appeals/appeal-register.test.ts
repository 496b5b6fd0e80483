import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../../contracts/env-names';
import { createApp } from '../../app';
import type { HotlineStack } from '../../stacks/hotline-stack';

let stacks: Record<'1414' | '111', HotlineStack>;
let templates: Record<'1414' | '111', Template>;

beforeAll(() => {
  ({ stacks } = createApp({ skipBundling: true, nag: false }));
  templates = { '1414': Template.fromStack(stacks['1414']), '111': Template.fromStack(stacks['111']) };
});

describe('the appeal register’s e-mail channel', () => {
  it('has a receipt rule for the hotline’s addresses that scans, stores the raw message, then invokes the intake', () => {
    templates['1414'].hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Enabled: true,
        ScanEnabled: true,
        Recipients: ['egov@nitec.kz', 'support@pki.gov.kz', 'sd@nitec.kz'],
        Actions: [
          { S3Action: Match.objectLike({ ObjectKeyPrefix: 'inbound/', BucketName: Match.anyValue() }) },
          { LambdaAction: Match.objectLike({ InvocationType: 'Event' }) },
        ],
      }),
    });
  });

  it('adds its rule to the receipt rule set both hotlines share, through a custom resource that activates it', () => {
    for (const hotline of ['1414', '111'] as const) {
      const [ruleSet] = Object.values(templates[hotline].findResources('Custom::SesReceiptRuleSet'));
      expect(ruleSet?.['Properties']).toMatchObject({ RuleSetName: 'qoldau-inbound', Managed: 'true' });
      templates[hotline].resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
      templates[hotline].hasResourceProperties('AWS::SES::ReceiptRule', {
        RuleSetName: { 'Fn::GetAtt': [Match.anyValue(), 'RuleSetName'] },
        Rule: Match.objectLike({ Name: `qoldau-${hotline === '1414' ? 'ucc1414' : 'family111'}-dev` }),
      });
    }
  });

  it('lets SES write only under the inbound prefix, from this account', () => {
    templates['1414'].hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:PutObject',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('keeps an SES event the intake gave up on in an encrypted queue, and raises an alarm, instead of dropping it', () => {
    const intake = stacks['1414'].appealRegister.emailIntake;
    const stack = stacks['1414'];
    const id = (construct: { node: { defaultChild?: unknown } }) =>
      stack.getLogicalId(construct.node.defaultChild as CfnElement);

    templates['1414'].hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: id(intake.function) },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [id(intake.failures), 'Arn'] } } },
    });
    templates['1414'].hasResourceProperties('AWS::SQS::Queue', {
      KmsMasterKeyId: Match.anyValue(),
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    templates['1414'].hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id(intake.failures), 'QueueName'] } }],
      Threshold: 1,
    });
  });

  it('tells the hotline’s notifications topic when an e-mail waits in the failures queue, and when none waits', () => {
    for (const hotline of ['1414', '111'] as const) {
      const stack = stacks[hotline];
      const topic = {
        Ref: stack.getLogicalId(stack.sla.notifications.topic.node.defaultChild as CfnElement),
      };
      const alarm = stack.getLogicalId(
        stack.appealRegister.emailIntake.failuresAlarm.node.defaultChild as CfnElement,
      );

      const properties = templates[hotline].toJSON()['Resources'][alarm]['Properties'];

      expect(properties['AlarmActions']).toEqual([topic]);
      expect(properties['OKActions']).toEqual([topic]);
    }
  });

  it('keeps raw mail and attachments encrypted with the hotline key, versioned and access-logged', () => {
    const buckets = templates['111'].findResources('AWS::S3::Bucket', {
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            Match.objectLike({
              ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() },
            }),
          ],
        },
      },
    });
    const register = Object.keys(buckets).filter((id) => id.startsWith('AppealRegisterBuckets'));
    expect(register).toHaveLength(2);
    for (const bucket of register.map((id) => buckets[id]!)) {
      expect(bucket['Properties']['VersioningConfiguration']).toEqual({ Status: 'Enabled' });
      expect(bucket['Properties']['LoggingConfiguration']).toBeDefined();
    }
  });
});

describe('the appeal register’s functions and routes', () => {
  it('routes the web form, status lookups and the operators’ API, every one IAM-authorized', () => {
    const routes = Object.values(templates['1414'].findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => route['Properties']['RouteKey'] as string,
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /appeals',
        'GET /appeals/{number}/status',
        'GET /appeals/{number}',
        'POST /appeals/{number}/transitions',
        'POST /appeals/{number}/correspondence',
        'POST /appeals/{number}/urgent',
        'POST /appeals/{number}/acknowledgement',
        'POST /callers/appeals',
      ]),
    );
  });

  it('lets only operators and supervisors record a state body’s acknowledgement of an urgent case', () => {
    const stack = stacks['111'];
    const policies = templates['111'].findResources('AWS::IAM::Policy');
    const allowed = Object.values(policies)
      .filter((policy) =>
        JSON.stringify(policy['Properties']['PolicyDocument']).includes(
          '/$default/POST/appeals/*/acknowledgement',
        ),
      )
      .flatMap((policy) => policy['Properties']['Roles'] as Array<{ Ref: string }>)
      .map((role) => role.Ref);
    const logicalId = (role: keyof typeof stack.access.roles) =>
      stack.getLogicalId(stack.access.roles[role].node.defaultChild as CfnElement);

    expect(allowed.sort()).toEqual([logicalId('operator'), logicalId('supervisor')].sort());
  });

  it('binds the web function to the table, attachments, urgent topic, SLA timer, settings and caller roles', () => {
    templates['1414'].hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Registers web-form and phone appeals'),
      Environment: {
        Variables: Match.objectLike({
          [ENV.appealsTable]: Match.anyValue(),
          [ENV.attachmentsBucket]: Match.anyValue(),
          [ENV.urgentTopic]: Match.anyValue(),
          [ENV.appealSlaStateMachine]: Match.anyValue(),
          [ENV.appealSettings]: Match.stringLikeRegexp('"hotline":"1414"'),
          [ENV.supervisorRoleName]: Match.anyValue(),
          [ENV.webPortalRoleName]: Match.anyValue(),
        }),
      },
    });
  });

  it('gives the web function the desktop user pool’s keys URL, to record which operator registered an appeal', () => {
    const pool = Object.keys(templates['1414'].findResources('AWS::Cognito::UserPool'));
    const web = templates['1414'].findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp('Registers web-form and phone appeals') },
    });
    const url = JSON.stringify(
      (Object.values(web)[0] as { Properties: { Environment: { Variables: Record<string, unknown> } } })
        .Properties.Environment.Variables[ENV.userPoolJwksUrl],
    );

    expect(pool).toHaveLength(1);
    expect(url).toContain(`"Ref":"${pool[0]}"`);
    expect(url).toContain('/.well-known/jwks.json');
  });

  it('lets the operators’ API read referral bodies of the knowledge base, and nothing else of it', () => {
    for (const hotline of ['1414', '111'] as const) {
      const stack = stacks[hotline];
      const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
        stack.getLogicalId(construct.node.defaultChild as CfnElement);
      const knowledgeTable = logicalId(stack.knowledgeBase.table);
      const operatorApi = stack.appealRegister.operatorApi;
      const resources = templates[hotline].toJSON()['Resources'];
      const policies = Object.values(templates[hotline].findResources('AWS::IAM::Policy')).filter((policy) =>
        JSON.stringify(policy['Properties']['Roles']).includes(logicalId(operatorApi.role!)),
      );
      const statements = policies.flatMap(
        (policy) => policy['Properties']['PolicyDocument']['Statement'] as Array<Record<string, unknown>>,
      );
      const onKnowledgeBase = statements.filter((statement) =>
        JSON.stringify(statement['Resource']).includes(`"${knowledgeTable}"`),
      );

      expect(onKnowledgeBase).toEqual([
        {
          Effect: 'Allow',
          Action: 'dynamodb:GetItem',
          Resource: { 'Fn::GetAtt': [knowledgeTable, 'Arn'] },
          Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['REFERRAL#*'] } },
        },
      ]);
      expect(resources[logicalId(operatorApi)]['Properties']['Environment']['Variables']).toMatchObject({
        [ENV.knowledgeTable]: { Ref: knowledgeTable },
      });
      // The other register functions have no business in the knowledge base.
      for (const fn of [stack.appealRegister.webApi, stack.appealRegister.emailIntake.function]) {
        expect(resources[logicalId(fn)]['Properties']['Environment']['Variables']).not.toHaveProperty(
          ENV.knowledgeTable,
        );
      }
    }
  });

  it('lets the operators’ API decrypt with the key the knowledge base is encrypted with', () => {
    const stack = stacks['1414'];
    const key = stack.getLogicalId(stack.dataKey.key.node.defaultChild as CfnElement);
    const role = stack.getLogicalId(stack.appealRegister.operatorApi.role!.node.defaultChild as CfnElement);

    templates['1414'].hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: role }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: Match.arrayWith(['kms:Decrypt']),
            Resource: { 'Fn::GetAtt': [key, 'Arn'] },
          }),
        ]),
      },
    });
    expect(stack.knowledgeBase.table.encryptionKey).toBe(stack.dataKey.key);
  });

  it('lets the register send mail only as the hotline’s sender address', () => {
    templates['111'].hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['ses:SendEmail', 'ses:SendRawEmail'],
            Condition: { StringEquals: { 'ses:FromAddress': 'no-reply@111.gov4c.kz' } },
          }),
        ]),
      },
    });
  });

  it('gives Connect an urgent-escalation function well under its 8-second limit', () => {
    const fn = stacks['111'].appealRegister.urgentEscalationFunction;
    const resource =
      templates['111'].toJSON()['Resources'][stacks['111'].getLogicalId(fn.node.defaultChild as never)];
    expect(resource['Properties']['Timeout']).toBeLessThanOrEqual(6);
  });

  it('sends the report on the configured schedule', () => {
    templates['1414'].hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 3 * * ? *)',
      Targets: [Match.objectLike({ Arn: Match.anyValue() })],
    });
  });
});
