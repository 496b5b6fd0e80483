import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app';

const { stacks } = createApp({ skipBundling: true, nag: false });
const template = Template.fromStack(stacks['1414']);

describe('live queue figures for the supervisor desktop', () => {
  it('routes GET /queues/live with IAM authorization, granted to supervisors only', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /queues/live',
      AuthorizationType: 'AWS_IAM',
    });
    const granted = Object.entries(template.findResources('AWS::IAM::Policy'))
      .filter(([, policy]) =>
        JSON.stringify(policy['Properties']['PolicyDocument']).includes('/$default/GET/queues/live'),
      )
      .flatMap(([, policy]) =>
        (policy['Properties']['Roles'] as Array<{ Ref: string }>).map((role) => role.Ref),
      );

    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatch(/Supervisor/);
  });

  it('lets its function read only the current metrics and queues of the hotline’s instance', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['connect:ListQueues', 'connect:GetCurrentMetricData'],
            Effect: 'Allow',
          }),
        ]),
      },
    });
  });
});
