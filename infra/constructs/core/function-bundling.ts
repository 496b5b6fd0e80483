import type { BuildOptions } from 'esbuild';

/**
 * How every function is bundled, in one place: `cdk synth` (`prebuilt-bundles.ts`) and the bundle-size budget test both
 * read it, so what the test measures is what `cdk deploy` uploads.
 */

/** Who waits on a function's cold start. */
export type FunctionProfile =
  /** API handlers, stream and queue consumers, timers. */
  | 'standard'
  /** Invoked by a contact flow while the caller listens to silence: no source maps, a full vCPU. */
  | 'contactFlow';

/**
 * Bundled, not taken from the runtime: the Lambda Node.js runtime ships the AWS SDK v3, but importing it
 * unbundled (hundreds of files) measured three times slower than the minified, tree-shaken bundle
 * (`npm run bench:cold-start`). The functions a caller waits on do not load the SDK at all
 * (`functions/shared/lean-dynamodb.ts`).
 */
export const EXTERNAL_MODULES: readonly string[] = [];

/** Some dependencies are CommonJS and call require(); give the ESM bundle one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __qoldauCreateRequire } from 'module'; const require = __qoldauCreateRequire(import.meta.url);";

export interface BundleSettings {
  readonly format: 'esm';
  readonly target: 'node24';
  readonly mainFields: readonly string[];
  readonly minify: true;
  readonly sourceMap: boolean;
  readonly banner: string;
  readonly externalModules: readonly string[];
}

export function bundleSettings(profile: FunctionProfile): BundleSettings {
  return {
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    minify: true,
    // Stack traces of the IVR functions are readable enough minified; the maps cost 40-100 ms per cold start.
    sourceMap: profile === 'standard',
    banner: ESM_REQUIRE_BANNER,
    externalModules: [...EXTERNAL_MODULES],
  };
}

/** The esbuild options of a profile, shared by `cdk synth` (`prebuilt-bundles.ts`) and the budget test. */
export function esbuildOptions(profile: FunctionProfile) {
  const settings = bundleSettings(profile);
  return {
    bundle: true,
    platform: 'node',
    format: settings.format,
    target: settings.target,
    mainFields: [...settings.mainFields],
    minify: settings.minify,
    sourcemap: settings.sourceMap,
    banner: { js: settings.banner },
    external: [...settings.externalModules],
    logLevel: 'silent',
  } satisfies BuildOptions;
}

/** Minified bundle size each profile must stay under (checked by `function-bundle-budget.test.ts`). */
export const BUNDLE_BUDGET_BYTES: Record<FunctionProfile, number> = {
  contactFlow: 150 * 1024,
  standard: 1024 * 1024,
};

/** Functions allowed more than their profile's budget, each with the reason. */
export const BUNDLE_BUDGET_EXCEPTIONS: Readonly<
  Record<string, { readonly bytes: number; readonly why: string }>
> = {
  'functions/appeals/email-handler.ts': {
    bytes: 2048 * 1024,
    why: 'real mail: mailparser with the charset tables of iconv-lite and encoding-japanese (~700 KB) and HTML entities',
  },
};

/** Memory of a contact-flow function: 1,769 MB is one full vCPU, so the caller hears no pause. */
export const CONTACT_FLOW_MEMORY_MB = 1769;

/** Template metadata key recording a function's profile, for the budget test and the local runtime. */
export const PROFILE_METADATA = 'qoldau:profile';
