import type { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { flowDefinitions, recordedPrompts } from '../../../contact-flows/index';
import { configuredApp } from '../../../test/support/infra/configured-app';
import { contactCenterStack } from '../../../test/support/infra/contact-center-stack';
import { CONNECT_METADATA } from './connect-metadata';

type Resource = { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> };

const app = configuredApp();
const ucc = {
  stack: app.stacks['1414'],
  center: app.stacks['1414'].contactCenter,
  template: Template.fromStack(app.stacks['1414']),
};
const hotlines = (['1414', '111'] as const).map((hotline) => ({
  hotline,
  stack: app.stacks[hotline] as Stack,
  center: app.stacks[hotline].contactCenter,
  template: Template.fromStack(app.stacks[hotline]),
}));

const idOf = (stack: Stack, construct: { node: { defaultChild?: unknown } } | object) =>
  stack.getLogicalId(
    ((construct as { node: { defaultChild?: unknown } }).node.defaultChild ?? construct) as never,
  );
const ofType = (template: Template, type: string) => template.findResources(type) as Record<string, Resource>;
const keyOf = (resource: Resource, metadata: string) =>
  (resource.Metadata?.[metadata] as { key: string } | undefined)?.key;

/** Literal text of a synthesized `Content`, and the intrinsics between the literals. */
function partsOf(content: unknown): { literals: string[]; tokens: unknown[] } {
  if (typeof content === 'string') return { literals: [content], tokens: [] };
  const [, parts] = (content as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
  return {
    literals: parts.filter((part): part is string => typeof part === 'string'),
    tokens: parts.filter((part) => typeof part !== 'string'),
  };
}

describe.each(hotlines)('the contact flows of hotline $hotline', ({ hotline, template }) => {
  const flows = ofType(template, 'AWS::Connect::ContactFlow');

  it('holds every flow of the registry, named and typed as the registry says', () => {
    const definitions = Object.entries(flowDefinitions[hotline]);
    const synthesized = Object.values(flows).map((flow) => ({
      key: keyOf(flow, CONNECT_METADATA.flow),
      name: flow.Properties['Name'],
      type: flow.Properties['Type'],
    }));

    expect(synthesized).toEqual(
      expect.arrayContaining(definitions.map(([key, d]) => ({ key, name: d.name, type: d.type }))),
    );
    expect(synthesized).toHaveLength(definitions.length);
  });

  it('writes no ARN by hand: every ARN in a flow is a reference to a resource', () => {
    for (const flow of Object.values(flows)) {
      const { literals, tokens } = partsOf(flow.Properties['Content']);

      expect(literals.join('')).not.toMatch(/arn:/);
      for (const token of tokens) expect(Object.keys(token as object)).toEqual(['Fn::GetAtt']);
    }
    const main = Object.values(flows).find((flow) => keyOf(flow, CONNECT_METADATA.flow) === 'main');
    expect(partsOf(main?.Properties['Content']).tokens.length).toBeGreaterThan(0);
  });

  it('answers every Connect number with the inbound flow, through AssociatePhoneNumberContactFlow', () => {
    const mainId = Object.entries(flows).find(
      ([, flow]) => keyOf(flow, CONNECT_METADATA.flow) === 'main',
    )?.[0] as string;
    const associations = Object.values(ofType(template, 'Custom::AWS')).filter((resource) =>
      JSON.stringify(resource.Properties['Create']).includes('AssociatePhoneNumberContactFlow'),
    );
    const numbers = hotlines.find((h) => h.hotline === hotline)!.center.phoneNumbers.numbers;

    expect(associations).toHaveLength(numbers.length);
    for (const association of associations) {
      expect(JSON.stringify(association.Properties['Create'])).toContain(`"${mainId}","ContactFlowArn"`);
      expect(JSON.stringify(association.Properties['Delete'])).toContain(
        'DisassociatePhoneNumberContactFlow',
      );
      expect(association.Metadata?.[CONNECT_METADATA.phoneNumber]).toMatchObject({ flow: 'main' });
    }
  });

  it('creates one prompt per recording of the manifest, plus hold music, from uploaded audio', () => {
    const prompts = Object.values(ofType(template, 'AWS::Connect::Prompt'));
    const keys = prompts.map((prompt) => keyOf(prompt, CONNECT_METADATA.prompt));

    expect(keys).toEqual(expect.arrayContaining(recordedPrompts(hotline).map((prompt) => prompt.key)));
    expect(prompts).toHaveLength(recordedPrompts(hotline).length + 1);
    for (const prompt of prompts)
      expect(JSON.stringify(prompt.Properties['S3Uri'])).toMatch(/s3:\/\/.*\.wav/);
  });

  it('associates every Lambda a flow invokes with the instance and lets only that instance invoke it', () => {
    const invoked = new Set(
      Object.values(flows).flatMap((flow) =>
        partsOf(flow.Properties['Content'])
          .tokens.map((token) => (token as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'])
          .filter(([logicalId]) => template.toJSON().Resources[logicalId].Type === 'AWS::Lambda::Function')
          .map(([logicalId]) => logicalId),
      ),
    );
    const associated = Object.values(ofType(template, 'AWS::Connect::IntegrationAssociation')).map(
      (association) =>
        (association.Properties['IntegrationArn'] as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0],
    );

    expect(invoked.size).toBeGreaterThan(0);
    expect(new Set(associated)).toEqual(invoked);
    for (const fn of invoked) {
      template.hasResourceProperties('AWS::Lambda::Permission', {
        FunctionName: { 'Fn::GetAtt': [fn, 'Arn'] },
        Principal: 'connect.amazonaws.com',
        SourceArn: Match.anyValue(),
        SourceAccount: Match.anyValue(),
      });
    }
  });
});

describe('the agent whisper of hotline 1414', () => {
  const flows = Object.entries(ofType(ucc.template, 'AWS::Connect::ContactFlow'));
  const idOfFlow = (key: string) =>
    flows.find(([, flow]) => keyOf(flow, CONNECT_METADATA.flow) === key)?.[0] as string;

  it('is an AGENT_WHISPER flow that keeps the operator’s user name in a contact attribute', () => {
    ucc.template.hasResourceProperties('AWS::Connect::ContactFlow', {
      Name: '1414-agent-whisper',
      Type: 'AGENT_WHISPER',
      Content: Match.stringLikeRegexp('"Attributes":\\{"agent":"\\$\\.Agent\\.UserName"\\}'),
    });
  });

  it.each([
    ['main', 3],
    ['transfer', 1],
  ])('is the AgentWhisper hook of the %s flow (%i times), by its CDK ARN', (key, hooks) => {
    const [, flow] = flows.find(([id]) => id === idOfFlow(key)) as [string, Resource];
    const [, parts] = (flow.Properties['Content'] as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    const whisperArn = { 'Fn::GetAtt': [idOfFlow('agentWhisper'), 'ContactFlowArn'] };

    const hooked = parts.filter((_, index) => {
      const before = parts[index - 1];
      return typeof before === 'string' && before.endsWith('"AgentWhisper":"');
    });

    expect(hooked).toEqual(Array(hooks).fill(whisperArn));
  });
});

describe('where Connect stores what it records (1414)', () => {
  const { stack, template } = ucc;
  const recordings = app.stacks['1414'].recordings;

  it('puts call recordings in the recordings bucket under Connect’s key layout, encrypted with the hotline key', () => {
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'CALL_RECORDINGS',
      StorageType: 'S3',
      S3Config: {
        BucketName: { Ref: idOf(stack, recordings.bucket) },
        BucketPrefix: 'connect/qoldau-ucc1414-dev/CallRecordings',
        EncryptionConfig: {
          EncryptionType: 'KMS',
          KeyId: { 'Fn::GetAtt': [idOf(stack, app.stacks['1414'].dataKey.key), 'Arn'] },
        },
      },
    });
  });

  it('streams contact records to the contact-record stream', () => {
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'CONTACT_TRACE_RECORDS',
      StorageType: 'KINESIS_STREAM',
      KinesisStreamConfig: {
        StreamArn: { 'Fn::GetAtt': [idOf(stack, recordings.contactRecordStream), 'Arn'] },
      },
    });
  });

  it('creates a Connect-managed instance that may place the outbound legs of transfers', () => {
    template.hasResourceProperties('AWS::Connect::Instance', {
      IdentityManagementType: 'CONNECT_MANAGED',
      InstanceAlias: 'qoldau-ucc1414-dev',
      Attributes: Match.objectLike({ InboundCalls: true, OutboundCalls: true, ContactflowLogs: true }),
    });
  });
});

describe('phone numbers and instance from configuration', () => {
  const importedInstance =
    'arn:aws:connect:eu-central-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
  const importedNumber =
    'arn:aws:connect:eu-central-1:111122223333:phone-number/ffffffff-0000-1111-2222-333333333333';
  const imported = contactCenterStack('1414', {
    override: {
      connect: {
        instance: { source: 'import', instanceArn: importedInstance },
        phoneNumbers: [
          {
            label: 'short-1414',
            published: '1414',
            connect: { source: 'import', phoneNumberArn: importedNumber },
            carrierRouted: true,
          },
        ],
      },
    },
  }).template();

  it('claims from Connect only the number configured as a claim, for the instance', () => {
    ucc.template.resourceCountIs('AWS::Connect::PhoneNumber', 1);
    ucc.template.hasResourceProperties('AWS::Connect::PhoneNumber', {
      CountryCode: 'DE',
      Type: 'DID',
      Prefix: '+4969',
      TargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('Instance'), 'Arn'] },
      Description: '1414 (routed here by the carrier)',
    });
  });

  it('uses an existing instance and number by ARN, creating neither', () => {
    imported.resourceCountIs('AWS::Connect::Instance', 0);
    imported.resourceCountIs('AWS::Connect::PhoneNumber', 0);
    imported.hasResourceProperties('AWS::Connect::ContactFlow', { InstanceArn: importedInstance });
    const association = Object.values(ofType(imported, 'Custom::AWS')).find((resource) =>
      JSON.stringify(resource.Properties['Create']).includes('AssociatePhoneNumberContactFlow'),
    );
    expect(JSON.stringify(association?.Properties['Create'])).toContain(
      'ffffffff-0000-1111-2222-333333333333',
    );
  });

  it('allows the association only the two Connect actions, on the number, the flow and the instance', () => {
    const policies = Object.values(ofType(ucc.template, 'AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy.Properties).includes('AssociatePhoneNumberContactFlow'),
    );
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      const [statement] = (
        policy.Properties['PolicyDocument'] as { Statement: Array<Record<string, unknown>> }
      ).Statement;
      expect(statement?.['Action']).toEqual([
        'connect:AssociatePhoneNumberContactFlow',
        'connect:DisassociatePhoneNumberContactFlow',
      ]);
      expect(JSON.stringify(statement?.['Resource'])).not.toContain('"*"');
      expect(statement?.['Resource']).toHaveLength(3);
    }
  });
});

