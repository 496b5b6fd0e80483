import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import type * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { describe, expect, it } from 'vitest';
import { promptAudioFormat, promptAudioProblems } from '../contact-flows/index';
import { FLOW_LAMBDA_SECONDS } from '../contracts/connect-lambdas';
import { configuredApp } from '../test/support/infra/configured-app';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/load';
import type { HotlineStack } from './stacks/hotline-stack';

const { WaveFile } = createRequire(import.meta.url)('wavefile') as typeof import('wavefile');

/**
 * What a first `cdk deploy`, a second stage and a `cdk destroy` need, asserted on the synthesized templates
 * of both stages: as the defaults stand (nothing configured yet) and as ops configure them.
 */

type Resource = {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  Metadata?: Record<string, unknown>;
};
const STAGES = ['dev', 'prod'] as const;
const defaults = Object.fromEntries(
  STAGES.map((stage) => [stage, createApp({ skipBundling: true, nag: false, context: { stage } })]),
);
const configured = Object.fromEntries(STAGES.map((stage) => [stage, configuredApp(stage, { nag: true })]));

/** Synthesis is slow on a busy machine (the first one also speaks every placeholder): once, at load. */
function synthOnce(app: { synth(): unknown }): unknown {
  try {
    app.synth();
    return undefined;
  } catch (error) {
    return error;
  }
}
for (const stage of STAGES) synthOnce(defaults[stage]!.app);
const nagFailures = Object.fromEntries(STAGES.map((stage) => [stage, synthOnce(configured[stage]!.app)]));

const templateOf = (stack: HotlineStack) => Template.fromStack(stack);
const ofType = (template: Template, type: string) => template.findResources(type) as Record<string, Resource>;
const associations = (template: Template) =>
  Object.values(ofType(template, 'Custom::AWS')).filter((resource) =>
    JSON.stringify(resource.Properties['Create']).includes('AssociatePhoneNumberContactFlow'),
  );

