import { parseArgs } from 'node:util';
import { api, ensureOk, hotlineOf, oneOf, positional } from './kb-cli-support';
import { asJson, type CliResult, ok, UsageError } from './lib/cli';

/** `npm run kb -- get | versions | rollback | feedback`: one article, its history, and operators' marks. */

export async function readCommand(command: 'get' | 'versions', args: string[]): Promise<CliResult> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { hotline: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const id = encodeURIComponent(positional(positionals, 0, 'article ID'));
  const hotline = hotlineOf(values.hotline);
  const answer = ensureOk(
    command === 'get'
      ? await api<Record<string, unknown>>(hotline, 'operator', 'GET', `/kb/articles/${id}`)
      : await api<Record<string, unknown>>(hotline, 'kbEditor', 'GET', `/kb/articles/${id}/versions`),
    command === 'get' ? 'Reading the article' : 'Reading the history',
  );
  if (values.json) return ok(asJson(answer));
  if (command === 'get') {
    return ok(
      `${answer['title']}\n${answer['id']} · ${answer['lang']} · version ${answer['version']}\n\n${answer['body']}\n`,
    );
  }
  const versions = answer['versions'] as Array<Record<string, unknown>>;
  const lines = versions.map(
    (version) =>
      `v${version['version']}  ${version['editedAt']}  ${String(version['source']).padEnd(8)} ${version['editedBy']}${version['restoredFrom'] ? `  (restores v${version['restoredFrom']})` : ''}  ${version['title']}`,
  );
  const state =
    answer['status'] === 'published'
      ? `version ${answer['publishedVersion']} of ${answer['latestVersion']} is published`
      : `unpublished (latest version ${answer['latestVersion']})`;
  return ok(`${answer['id']}: ${state}\n${lines.join('\n')}\n`);
}

export async function rollbackCommand(args: string[]): Promise<CliResult> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { hotline: { type: 'string' } },
  });
  const id = positional(positionals, 0, 'article ID');
  const version = Number(positional(positionals, 1, 'VERSION to restore'));
  if (!Number.isInteger(version) || version < 1)
    throw new UsageError('VERSION must be a whole number from 1');
  const answer = ensureOk(
    await api<{ version: number }>(
      hotlineOf(values.hotline),
      'kbEditor',
      'POST',
      `/kb/articles/${encodeURIComponent(id)}/rollback`,
      { version },
    ),
    'Rollback',
  );
  return ok(`${id}: version ${version} restored as version ${answer.version}, now published.\n`);
}

export async function feedbackCommand(args: string[]): Promise<CliResult> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      hotline: { type: 'string' },
      kind: { type: 'string' },
      article: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const kind = oneOf(values.kind, 'kind', ['helpful', 'outdated'] as const);
  const params = new URLSearchParams({
    ...(kind ? { kind } : {}),
    ...(values.article ? { articleId: values.article } : {}),
  });
  const answer = ensureOk(
    await api<{ feedback: Array<Record<string, unknown>> }>(
      hotlineOf(values.hotline),
      'kbEditor',
      'GET',
      `/kb/feedback?${params}`,
    ),
    'Reading feedback',
  );
  if (values.json) return ok(asJson(answer));
  const lines = answer.feedback.map(
    (entry) =>
      `${entry['at']}  ${String(entry['kind']).padEnd(8)} ${entry['articleId']}${entry['comment'] ? `  "${entry['comment']}"` : ''}`,
  );
  return ok(lines.length ? `${lines.join('\n')}\n` : 'No feedback yet.\n');
}

/** Runs one `kb` command line (the arguments after `npm run kb --`). */
