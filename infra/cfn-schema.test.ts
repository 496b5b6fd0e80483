import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { configuredApp } from '../test/support/infra/configured-app';
import { checkTemplate } from './testing/cfn-schema';

/**
 * Every resource of both templates, both stages, against the CloudFormation resource schemas (see
 * `testing/cfn-schema.ts` for what they can and cannot check), plus Connect's documented limits on flows.
 */

const STAGES = ['dev', 'prod'] as const;
const apps = Object.fromEntries(STAGES.map((stage) => [stage, configuredApp(stage)]));
const templates = STAGES.flatMap((stage) =>
  (['1414', '111'] as const).map((hotline) => ({
    stage,
    hotline,
    template: Template.fromStack(apps[stage]!.stacks[hotline]).toJSON() as {
      Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
    },
  })),
);

/** Longest ARN a CDK token in a flow can become (a flow ARN with the longest partition and region names). */
const LONGEST_ARN =
  'arn:aws-iso-b:connect:ap-southeast-5:123456789012:instance/00000000-0000-0000-0000-000000000000/contact-flow/00000000-0000-0000-0000-000000000000';

function flowText(content: unknown): string {
  if (typeof content === 'string') return content;
  const [, parts] = (content as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
  return parts.map((part) => (typeof part === 'string' ? part : LONGEST_ARN)).join('');
}

describe('the schema check itself', () => {
  it('finds unknown properties, missing required ones, bad enumerations, lengths and patterns', () => {
    const report = checkTemplate({
      Resources: {
        Instance: {
          Type: 'AWS::Connect::Instance',
          Properties: {
            IdentityManagementType: 'MANAGED',
            InstanceAlias: 'd-this-alias-is-far-too-long-for-connect-to-accept-it',
            Attrs: {},
          },
        },
      },
    });

    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/required property Attributes is missing/),
        expect.stringMatching(/Attrs: no such property/),
        expect.stringMatching(/"MANAGED" is not one of SAML, CONNECT_MANAGED, EXISTING_DIRECTORY/),
        expect.stringMatching(/InstanceAlias: 53 characters, more than 45/),
        expect.stringMatching(/InstanceAlias: .* does not match/),
      ]),
    );
  });
});

describe.each(templates)('$hotline ($stage) against the CloudFormation resource schemas', ({ template }) => {
  const report = checkTemplate(template);

  it('has only known properties of the right types, every required one, and values within the limits', () => {
    expect(report.problems).toEqual([]);
    expect(report.checkedValues).toBeGreaterThan(500);
  });

  it('leaves unchecked only custom resources, which have no schema', () => {
    expect([...report.unknownTypes].every((type) => type.startsWith('Custom::'))).toBe(true);
  });
});

describe.each(templates)('$hotline ($stage) flows within Connect’s documented limits', ({ template }) => {
  const flows = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Connect::ContactFlow');

  it.each(flows.map((flow) => [String(flow.Properties?.['Name']), flow] as const))('%s', (_, flow) => {
    const text = flowText(flow.Properties?.['Content']);
    const document = JSON.parse(text) as { Actions: Array<{ Identifier: string }> };
    const identifiers = document.Actions.map((action) => action.Identifier);

    expect(text.length).toBeLessThanOrEqual(256_000);
    expect(document.Actions.length).toBeLessThanOrEqual(250);
    expect(new Set(identifiers).size).toBe(identifiers.length);
    for (const identifier of identifiers) {
      expect(identifier.length, identifier).toBeLessThanOrEqual(50);
      expect(identifier, identifier).not.toMatch(/[%:()\\/=$,;[\]{}]/);
    }
  });
});
