import type { HotlineId } from '../contracts/hotlines';
import { loadConfig } from '../infra/config/load';
import type { HotlineConfig } from '../infra/config/schema';

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

/**
 * Synthesizes the same CDK app that `cdk deploy` deploys (bundling skipped: locally the TypeScript sources
 * run directly) and returns each hotline's template.
 */
export async function synthesizeStacks(options: SynthOptions = {}): Promise<StackModel[]> {
  const { createApp } = await import('../infra/app');
  const context = options.stage ? { stage: options.stage } : {};
  const { app, stacks } = createApp({ skipBundling: true, nag: false, context });
  const assembly = app.synth();
  const configs = loadConfig({ stage: options.stage ?? 'dev' });
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
