import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/** The agent desktop's sources and where `npm run build:desktop` writes the files to serve or deploy. */
export const DESKTOP_DIR = import.meta.dirname;
export const DESKTOP_DIST = path.join(DESKTOP_DIR, 'dist');

export interface DesktopBuild {
  readonly outdir: string;
  /** Bytes of each emitted file, by path relative to `outdir`. */
  readonly files: Readonly<Record<string, number>>;
  /** The JavaScript files the page loads before anything else (the entry and its static imports). */
  readonly firstLoad: readonly string[];
}

/**
 * Bundles the desktop (one build for both hotlines and all roles) with esbuild: `index.html`, the app as
 * ES modules split into chunks (amazon-connect-streams only in the chunk the deployed CCP loads), and its
 * stylesheet. Nothing inline, so the content security policy can forbid inline script and style.
 */
export async function buildDesktop(outdir = DESKTOP_DIST): Promise<DesktopBuild> {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { app: path.join(DESKTOP_DIR, 'src', 'main.tsx') },
    outdir: path.join(outdir, 'assets'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: '[name]-[hash]',
    legalComments: 'external',
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  fs.copyFileSync(path.join(DESKTOP_DIR, 'index.html'), path.join(outdir, 'index.html'));
  const files: Record<string, number> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    files[path.relative(outdir, file)] = output.bytes;
  }
  // Follow static imports from the entry; dynamic ones (amazon-connect-streams) load later, if at all.
  const firstLoad = new Set<string>();
  const visit = (file: string) => {
    if (firstLoad.has(file)) return;
    firstLoad.add(file);
    for (const imported of result.metafile.outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  const entry = Object.keys(result.metafile.outputs).find((file) => file.endsWith('assets/app.js'));
  if (entry) visit(entry);
  return { outdir, files, firstLoad: [...firstLoad].map((file) => path.relative(outdir, file)) };
}
