import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../../contact-flows/builder/types';
import { errorBranches, flowSafetyProblems } from '../../../contact-flows/index';
import { configuredApp } from '../../../test/support/infra/configured-app';
import { CONNECT_METADATA, type FlowMetadata } from './connect-metadata';

/**
 * The promises the flows make to callers, checked on what CloudFormation would deploy: the `Content` of every
 * synthesized `AWS::Connect::ContactFlow`, with each CDK reference standing in for the ARN it becomes.
 * (The contact-flows tests check the same promises on flows built with test ARNs.)
 */

type Resource = { Properties: Record<string, unknown>; Metadata?: Record<string, unknown> };

const app = configuredApp();

/** The flow JSON of a synthesized `Content`, each `Fn::GetAtt` replaced by a placeholder naming its resource. */
function documentOf(content: unknown): FlowDocument {
  if (typeof content === 'string') return JSON.parse(content) as FlowDocument;
  const [separator, parts] = (content as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const [logicalId, attribute] = (part as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
      return `ref:${logicalId}.${attribute}`;
    })
    .join(separator);
  return JSON.parse(text) as FlowDocument;
}

function roleOf(flow: Resource): FlowMetadata['role'] {
  const metadata = flow.Metadata?.[CONNECT_METADATA.flow] as FlowMetadata | undefined;
  if (metadata === undefined)
    throw new Error(`Flow ${String(flow.Properties['Name'])} has no ${CONNECT_METADATA.flow}`);
  return metadata.role;
}

const synthesizedFlows = (['1414', '111'] as const).flatMap((hotline) => {
  const flows = Template.fromStack(app.stacks[hotline]).findResources('AWS::Connect::ContactFlow') as Record<
    string,
    Resource
  >;
  return Object.values(flows).map((flow) => ({
    hotline,
    name: flow.Properties['Name'] as string,
    role: roleOf(flow),
    document: documentOf(flow.Properties['Content']),
  }));
});

describe('the synthesized contact flows', () => {
  it('are all here: 5 for 1414, 4 for 111', () => {
    expect(synthesizedFlows.filter((f) => f.hotline === '1414')).toHaveLength(5);
    expect(synthesizedFlows.filter((f) => f.hotline === '111')).toHaveLength(4);
  });

  it.each(synthesizedFlows.map((flow) => [flow.name, flow.role, flow] as const))(
    '%s (%s): logging first; recording before every queue; every error and timeout branch reaches a person',
    (_name, role, flow) => {
      expect(flowSafetyProblems(flow.document, role)).toEqual([]);
    },
  );

  it('give callers on the way to a person error and timeout branches, each handled', () => {
    const toPerson = synthesizedFlows.filter((f) => f.role === 'inbound' || f.role === 'transfer');
    expect(toPerson.map((f) => f.name).sort()).toEqual([
      '111-main',
      '111-transfer-to-1414',
      '111-transfer-to-queue',
      '1414-main',
      '1414-transfer-to-queue',
    ]);
    for (const flow of toPerson) {
      const branches = errorBranches(flow.document);
      expect(branches.length, flow.name).toBeGreaterThan(0);
      const targets = new Set(flow.document.Actions.map((a) => a.Identifier));
      for (const branch of branches) expect(targets.has(branch.to), `${flow.name} ${branch.from}`).toBe(true);
    }
    const mains = toPerson.filter((f) => f.role === 'inbound');
    for (const flow of mains) {
      expect(
        errorBranches(flow.document).some((b) => b.error === 'InputTimeLimitExceeded'),
        flow.name,
      ).toBe(true);
    }
  });
});

describe('names CloudWatch sees', () => {
  it('keeps every Connect flow, queue, routing profile, quick connect and hours name printable ASCII', () => {
    const named = ['ContactFlow', 'Queue', 'RoutingProfile', 'QuickConnect', 'HoursOfOperation'];
    const names = (['1414', '111'] as const).flatMap((hotline) => {
      const template = Template.fromStack(app.stacks[hotline]);
      return named.flatMap((type) =>
        Object.values(template.findResources(`AWS::Connect::${type}`) as Record<string, Resource>).map(
          (resource) => resource.Properties['Name'],
        ),
      );
    });

    expect(names.length).toBeGreaterThanOrEqual(29);
    for (const name of names) expect(name).toMatch(/^[\x20-\x7e]+$/);
  });
});
