import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { esbuildOptions, type FunctionProfile } from './function-bundling';

/**
 * Every function of the app bundled by one esbuild build per profile instead of one esbuild process per
 * function and stack (44 processes made `cdk synth` spend most of its time bundling). The first function
 * that needs its bundle builds every handler of `functions/` (`*-handler.ts`) at once; esbuild builds the
 * entries in parallel in one process, each output self-contained (no code splitting), so every bundle is
 * what a build of that entry alone would give. Source maps name their sources relative to the repository,
 * so an asset's hash does not depend on where the build ran.
 */
const HANDLER_SUFFIX = '-handler.ts';

let buildRoot: string | undefined;
const built = new Set<string>();

/** The folder holding `index.mjs` (and its map) of `entry` bundled for `profile`. */
export function prebuiltBundle(repoRoot: string, entry: string, profile: FunctionProfile): string {
  buildRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-bundles-'));
  if (!built.has(key(entry, profile))) {
    const entries = handlersOf(repoRoot);
    for (const done of buildBundles(
      repoRoot,
      entries.includes(entry) ? entries : [entry],
      profile,
      path.join(buildRoot, profile),
    ))
      built.add(key(done, profile));
  }
  return path.join(buildRoot, profile, entry.replace(/\.ts$/u, ''));
}

function key(entry: string, profile: FunctionProfile): string {
  return `${profile}:${entry}`;
}

/** Bundles `entries` in one esbuild build into `<outdir>/<entry without .ts>/index.mjs`; the entries built. */
export function buildBundles(
  repoRoot: string,
  entries: readonly string[],
  profile: FunctionProfile,
  outdir: string,
): readonly string[] {
  const result = esbuild.buildSync({
    ...esbuildOptions(profile),
    absWorkingDir: repoRoot,
    entryPoints: Object.fromEntries(
      entries.map((entry) => [path.join(entry.replace(/\.ts$/u, ''), 'index'), path.join(repoRoot, entry)]),
    ),
    outdir,
    outExtension: { '.js': '.mjs' },
    write: true,
  });
  if (result.errors.length > 0) throw new Error(`bundling failed: ${result.errors[0]!.text}`);
  for (const entry of entries) {
    const map = path.join(outdir, entry.replace(/\.ts$/u, ''), 'index.mjs.map');
    if (fs.existsSync(map)) relativizeSources(repoRoot, map);
  }
  return entries;
}

/** `../../../../work/x/functions/a.ts` -> `functions/a.ts`: the same map wherever it was built. */
function relativizeSources(repoRoot: string, mapFile: string): void {
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { sources: string[] };
  map.sources = map.sources.map((source) =>
    path
      .relative(repoRoot, path.resolve(path.dirname(mapFile), source))
      .split(path.sep)
      .join('/'),
  );
  fs.writeFileSync(mapFile, JSON.stringify(map));
}

function handlersOf(repoRoot: string): string[] {
  return fs
    .readdirSync(path.join(repoRoot, 'functions'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(HANDLER_SUFFIX))
    .map((file) => path.join('functions', file).split(path.sep).join('/'))
    .sort();
}
