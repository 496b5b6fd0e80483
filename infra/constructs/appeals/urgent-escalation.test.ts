import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../../contracts/env-names';
import { createApp } from '../../app';
import type { HotlineStack } from '../../stacks/hotline-stack';

let stack: HotlineStack;
let template: Template;

beforeAll(() => {
  const { stacks } = createApp({ skipBundling: true, nag: false });
  stack = stacks['111'];
  template = Template.fromStack(stack);
});

const idOf = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);

/** Every action a function's role may take, with the statement that grants it. */
function statementsOf(fnLogicalId: string) {
  const role = template.toJSON()['Resources'][fnLogicalId]['Properties']['Role']['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy['Properties']['Roles']).includes(role))
    .flatMap((policy) => policy['Properties']['PolicyDocument']['Statement'] as Record<string, unknown>[]);
}

describe('111’s urgent escalation', () => {
  it('gives the flow a lean contact-flow function and leaves the paperwork to a standard one', () => {
    const { function: ivr, registration } = stack.appealRegister.urgentEscalation;
    const resources = template.toJSON()['Resources'];

    expect(stack.appealRegister.urgentEscalationFunction).toBe(ivr);
    expect(resources[idOf(ivr)]['Metadata']).toMatchObject({
      'qoldau:entry': 'functions/appeals/urgent-ivr-handler.ts',
      'qoldau:profile': 'contactFlow',
    });
    expect(resources[idOf(registration)]['Metadata']).toMatchObject({
      'qoldau:entry': 'functions/appeals/urgent-escalation-handler.ts',
      'qoldau:profile': 'standard',
    });
    expect(resources[idOf(ivr)]['Properties']['Environment']['Variables']).toMatchObject({
      [ENV.urgentEscalationFunction]: { Ref: idOf(registration) },
      [ENV.urgentTopic]: { Ref: idOf(stack.appealRegister.urgentTopic.topic as never) },
      [ENV.appealsTable]: expect.anything(),
    });
  });

  it('lets the IVR function claim calls, publish on the urgent topic and invoke the registration, and nothing else', () => {
    const { function: ivr, registration } = stack.appealRegister.urgentEscalation;
    const actions = statementsOf(idOf(ivr)).flatMap((statement) => [statement['Action']].flat() as string[]);

    expect(statementsOf(idOf(ivr))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
          Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['DEDUP#urgent-call:*'] } },
        }),
        expect.objectContaining({ Action: 'sns:Publish' }),
        expect.objectContaining({
          Action: 'lambda:InvokeFunction',
          Resource: { 'Fn::GetAtt': [idOf(registration), 'Arn'] },
        }),
      ]),
    );
    expect(
      actions.filter((action) => /^(s3|ses|states|dynamodb:(Get|Query|Scan|Delete|Batch))/u.test(action)),
    ).toEqual([]);
  });

  it('retries a failed registration and parks it in an encrypted queue that raises an alarm', () => {
    const { registration, failures } = stack.appealRegister.urgentEscalation;

    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: idOf(registration) },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [idOf(failures), 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      KmsMasterKeyId: Match.anyValue(),
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('urgent call could not be registered'),
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [idOf(failures), 'QueueName'] } }],
      AlarmActions: [Match.anyValue()],
    });
  });
});
