import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Everything a synthesis for the local runtime reads: the CDK app and its constructs, the flows and their
 * recorded prompts, the contracts, the functions (handler entries are looked up by path), the CDK settings
 * and the locked dependency versions. Test files are left out: they cannot change a template.
 */
const INPUT_DIRS = ['infra', 'contact-flows', 'contracts', 'functions'];
const INPUT_FILES = ['cdk.json', 'package-lock.json'];

/** The disk cache only ever holds what `synthesizeStacks` itself produced for exactly these inputs. */
export const SYNTH_CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'qoldau', 'synth');

/** `QOLDAU_SYNTH_CACHE=off` always synthesizes (e.g. to rule the cache out while debugging CDK code). */
export function synthCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['QOLDAU_SYNTH_CACHE'] !== 'off';
}

function inputFiles(dir: string): string[] {
  const entries = fs.readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A digest of every input file's path and bytes, plus the synthesis options: the cache key. */
export function synthInputDigest(options: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(options ?? null));
  const files = [...INPUT_DIRS.flatMap(inputFiles), ...INPUT_FILES].sort();
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(fs.readFileSync(path.join(REPO_ROOT, file)));
  }
  return hash.digest('hex').slice(0, 32);
}

export function readCachedSynth<T>(digest: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(SYNTH_CACHE_DIR, `${digest}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed, so a reader in another process never sees half a file. */
export function writeCachedSynth(digest: string, value: unknown): void {
  fs.mkdirSync(SYNTH_CACHE_DIR, { recursive: true });
  const file = path.join(SYNTH_CACHE_DIR, `${digest}.json`);
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, JSON.stringify(value));
  fs.renameSync(partial, file);
  pruneOldEntries(file);
}

/** Keeps the newest few entries so a developer's cache does not grow with every edit. */
function pruneOldEntries(keep: string, max = 8): void {
  const entries = fs
    .readdirSync(SYNTH_CACHE_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(SYNTH_CACHE_DIR, name))
    .filter((file) => file !== keep)
    .map((file) => ({ file, mtime: fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of entries.slice(max - 1)) fs.rmSync(file, { force: true });
}
