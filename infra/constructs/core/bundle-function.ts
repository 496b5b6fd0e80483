import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { esbuildOptions, type FunctionProfile, PROFILE_METADATA } from './function-bundling';
import { ENTRY_METADATA, REPO_ROOT } from './qoldau-function';

/**
 * Bundles one function exactly as `cdk deploy` does (the options `prebuilt-bundles.ts` builds with), for the size budget
 * test and the cold-start benchmark. Written to `outfile` when given, else kept in memory.
 */
export async function bundleFunction(
  entry: string,
  profile: FunctionProfile,
  outfile?: string,
): Promise<{ readonly bytes: number }> {
  const result = await esbuild.build({
    ...esbuildOptions(profile),
    entryPoints: [path.join(REPO_ROOT, entry)],
    // The budget measures the code, not its map.
    sourcemap: false,
    ...(outfile ? { outfile, write: true } : { write: false }),
  });
  const bytes = outfile
    ? (result.metafile?.outputs[outfile]?.bytes ?? (await import('node:fs')).statSync(outfile).size)
    : (result.outputFiles?.[0]?.contents.length ?? 0);
  return { bytes };
}

interface TemplateJson {
  readonly Resources?: Record<
    string,
    { readonly Type?: string; readonly Metadata?: Record<string, unknown> }
  >;
}

/** Every function of the synthesized templates, by source entry (once each), with its profile. */
export function functionsOfTemplates(templates: readonly TemplateJson[]): Array<[string, FunctionProfile]> {
  const functions = new Map<string, FunctionProfile>();
  for (const template of templates) {
    for (const resource of Object.values(template.Resources ?? {})) {
      if (resource.Type !== 'AWS::Lambda::Function') continue;
      const entry = resource.Metadata?.[ENTRY_METADATA];
      const profile = resource.Metadata?.[PROFILE_METADATA];
      if (typeof entry === 'string' && (profile === 'standard' || profile === 'contactFlow'))
        functions.set(entry, profile);
    }
  }
  return [...functions];
}