/** A flow's `Content` with each CDK token replaced by `@<logical id>`, parsed. */
function flowContent(content: unknown): {
  Actions: Array<{ Type: string; Parameters: Record<string, unknown> }>;
} {
  if (typeof content === 'string') return JSON.parse(content);
  const [, parts] = (content as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
  const text = parts
    .map((part) =>
      typeof part === 'string' ? part : `@${(part as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0]}`,
    )
    .join('');
  return JSON.parse(text);
}

const flowsOf = (template: Template) =>
  Object.values(ofType(template, 'AWS::Connect::ContactFlow')).map((flow) => ({
    name: String(flow.Properties['Name']),
    content: flowContent(flow.Properties['Content']),
  }));

describe.each(STAGES)('phone numbers (%s)', (stage) => {
  it('claims no number and associates none until ops configure them, and says what to do', () => {
    for (const hotline of ['1414', '111'] as const) {
      const stack = defaults[stage]!.stacks[hotline];
      const template = templateOf(stack);

      template.resourceCountIs('AWS::Connect::PhoneNumber', 0);
      expect(associations(template)).toHaveLength(0);
      for (const number of defaults[stage]!.configs[hotline].connect.phoneNumbers) {
        Annotations.fromStack(stack).hasWarning(
          '*',
          Match.stringLikeRegexp(
            `"${number.published}" has no Connect number yet.*deploy-checklist\\.md.*phoneNumberArn`,
          ),
        );
      }
    }
  });

  it('claims only a number configured as a claim, warning what a failed claim costs; imports by ARN', () => {
    const ucc = configured[stage]!.stacks['1414'];
    const template = templateOf(ucc);

    template.resourceCountIs('AWS::Connect::PhoneNumber', 1);
    template.hasResourceProperties('AWS::Connect::PhoneNumber', {
      CountryCode: 'DE',
      Description: Match.stringLikeRegexp('^1414'),
    });
    Annotations.fromStack(ucc).hasWarning(
      '*',
      Match.stringLikeRegexp('claims a new DID number in DE.*rolls back.*SearchAvailablePhoneNumbers'),
    );
    expect(associations(template)).toHaveLength(2);
    const family = templateOf(configured[stage]!.stacks['111']);
    family.resourceCountIs('AWS::Connect::PhoneNumber', 0);
    expect(JSON.stringify(associations(family)[0]?.Properties['Create'])).toContain(
      '00000000-0000-4000-8000-000000000111',
    );
  });
});

describe.each(STAGES)('the Connect instance alias (%s)', (stage) => {
  it.each([
    ['1414', 'qoldau-ucc1414'],
    ['111', 'qoldau-family111'],
  ] as const)(
    'of %s names the stage, and the recordings prefix and CCP address follow it',
    (hotline, base) => {
      const template = templateOf(configured[stage]!.stacks[hotline]);
      const alias = `${base}-${stage}`;

      template.hasResourceProperties('AWS::Connect::Instance', { InstanceAlias: alias });
      template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
        ResourceType: 'CALL_RECORDINGS',
        S3Config: Match.objectLike({ BucketPrefix: `connect/${alias}/CallRecordings` }),
      });
      template.hasOutput('*', { Value: `https://${alias}.my.connect.aws/ccp-v2/` });
    },
  );

  it('takes a configured suffix, so a second deployer of the stage gets an alias of their own', () => {
    const config = loadConfig({
      stage,
      overrides: { '1414': { connect: { instance: { aliasSuffix: 'aa2' } } } },
    });
    const app = createApp({
      skipBundling: true,
      nag: false,
      context: { stage, 'qoldau:1414': { connect: { instance: { aliasSuffix: 'aa2' } } } },
    });

    expect(config['1414'].connect.instance).toMatchObject({ aliasSuffix: 'aa2' });
    templateOf(app.stacks['1414']).hasResourceProperties('AWS::Connect::Instance', {
      InstanceAlias: `qoldau-ucc1414-${stage}-aa2`,
    });
  });

  it.each([
    [
      { aliasSuffix: 'a-very-long-suffix-for-a-second-deployer' },
      /at most 45: shorten connect\.instance\.alias or aliasSuffix/,
    ],
    [{ aliasSuffix: 'Has Spaces' }, /connect\.instance\.aliasSuffix: must be lower-case letters and digits/],
    [{ alias: 'd-qoldau' }, /must be letters and digits joined by hyphens, not start with "d-"/],
  ])('refuses an alias Connect would reject (%j), saying why', (instance, message) => {
    const overrides = { '111': { connect: { instance } } };
    expect(() => loadConfig({ stage, overrides })).toThrow(ConfigError);
    expect(() => loadConfig({ stage, overrides })).toThrow(message);
  });
});

describe.each(STAGES)('mail receiving in one account and region (%s)', (stage) => {
  it('adds each hotline’s own rule to one shared receipt rule set instead of each activating its own', () => {
    const names = (['1414', '111'] as const).map((hotline) => {
      const template = templateOf(configured[stage]!.stacks[hotline]);
      template.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
      const [ruleSet] = Object.values(ofType(template, 'Custom::SesReceiptRuleSet'));
      expect(ruleSet?.Properties).toMatchObject({ RuleSetName: 'qoldau-inbound', Managed: 'true' });
      const [rule] = Object.values(ofType(template, 'AWS::SES::ReceiptRule'));
      return (rule?.Properties['Rule'] as { Name?: string } | undefined)?.Name;
    });

    expect(names).toEqual([`qoldau-ucc1414-${stage}`, `qoldau-family111-${stage}`]);
  });

  it('never calls SetActiveReceiptRuleSet without a name from the template: no blanket deactivation on delete', () => {
    for (const hotline of ['1414', '111'] as const) {
      const template = JSON.stringify(templateOf(configured[stage]!.stacks[hotline]).toJSON());
      expect(template).not.toMatch(/setActiveReceiptRuleSet/);
    }
  });

  it.each([
    [
      { '111': { email: { receiptRuleSet: { name: 'family-inbound', managed: true } } } },
      /one active receipt rule set.*give both the same email\.receiptRuleSet/,
    ],
    [
      { '111': { email: { inboundAddresses: ['sd@nitec.kz'] } } },
      /both receive mail for sd@nitec\.kz.*belongs to one hotline/,
    ],
  ])('refuses a configuration that cannot receive mail, naming the fix (%j)', (overrides, message) => {
    expect(() => loadConfig({ stage, overrides })).toThrow(message);
  });

  it('lets hotlines in different accounts keep rule sets of their own', () => {
    const overrides = {
      '1414': { env: { account: '111111111111' } },
      '111': {
        env: { account: '222222222222' },
        email: { receiptRuleSet: { name: 'family-inbound', managed: true } },
      },
    };
    expect(loadConfig({ stage, overrides })['111'].email.receiptRuleSet.name).toBe('family-inbound');
  });
});

