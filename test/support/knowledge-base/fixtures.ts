import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { HotlineId } from '../../../contracts/hotlines';
import { type CliRole, callApi } from '../../../scripts/lib/api-client';

/** Tests share one runtime: every article they write has its own id and its own searchable word. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** A made-up Latin word no seed article and no other test uses, e.g. `zqvbkmwtrp`. */
export function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return Array.from(randomBytes(10), (byte) => letters[byte % letters.length]).join('');
}

export function jsonlFile(lines: readonly (string | object)[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-kb-'));
  const file = path.join(dir, 'articles.jsonl');
  fs.writeFileSync(
    file,
    lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n'),
  );
  return file;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly score: number;
  readonly snippet: string;
  readonly lang: string;
  readonly kind: string;
}

export async function search(
  hotline: HotlineId,
  query: string,
  params: Record<string, string> = {},
  role: CliRole = 'operator',
): Promise<SearchHit[]> {
  const response = await callApi<{ results: SearchHit[] }>({
    hotline,
    role,
    method: 'GET',
    path: `/kb/search?${new URLSearchParams({ q: query, ...params })}`,
  });
  if (response.status !== 200)
    throw new Error(`search answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.results;
}

/**
 * Searches until `expectation` holds: warm search indexes apply edits within seconds (stream, change log,
 * counter checked every 2 s), so the tests give them a generous window.
 */
export async function searchUntil(
  hotline: HotlineId,
  query: string,
  expectation: (results: SearchHit[]) => boolean,
  params: Record<string, string> = {},
  timeoutMs = 15_000,
): Promise<SearchHit[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const results = await search(hotline, query, params);
    if (expectation(results) || Date.now() > until) return results;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export const ids = (results: readonly SearchHit[]) => results.map((result) => result.id);

export function article(id: string, word: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    lang: 'ru',
    title: `Справка ${word}`,
    body: `Как получить справку ${word} через портал egov.kz: подайте заявку и подпишите её ЭЦП.`,
    tags: ['справка'],
    ...overrides,
  };
}
