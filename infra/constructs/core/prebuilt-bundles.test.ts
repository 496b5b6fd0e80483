import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildOptions, type FunctionProfile } from './function-bundling';
import { buildBundles } from './prebuilt-bundles';
import { REPO_ROOT } from './qoldau-function';

async function aloneBuild(entry: string, profile: FunctionProfile): Promise<string> {
  const result = await esbuild.build({
    ...esbuildOptions(profile),
    absWorkingDir: REPO_ROOT,
    entryPoints: [path.join(REPO_ROOT, entry)],
    outfile: path.join(REPO_ROOT, 'unused', 'index.mjs'),
    write: false,
  });
  return Buffer.from(result.outputFiles.find((file) => file.path.endsWith('.mjs'))!.contents).toString(
    'utf8',
  );
}

const ENTRIES = [
  'functions/appeals/web-handler.ts',
  'functions/knowledge-base/read-handler.ts',
  'functions/connect/appeal-status-handler.ts',
];

function buildTogether(profile: FunctionProfile): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-bundles-test-'));
  buildBundles(REPO_ROOT, ENTRIES, profile, outdir);
  return outdir;
}

describe('one esbuild build for every function of the app', () => {
  it.each(['standard', 'contactFlow'] as const)(
    'gives each function (%s) exactly the bundle a build of it alone gives',
    async (profile) => {
      const outdir = buildTogether(profile);

      for (const entry of ENTRIES) {
        const folder = path.join(outdir, entry.replace(/\.ts$/u, ''));
        expect(fs.readFileSync(path.join(folder, 'index.mjs'), 'utf8'), entry).toBe(
          await aloneBuild(entry, profile),
        );
        expect(fs.existsSync(path.join(folder, 'index.mjs.map'))).toBe(profile === 'standard');
      }
    },
  );

  it('names the sources of a map relative to the repository, so the asset does not depend on where it was built', () => {
    const folder = path.join(buildTogether('standard'), 'functions/appeals/web-handler');
    const map = JSON.parse(fs.readFileSync(path.join(folder, 'index.mjs.map'), 'utf8')) as {
      sources: string[];
    };

    expect(map.sources).toContain('functions/appeals/web-handler.ts');
    expect(map.sources.every((source) => !source.startsWith('..') && !path.isAbsolute(source))).toBe(true);
  });
});
