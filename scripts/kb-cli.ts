import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGUAGES } from '../contracts/hotlines';
import { api, ensureOk, hotlineOf, type KbCliOptions, oneOf, positional } from './kb-cli-support';
import { feedbackCommand, readCommand, rollbackCommand } from './kb-editor-commands';
import { exportAll, type ImportSummary, importFile } from './kb-transfer';
import {
  asJson,
  CliError,
  type CliResult,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  isParseArgsError,
  ok,
  UsageError,
} from './lib/cli';

export type { KbCliOptions } from './kb-cli-support';
export type { CliResult } from './lib/cli';

/**
 * `npm run kb -- ...`: the knowledge base from the command line, against the running local runtime (or a
 * deployed stack with AWS credentials in the environment). Search signs as the hotline's `operator`,
 * everything else as its `kbEditor`. Logic lives here, in `kb-editor-commands.ts` and in `kb-transfer.ts`, printing in `scripts/kb.ts`,
 * so tests run the very command developers do.
 */

const USAGE = `Usage:
  npm run kb -- import FILE.jsonl [--hotline 1414|111] [--json]
      Imports articles, one JSON object a line: {"id","lang","title","body"} and optionally "tags",
      "category", "hotlines", "translationGroup". An existing id gets a new version (a line identical to
      the published version is reported unchanged). Bad lines are reported with their numbers; the good
      ones are imported all the same (exit code 1 when any line was rejected).
  npm run kb -- search "QUERY" [--lang kk|ru|en] [--kind article|referral] [--limit N] [--hotline 1414|111] [--json]
      Ranked results, best first. --json prints {"results":[{"id","title","score","snippet"}]}.
  npm run kb -- export [--kind article|referral] [--out FILE] [--hotline 1414|111]
      Published articles (or referral bodies) as JSON Lines, in the import format.
  npm run kb -- get ID [--hotline 1414|111] [--json]
  npm run kb -- versions ID [--hotline 1414|111] [--json]
  npm run kb -- rollback ID VERSION [--hotline 1414|111]
  npm run kb -- feedback [--kind helpful|outdated] [--article ID] [--hotline 1414|111] [--json]
The hotline defaults to QOLDAU_HOTLINE or 1414.
`;

interface SearchAnswer {
  readonly results: ReadonlyArray<{
    id: string;
    title: string;
    score: number;
    snippet: string;
    lang: string;
    kind: string;
  }>;
}

async function searchCommand(args: string[]): Promise<CliResult> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      kind: { type: 'string' },
      limit: { type: 'string' },
      hotline: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('missing QUERY, e.g. npm run kb -- search "ЭЦП алу"');
  const lang = oneOf(values.lang, 'lang', LANGUAGES);
  const kind = oneOf(values.kind, 'kind', ['article', 'referral'] as const);
  if (values.limit !== undefined && !/^\d+$/.test(values.limit))
    throw new UsageError(`--limit must be a number from 1 to 50; got ${JSON.stringify(values.limit)}`);
  const hotline = hotlineOf(values.hotline);
  const params = new URLSearchParams({ q: query });
  if (lang) params.set('lang', lang);
  if (kind) params.set('kind', kind);
  if (values.limit) params.set('limit', values.limit);
  const answer = ensureOk(
    await api<SearchAnswer>(hotline, 'operator', 'GET', `/kb/search?${params}`),
    'Search',
  );
  if (values.json) {
    return ok(
      asJson({
        results: answer.results.map(({ id, title, score, snippet }) => ({ id, title, score, snippet })),
      }),
    );
  }
  if (answer.results.length === 0) return ok(`No results for ${JSON.stringify(query)}.\n`);
  const lines = answer.results.map(
    (result, i) =>
      `${i + 1}. ${result.title}\n   ${result.id} · ${result.lang}${result.kind === 'referral' ? ' · referral' : ''} · score ${result.score}\n   ${result.snippet}`,
  );
  return ok(`${lines.join('\n')}\n`);
}

function renderImport(summary: ImportSummary): string {
  const head = `Imported ${summary.accepted} of ${summary.lines} lines from ${summary.file} into the ${summary.hotline} knowledge base: ${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged.`;
  if (summary.rejected.length === 0) return `${head}\n`;
  const rejected = summary.rejected.map(
    (line) => `  line ${line.line}${line.id ? ` (${line.id})` : ''}: ${line.reason}`,
  );
  return `${head}\nRejected ${summary.rejected.length} line${summary.rejected.length === 1 ? '' : 's'}:\n${rejected.join('\n')}\n`;
}

async function importCommand(args: string[], progress: (message: string) => void): Promise<CliResult> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { hotline: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const file = positional(positionals, 0, 'FILE.jsonl, e.g. npm run kb -- import articles.jsonl');
  if (positionals.length > 1) throw new UsageError('import takes one file');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  const summary = await importFile(file, hotlineOf(values.hotline), progress);
  return {
    code: summary.rejected.length > 0 ? EXIT_FAILED : EXIT_OK,
    stdout: values.json ? asJson(summary) : renderImport(summary),
    stderr: '',
  };
}

async function exportCommand(args: string[], progress: (message: string) => void): Promise<CliResult> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: { hotline: { type: 'string' }, kind: { type: 'string' }, out: { type: 'string' } },
  });
  const kind = oneOf(values.kind, 'kind', ['article', 'referral'] as const) ?? 'article';
  const hotline = hotlineOf(values.hotline);
  let stdout = '';
  if (values.out) fs.writeFileSync(values.out, '');
  const write = (text: string) => {
    if (values.out) fs.appendFileSync(values.out, text);
    else stdout += text;
  };
  const count = await exportAll(hotline, kind, write, progress);
  if (values.out) progress(`kb export: ${count} ${kind}s written to ${values.out}`);
  return ok(stdout);
}

export async function runKbCli(argv: readonly string[], options: KbCliOptions = {}): Promise<CliResult> {
  const [command, ...rest] = argv;
  let collected = '';
  const progress =
    options.progress ??
    ((message: string) => {
      collected += `${message}\n`;
    });
  const withProgress = (result: CliResult): CliResult => ({ ...result, stderr: collected + result.stderr });
  try {
    switch (command) {
      case 'import':
        return withProgress(await importCommand(rest, progress));
      case 'search':
        return await searchCommand(rest);
      case 'export':
        return withProgress(await exportCommand(rest, progress));
      case 'get':
      case 'versions':
        return await readCommand(command, rest);
      case 'rollback':
        return await rollbackCommand(rest);
      case 'feedback':
        return await feedbackCommand(rest);
      case 'help':
      case '--help':
      case '-h':
        return ok(USAGE);
      case undefined:
        throw new UsageError('missing command: import, search, export, get, versions, rollback or feedback');
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      return withProgress({
        code: EXIT_USAGE,
        stdout: '',
        stderr: `kb: ${error.message}\nRun \`npm run kb -- --help\` for usage.\n`,
      });
    }
    if (error instanceof CliError)
      return withProgress({ code: error.exitCode, stdout: '', stderr: `kb: ${error.message}\n` });
    throw error;
  }
}
