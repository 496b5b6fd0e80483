import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { type HotlineId, HotlineIdSchema } from '../contracts/hotlines';
import { loadConfig, stackName } from './config/load';
import type { HotlineConfig } from './config/schema';
import { HotlineStack } from './stacks/hotline-stack';

export interface QoldauApp {
  readonly app: App;
  readonly stacks: Readonly<Record<HotlineId, HotlineStack>>;
  readonly configs: Readonly<Record<HotlineId, HotlineConfig>>;
}

export interface CreateAppOptions extends AppProps {
  /** Skip esbuild bundling (infra tests and the local runtime, which run the TypeScript sources). */
  readonly skipBundling?: boolean;
  /** Run cdk-nag's AwsSolutions checks during synthesis. @default true */
  readonly nag?: boolean;
}

/**
 * Builds the CDK app: one stack per hotline for the stage named by `-c stage=`. Configuration is read and
 * validated once here and passed down; constructs never read context themselves.
 */
export function createApp(options: CreateAppOptions = {}): QoldauApp {
  const { skipBundling, nag = true, ...appProps } = options;
  const context = { ...appProps.context, ...(skipBundling ? { 'aws:cdk:bundling-stacks': [] } : {}) };
  const app = new App({ ...appProps, context });
  const overrides = Object.fromEntries(
    HotlineIdSchema.options.map((id) => [id, app.node.tryGetContext(`qoldau:${id}`)]),
  ) as Partial<Record<HotlineId, unknown>>;
  const configs = loadConfig({ stage: app.node.tryGetContext('stage'), overrides });
  const build = (config: HotlineConfig): HotlineStack =>
    new HotlineStack(app, stackName(config), {
      config,
      stackName: stackName(config),
      env: config.env.account
        ? { account: config.env.account, region: config.env.region }
        : { region: config.env.region },
      description: `qoldau: ${config.displayName.en} (${config.stage})`,
    });
  const stacks = { '1414': build(configs['1414']), '111': build(configs['111']) };
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stacks, configs };
}
