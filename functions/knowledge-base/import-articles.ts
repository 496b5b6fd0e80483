import { logger } from '../shared/logger';
import { type AcceptedLine, parseArticleLines, type RejectedLine } from './domain/jsonl';
import type { KbScope } from './domain/types';
import type { ChangeContext } from './domain/versioning';
import { type ArticleWriter, type SaveStatus, saveArticle } from './editing';

export interface ImportedLine {
  readonly line: number;
  readonly id: string;
  readonly status: SaveStatus;
  readonly version: number;
}

export interface ImportReport {
  /** Non-blank lines read. */
  readonly lines: number;
  /** Lines saved (created, updated or unchanged). */
  readonly accepted: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly results: readonly ImportedLine[];
  /** Every line not saved, with its number and the reason, in line order. */
  readonly rejected: readonly RejectedLine[];
}

/** Writes in flight at once; lines of the same id are always saved in file order. */
const CONCURRENCY = 8;

/**
 * Imports JSON Lines: each valid line is saved as the next version of its article (a line identical to the
 * published version is `unchanged`); invalid lines and lines that could not be saved are reported and
 * never stop the others.
 */
export async function importArticles(
  store: ArticleWriter,
  text: string,
  context: ChangeContext & { readonly scope: KbScope },
): Promise<ImportReport> {
  const parsed = parseArticleLines(text, context.scope);
  const groups = new Map<string, AcceptedLine[]>();
  for (const accepted of parsed.accepted) {
    const group = groups.get(accepted.article.id) ?? [];
    group.push(accepted);
    groups.set(accepted.article.id, group);
  }
  const results: ImportedLine[] = [];
  const failed: RejectedLine[] = [];
  const queue = [...groups.values()];
  const worker = async () => {
    for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
      for (const { line, article } of group) {
        try {
          const saved = await saveArticle(store, article, { ...context, source: 'import' });
          results.push({ line, id: article.id, status: saved.status, version: saved.version });
        } catch (error) {
          logger.error('Import line could not be saved', { line, error: error as Error });
          failed.push({ line, id: article.id, reason: 'could not be saved; try this line again' });
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  results.sort((a, b) => a.line - b.line);
  const count = (status: SaveStatus) => results.filter((result) => result.status === status).length;
  return {
    lines: parsed.lines,
    accepted: results.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    results,
    rejected: [...parsed.rejected, ...failed].sort((a, b) => a.line - b.line),
  };
}
