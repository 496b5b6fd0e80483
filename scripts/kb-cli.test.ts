import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runKbCli } from './kb-cli';

describe('npm run kb (command line)', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    // Nothing listens on port 9: any request fails to connect.
    process.env['QOLDAU_API_URL'] = 'http://127.0.0.1:9';
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIAEXAMPLE';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'secret';
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('explains itself with --help, including the import format', async () => {
    const result = await runKbCli(['--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('npm run kb -- import FILE.jsonl');
    expect(result.stdout).toContain('npm run kb -- search "QUERY" [--lang kk|ru|en]');
    expect(result.stdout).toContain('{"id","lang","title","body"}');
  });

  it.each([
    [['search', 'ЭЦП', '--lang', 'de'], /--lang must be kk, ru, en; got "de"/],
    [['search', 'ЭЦП', '--kind', 'faq'], /--kind must be article, referral/],
    [['search', 'ЭЦП', '--limit', 'ten'], /--limit must be a number/],
    [['search', 'ЭЦП', '--hotline', '112'], /--hotline must be 1414 or 111/],
    [['search'], /missing QUERY/],
    [['import'], /missing FILE\.jsonl/],
    [['import', '/no/such/file.jsonl'], /no such file: \/no\/such\/file\.jsonl/],
    [['rollback', 'eds-renew-ru', 'latest'], /VERSION must be a whole number/],
    [['search', 'ЭЦП', '--colour', 'red'], /colour/],
    [['publish'], /unknown command "publish"/],
    [[], /missing command/],
  ])('refuses %j with a usage error (exit code 2) before calling the API', async (argv, message) => {
    const result = await runKbCli(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('--help');
  });

  it.each([[['search', 'ЭЦП']], [['import', 'FILE']], [['export']]])(
    'says the API cannot be reached (exit code 3) for %j',
    async (argv) => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-kb-cli-')), 'a.jsonl');
      fs.writeFileSync(file, '{"id":"a","lang":"ru","title":"t","body":"b"}\n');

      const result = await runKbCli(argv.map((arg) => (arg === 'FILE' ? file : arg)));

      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/Cannot reach the qoldau API at http:\/\/127\.0\.0\.1:9/);
    },
  );
});
