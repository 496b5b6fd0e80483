import * as path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import {
  BUNDLE_BUDGET_BYTES,
  BUNDLE_BUDGET_EXCEPTIONS,
  bundleSettings,
  type FunctionProfile,
  PROFILE_METADATA,
} from './constructs/function-bundling';
import { ENTRY_METADATA, REPO_ROOT } from './constructs/qoldau-function';

/** Every function of both stacks as synthesized: its source and profile, once each. */
function synthesizedFunctions(): Map<string, FunctionProfile> {
  const { stacks } = createApp({ skipBundling: true, nag: false });
  const functions = new Map<string, FunctionProfile>();
  for (const stack of [stacks['1414'], stacks['111']]) {
    const resources = Template.fromStack(stack).findResources('AWS::Lambda::Function');
    for (const resource of Object.values(resources)) {
      const entry = resource['Metadata']?.[ENTRY_METADATA];
      const profile = resource['Metadata']?.[PROFILE_METADATA] as FunctionProfile | undefined;
      if (typeof entry === 'string' && profile) functions.set(entry, profile);
    }
  }
  return functions;
}

/** The bundle CDK would upload: the same esbuild settings NodejsFunction gets. */
async function bundledBytes(entry: string, profile: FunctionProfile): Promise<number> {
  const settings = bundleSettings(profile);
  const result = await esbuild.build({
    entryPoints: [path.join(REPO_ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: settings.format,
    target: settings.target,
    mainFields: [...settings.mainFields],
    minify: settings.minify,
    banner: { js: settings.banner },
    external: [...settings.externalModules],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents.length ?? 0;
}

describe('function bundle sizes', () => {
  const functions = [...synthesizedFunctions()];

  it('finds the contact-flow functions a caller waits on', () => {
    const contactFlow = functions.filter(([, profile]) => profile === 'contactFlow').map(([entry]) => entry);
    expect(contactFlow).toEqual(
      expect.arrayContaining([
        'functions/connect/appeal-status-handler.ts',
        'functions/connect/survey-rating-handler.ts',
        'functions/appeals/urgent-ivr-handler.ts',
      ]),
    );
  });

  it.each(functions)('keeps %s within the budget of its profile (%s)', async (entry, profile) => {
    const bytes = await bundledBytes(entry, profile);

    expect(bytes, `${entry}: ${Math.round(bytes / 1024)} KB minified`).toBeLessThanOrEqual(
      BUNDLE_BUDGET_EXCEPTIONS[entry]?.bytes ?? BUNDLE_BUDGET_BYTES[profile],
    );
  });
});
