import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ENV } from '../contracts/env-names';
import { functionsOfTemplates } from '../infra/constructs/core/bundle-function';
import { esbuildOptions, type FunctionProfile } from '../infra/constructs/core/function-bundling';
import { ENTRY_METADATA, REPO_ROOT } from '../infra/constructs/core/qoldau-function';
import { synthesizeStacks } from '../local/template-model';
import { round } from './lib/stats';

/**
 * `npm run bench:cold-start`: every function bundled as `cdk deploy` bundles it, then loaded in a fresh Node
 * process several times: `initMs` is the median time to import the bundle (module evaluation, what Lambda
 * bills as most of the Init Duration), `bytes` the minified bundle. The bundles sit in the repository so
 * their `@aws-sdk/*` imports resolve as in Lambda, where the runtime provides the SDK.
 */
const RUNS = 5;

/** Each function reads its environment at import; any non-empty value will do for loading it. */
function placeholderEnvironment(): Record<string, string> {
  const env: Record<string, string> = {
    AWS_REGION: 'eu-central-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  };
  for (const name of Object.values(ENV)) env[name] = 'placeholder';
  Object.assign(env, {
    [ENV.hotline]: '1414',
    [ENV.stage]: 'dev',
    [ENV.languages]: 'kk,ru,en',
    [ENV.slaAnswerWorkingDays]: '2',
    [ENV.averageWaitTargetSeconds]: '40',
  });
  return env;
}

interface FunctionResource {
  readonly Type?: string;
  readonly Metadata?: Record<string, unknown>;
  readonly Properties?: { readonly Environment?: { readonly Variables?: Record<string, unknown> } };
}

/**
 * The function's environment as the template gives it (settings such as `APPEAL_SETTINGS` are JSON the
 * function parses at import); references to other resources, unknown before deployment, stay placeholders.
 */
function synthesizedEnvironment(
  templates: readonly { Resources?: Record<string, FunctionResource> }[],
  entry: string,
): Record<string, string> {
  for (const template of templates) {
    for (const resource of Object.values(template.Resources ?? {})) {
      if (resource.Type !== 'AWS::Lambda::Function' || resource.Metadata?.[ENTRY_METADATA] !== entry)
        continue;
      const variables = resource.Properties?.Environment?.Variables ?? {};
      return Object.fromEntries(
        Object.entries(variables)
          .filter(([name]) => name !== 'NODE_OPTIONS')
          .map(([name, value]) => [name, typeof value === 'string' ? value : 'placeholder']),
      );
    }
  }
  return {};
}

function importMs(file: string, env: Record<string, string>): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...env, PATH: process.env['PATH'] ?? '' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return Number(out);
}

/**
 * Every function bundled as `bundleFunction` (the size budget's) bundles it, but in one esbuild build per
 * profile: esbuild reads the shared modules (the SDK) once for all entries, and each output is
 * self-contained (no code splitting), byte for byte what a build of that entry alone gives. Answers each
 * function's minified bytes by bundle name.
 */
async function bundleAll(
  functions: ReadonlyArray<readonly [entry: string, profile: FunctionProfile]>,
  folder: string,
): Promise<Map<string, number>> {
  const bytes = new Map<string, number>();
  for (const profile of new Set(functions.map(([, profile]) => profile))) {
    const entries = functions.filter(([, candidate]) => candidate === profile).map(([entry]) => entry);
    const result = await esbuild.build({
      ...esbuildOptions(profile),
      entryPoints: Object.fromEntries(
        entries.map((entry) => [bundleName(entry), path.join(REPO_ROOT, entry)]),
      ),
      outdir: folder,
      outExtension: { '.js': '.mjs' },
      // The budget measures the code, not its map.
      sourcemap: false,
      metafile: true,
      write: true,
    });
    for (const [file, output] of Object.entries(result.metafile.outputs))
      bytes.set(path.basename(file, '.mjs'), output.bytes);
  }
  return bytes;
}

function bundleName(entry: string): string {
  return entry
    .replace(/^functions\//u, '')
    .replace(/\.ts$/u, '')
    .replace(/\//gu, '.');
}

export async function runColdStartBenchmark(): Promise<
  Record<string, { bytes: number; initMs: number | null; error?: string }>
> {
  const templates = (await synthesizeStacks()).map((stack) => stack.template);
  const folder = path.join(REPO_ROOT, '.local', 'bench', 'bundles');
  fs.mkdirSync(folder, { recursive: true });
  const functions = functionsOfTemplates(templates);
  const sizes = await bundleAll(functions, folder);
  const base = placeholderEnvironment();
  const results: Record<string, { bytes: number; initMs: number | null; error?: string }> = {};
  for (const [entry] of functions) {
    const name = bundleName(entry);
    const outfile = path.join(folder, `${name}.mjs`);
    const bytes = sizes.get(name) ?? fs.statSync(outfile).size;
    try {
      const env = { ...base, ...synthesizedEnvironment(templates, entry) };
      const samples = Array.from({ length: RUNS }, () => importMs(outfile, env)).sort((a, b) => a - b);
      results[name] = { bytes, initMs: round(samples[Math.floor(RUNS / 2)]!, 1) };
    } catch (error) {
      const message =
        String((error as { stderr?: string }).stderr ?? error)
          .split('\n')
          .find(Boolean) ?? '';
      results[name] = { bytes, initMs: null, error: message.slice(0, 200) };
    }
  }
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ coldStart: await runColdStartBenchmark() }));
}
