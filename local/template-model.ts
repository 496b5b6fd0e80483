import type { HotlineId } from '../contracts/hotlines';
import { loadConfig } from '../infra/config/load';
import type { HotlineConfig } from '../infra/config/schema';
import { readCachedSynth, synthCacheEnabled, synthInputDigest, writeCachedSynth } from './synth-cache';

/** A CloudFormation resource as synthesized. */
export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
  readonly DependsOn?: unknown;
}

export interface CfnTemplate {
  readonly Resources: Record<string, CfnResource>;
  readonly Outputs?: Record<string, unknown>;
}

/** One synthesized hotline stack, the only description of resources the local runtime uses. */
export interface StackModel {
  readonly hotline: HotlineId;
  readonly stackName: string;
  readonly config: HotlineConfig;
  readonly template: CfnTemplate;
}

export interface SynthOptions {
  readonly stage?: string;
}

const LOCAL_ACCOUNT = '000000000000';
const localNumberArn = (label: string) =>
  `arn:aws:connect:eu-central-1:${LOCAL_ACCOUNT}:phone-number/00000000-0000-4000-8000-${label.padStart(12, '0')}`;

/**
 * What ops fill in before a real deployment (docs/deploy-checklist.md), filled in for the local one: each
 * published number has a Connect number (imported; the local runtime fabricates the ARNs), and 111 transfers
 * to 1414's Connect number. Everything else is the stage's own configuration.
 */
export const LOCAL_DEPLOYMENT_OVERRIDES: Readonly<Record<HotlineId, Record<string, unknown>>> = {
  '1414': {
    connect: {
      phoneNumbers: [
        {
          label: 'short-1414',
          published: '1414',
          carrierRouted: true,
          connect: { source: 'import', phoneNumberArn: localNumberArn('1414') },
        },
        {
          label: 'tollfree-88000807777',
          published: '8 800 080 7777',
          carrierRouted: true,
          connect: { source: 'import', phoneNumberArn: localNumberArn('88000807777') },
        },
      ],
    },
  },
  '111': {
    connect: {
      phoneNumbers: [
        {
          label: 'short-111',
          published: '111',
          carrierRouted: true,
          connect: { source: 'import', phoneNumberArn: localNumberArn('111') },
        },
      ],
    },
    transferTarget: { hotline: '1414', phoneNumber: '+77170001414' },
  },
};

/**
 * Synthesizes the same CDK app that `cdk deploy` deploys (bundling skipped: locally the TypeScript sources
 * run directly) and returns each hotline's template. A synthesis takes seconds of CPU, so its result is kept
 * on disk under a digest of every file it reads (`local/synth-cache.ts`): the next start on unchanged
 * sources reads it back, and any change to the app, a flow, a contract or a function synthesizes anew.
 */
export async function synthesizeStacks(options: SynthOptions = {}): Promise<StackModel[]> {
  if (!synthCacheEnabled()) return synthesizeNow(options);
  const digest = synthInputDigest({ stage: options.stage ?? null, overrides: LOCAL_DEPLOYMENT_OVERRIDES });
  const cached = readCachedSynth<StackModel[]>(digest);
  if (cached) return cached;
  const models = await synthesizeNow(options);
  writeCachedSynth(digest, models);
  return models;
}

async function synthesizeNow(options: SynthOptions): Promise<StackModel[]> {
  const { createApp } = await import('../infra/app');
  const overrides = Object.fromEntries(
    Object.entries(LOCAL_DEPLOYMENT_OVERRIDES).map(([hotline, value]) => [`qoldau:${hotline}`, value]),
  );
  const context = { ...overrides, ...(options.stage ? { stage: options.stage } : {}) };
  // CDK's built-in CloudFormation validation checks what is deployed (`cdk synth`,
  // infra/cfn-validate.test.ts); here it would only cost its WebAssembly engine's start, about 7 s of CPU in
  // every process that synthesizes.
  const { app, stacks } = createApp({
    skipBundling: true,
    nag: false,
    builtinCloudFormationValidation: false,
    context,
  });
  const assembly = app.synth();
  const configs = loadConfig({ stage: options.stage ?? 'dev', overrides: LOCAL_DEPLOYMENT_OVERRIDES });
  return (Object.keys(stacks) as HotlineId[]).map((hotline) => {
    const stack = stacks[hotline];
    return {
      hotline,
      stackName: stack.stackName,
      config: stack.config ?? configs[hotline],
      template: assembly.getStackByName(stack.stackName).template as CfnTemplate,
    };
  });
}

/** Resources of a given CloudFormation type, with their logical ids. */
export function resourcesOfType(template: CfnTemplate, type: string): Array<[string, CfnResource]> {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}
