import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';

describe('the CDK app', () => {
  it('has one stack per hotline for the stage chosen by context', () => {
    const { stacks } = createApp({ skipBundling: true, nag: false, context: { stage: 'prod' } });
    expect(stacks['1414'].stackName).toBe('Qoldau-1414-prod');
    expect(stacks['111'].stackName).toBe('Qoldau-111-prod');
  });

  it('gives 111 its own KMS key, separate from 1414', () => {
    const { stacks } = createApp({ skipBundling: true, nag: false });
    for (const stack of [stacks['1414'], stacks['111']]) {
      Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    }
    expect(stacks['111'].dataKey.key.node.path).not.toBe(stacks['1414'].dataKey.key.node.path);
  });

  it('authorizes every API route with AWS IAM: nothing is public', () => {
    const { stacks } = createApp({ skipBundling: true, nag: false });
    for (const stack of [stacks['1414'], stacks['111']]) {
      const routes = Template.fromStack(stack).findResources('AWS::ApiGatewayV2::Route');
      for (const route of Object.values(routes))
        expect(route['Properties']['AuthorizationType']).toBe('AWS_IAM');
    }
  });

  it('rejects an unknown stage with a message naming the fix', () => {
    expect(() => createApp({ skipBundling: true, nag: false, context: { stage: 'qa' } })).toThrow(
      /stage=dev or -c stage=prod/,
    );
  });

  it('passes cdk-nag AwsSolutions checks (findings fixed or suppressed with a reason)', () => {
    const { app } = createApp({ skipBundling: true, nag: true });
    expect(() => app.synth()).not.toThrow();
  });
});