describe('stack deletion', () => {
  it.each(['1414', '111'] as const)(
    'dev %s: every bucket is emptied (all versions) and deleted with the stack',
    (hotline) => {
      const stack = configured['dev']!.stacks[hotline];
      const template = templateOf(stack);
      const buckets = ofType(template, 'AWS::S3::Bucket');
      const emptied = Object.values(ofType(template, 'Custom::S3AutoDeleteObjects')).map((resource) =>
        JSON.stringify(resource.Properties['BucketName']),
      );

      expect(Object.keys(buckets).length).toBeGreaterThanOrEqual(5);
      for (const [id, bucket] of Object.entries(buckets)) {
        expect(bucket.DeletionPolicy, id).toBe('Delete');
        expect(emptied, id).toContain(JSON.stringify({ Ref: id }));
      }
      const retained = Object.entries(template.toJSON()['Resources'] as Record<string, Resource>)
        .filter(([, resource]) => resource.DeletionPolicy === 'Retain')
        .map(([id]) => id);
      expect(retained).toEqual([]);
    },
  );

  it.each(['1414', '111'] as const)(
    'dev %s: the recordings guard exempts only the role that empties the bucket',
    (hotline) => {
      const template = templateOf(configured['dev']!.stacks[hotline]);
      const [provider] = Object.keys(ofType(template, 'AWS::IAM::Role')).filter((id) =>
        id.startsWith('CustomS3AutoDeleteObjectsCustomResourceProviderRole'),
      );

      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Sid: 'KeepRecordingsForTheirRetention',
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Condition: { ArnNotEquals: { 'aws:PrincipalArn': { 'Fn::GetAtt': [provider, 'Arn'] } } },
            }),
          ]),
        },
      });
    },
  );

  it.each(['1414', '111'] as const)(
    'prod %s: buckets are retained, nothing empties them, the guard has no exception',
    (hotline) => {
      const template = templateOf(configured['prod']!.stacks[hotline]);

      for (const bucket of Object.values(ofType(template, 'AWS::S3::Bucket')))
        expect(bucket.DeletionPolicy).toBe('Retain');
      template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Sid: 'KeepRecordingsForTheirRetention',
              Effect: 'Deny',
              Condition: Match.absent(),
            }),
          ]),
        },
      });
    },
  );

  it('refuses a deletable stage whose recordings are locked, naming both fixes', () => {
    const context = { stage: 'dev', 'qoldau:1414': { recordings: { objectLock: true } } };
    expect(() => createApp({ skipBundling: true, nag: false, context })).toThrow(
      /objectLock with retainData false cannot work.*objectLock to false.*retainData to true/,
    );
  });
});

describe.each(STAGES)('the 111 -> 1414 transfer (%s)', (stage) => {
  it('dials 1414’s configured Connect number, never the 8-800 number', () => {
    const template = templateOf(configured[stage]!.stacks['111']);
    const dialled = flowsOf(template).flatMap((flow) =>
      flow.content.Actions.filter((action) => action.Type === 'TransferParticipantToThirdParty').map(
        (action) => action.Parameters['ThirdPartyPhoneNumber'],
      ),
    );

    expect(dialled.length).toBeGreaterThan(0);
    expect(new Set(dialled)).toEqual(new Set(['+4969000001414']));
    expect(JSON.stringify(template.toJSON())).not.toContain('+78000807777');
    template.hasResourceProperties('AWS::Connect::QuickConnect', { Name: 'to-1414' });
  });

  it('without a configured number dials nothing, offers no quick connect, and warns', () => {
    const stack = defaults[stage]!.stacks['111'];
    const template = templateOf(stack);
    const transfers = flowsOf(template).flatMap((flow) =>
      flow.content.Actions.filter((action) => action.Type === 'TransferParticipantToThirdParty'),
    );

    expect(transfers).toEqual([]);
    expect(
      Object.values(ofType(template, 'AWS::Connect::QuickConnect')).map((q) => q.Properties['Name']),
    ).not.toContain('to-1414');
    Annotations.fromStack(stack).hasWarning(
      '*',
      Match.stringLikeRegexp('no transferTarget\\.phoneNumber.*outbound calling'),
    );
  });
});

