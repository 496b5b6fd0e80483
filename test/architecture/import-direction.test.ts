import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The import direction of docs/architecture-layers.md, checked by dependency-cruiser with the rules in
 * `.dependency-cruiser.cjs`: contracts <- clients, contact-flows, functions, infra <- local <- scripts,
 * bench; tests may import anything; no cycles.
 */

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const CONFIG = path.join(REPO_ROOT, '.dependency-cruiser.cjs');
const CRUISER = path.join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const LAYERS = [
  'contracts',
  'clients',
  'contact-flows',
  'functions',
  'infra',
  'local',
  'scripts',
  'bench',
  'test',
];

interface CruiseResult {
  readonly code: number;
  readonly output: string;
}

/** Runs dependency-cruiser in `cwd` over the given folders; exit code = number of violations. */
async function cruise(cwd: string, folders: readonly string[]): Promise<CruiseResult> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CRUISER, '--config', CONFIG, '--output-type', 'err-long', ...folders],
      { cwd, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('the import direction of the tree', () => {
  it('has no import against the layer order and no import cycle', async () => {
    const result = await cruise(REPO_ROOT, LAYERS);

    // On failure the message lists every violation: the rule, the importing file and the imported one.
    expect(result.output, result.output).toMatch(/no dependency violations found \((\d{3,}) modules/u);
    expect(result.code, result.output).toBe(0);
  }, 120_000);

  it('catches an upward import and a cycle (the rules are not vacuous)', async () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'qoldau-layers-'));
    const file = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(tree, name)), { recursive: true });
      writeFileSync(path.join(tree, name), text);
    };
    file('contracts/ids.ts', "export type Id = '1';\n");
    file(
      'infra/stack.ts',
      "import type { Handler } from '../functions/handler';\nexport type Stack = Handler;\n",
    );
    file('functions/handler.ts', "import type { Id } from '../contracts/ids';\nexport type Handler = Id;\n");
    file('local/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
    file('local/b.ts', "import { a } from './a';\nexport const b = () => a;\n");
    file(
      'functions/handler.test.ts',
      "import type { Stack } from '../infra/stack';\nexport type T = Stack;\n",
    );

    const result = await cruise(tree, ['contracts', 'infra', 'functions', 'local']).finally(() =>
      rmSync(tree, { recursive: true, force: true }),
    );

    expect(result.output).toMatch(/infra-not-functions: infra\/stack\.ts → functions\/handler\.ts/u);
    expect(result.output).toMatch(/no-circular: local\/a\.ts →/u);
    expect(result.output).not.toMatch(/handler\.test\.ts/u);
    expect(result.code).toBe(2);
  }, 120_000);
});