describe('validation', () => {
  it('refuses 111 without the urgent-escalation function, naming it', () => {
    expect(() => contactCenterStack('111')).toThrow(/urgentEscalationFunction/);
  });

  it('refuses languages the flows do not offer', () => {
    expect(() =>
      contactCenterStack('111', { urgentEscalation: true, override: { languages: ['kk', 'ru', 'en'] } }),
    ).toThrow(/config.languages is \[en, kk, ru\] but its flows offer \[kk, ru\]/);
  });

  it('passes cdk-nag for 111 too', () => {
    const { app: nagged } = contactCenterStack('111', { urgentEscalation: true, nag: true });
    expect(() => nagged.synth()).not.toThrow();
  });
});

describe('what the IVR status lookup may touch in the appeal register', () => {
  it('reads appeals, counts its own rate items and keeps its own hash secret, nothing else', () => {
    const role = ucc.center.lambdas.appealStatus.role!;
    const roleId = ucc.stack.getLogicalId(role.node.defaultChild as never);
    const policies = Object.values(ofType(ucc.template, 'AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy.Properties['Roles']).includes(roleId),
    );
    const statements = policies.flatMap(
      (policy) =>
        (policy.Properties['PolicyDocument'] as { Statement: Array<Record<string, unknown>> }).Statement,
    );
    const tableAccess = statements
      .filter((statement) => JSON.stringify(statement['Action']).includes('dynamodb:'))
      .map((statement) => ({
        actions: statement['Action'],
        keys: (statement['Condition'] as Record<string, Record<string, unknown>> | undefined)?.[
          'ForAllValues:StringLike'
        ]?.['dynamodb:LeadingKeys'],
      }));

    expect(tableAccess).toEqual([
      { actions: 'dynamodb:GetItem', keys: ['APPEAL#*'] },
      { actions: 'dynamodb:UpdateItem', keys: ['RATE#ivr-status-*'] },
      { actions: ['dynamodb:GetItem', 'dynamodb:PutItem'], keys: ['SECRET#ivr-status'] },
    ]);
  });
});