describe.each(STAGES)('Lambdas the flows invoke (%s)', (stage) => {
  it.each(['1414', '111'] as const)(
    '%s: every function stops before its flow stops waiting, within Connect’s 8 s',
    (hotline) => {
      const template = templateOf(configured[stage]!.stacks[hotline]);
      const functions = ofType(template, 'AWS::Lambda::Function');
      const invocations = flowsOf(template).flatMap((flow) =>
        flow.content.Actions.filter((action) => action.Type === 'InvokeLambdaFunction').map((action) => ({
          flow: flow.name,
          functionId: String(action.Parameters['LambdaFunctionARN']).replace(/^@/, ''),
          limit: Number(action.Parameters['InvocationTimeLimitSeconds']),
        })),
      );

      expect(invocations.length).toBeGreaterThan(0);
      for (const { flow, functionId, limit } of invocations) {
        const timeout = functions[functionId]?.Properties['Timeout'];
        expect(limit, flow).toBeLessThanOrEqual(8);
        expect(timeout, `${flow} -> ${functionId}`).toBeLessThanOrEqual(limit);
      }
      expect(new Set(invocations.map((i) => i.limit))).toEqual(
        new Set(
          hotline === '1414'
            ? [FLOW_LAMBDA_SECONDS.appealStatus, FLOW_LAMBDA_SECONDS.surveyRating]
            : [FLOW_LAMBDA_SECONDS.appealStatus, FLOW_LAMBDA_SECONDS.urgentEscalation],
        ),
      );
    },
  );
});

describe.each(STAGES)('prompt audio (%s)', (stage) => {
  const prompts = configured[stage]!.stacks['111'].contactCenter.prompts;
  const audioOf = (key: string) => {
    const asset = prompts.node.findChild(key).node.findChild('Audio') as s3assets.Asset;
    const outdir = configured[stage]!.app.outdir;
    return fs.readFileSync(`${outdir}/${asset.assetPath}`);
  };

  it('hands Connect only 8 kHz mono mu-law WAV', () => {
    configured[stage]!.app.synth();
    for (const key of ['family-language-menu', 'family-main-menu', 'family-hold-music']) {
      expect(promptAudioProblems(audioOf(key)), key).toEqual([]);
    }
  });

  it('speaks a Kazakh placeholder with espeak-ng’s Kazakh voice, so a test call is intelligible', () => {
    configured[stage]!.app.synth();
    const wav = audioOf('family-main-menu');
    const decoded = new WaveFile(wav);
    decoded.fromMuLaw();
    const samples = decoded.getSamples(false, Int16Array) as unknown as Int16Array;
    // Speech fills most of its length; the tone fallback is a 0.15 s beep followed by silence.
    const windows = Math.floor(samples.length / 800);
    const voiced = Array.from({ length: windows }, (_, w) => {
      const window = samples.subarray(w * 800, (w + 1) * 800);
      return Math.sqrt(window.reduce((sum, x) => sum + x * x, 0) / window.length) > 300;
    }).filter(Boolean).length;

    expect(voiced / windows).toBeGreaterThan(0.5);
    expect(promptAudioFormat(wav).seconds).toBeGreaterThan(2);
  });
});

describe.each(STAGES)('cdk-nag (%s, numbers configured)', (stage) => {
  it('finds nothing unacknowledged in either stack', () => {
    expect(nagFailures[stage]).toBeUndefined();
  });
});
