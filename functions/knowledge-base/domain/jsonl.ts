import { ArticleLineSchema, ArticleRuleError, describeIssues, toArticle } from './article-input';
import type { KbArticle, KbScope } from './types';

/**
 * JSON Lines import: one article a line. Every line is judged on its own, so a bad line is reported with its
 * number and reason and never costs the good lines around it. Blank lines are skipped.
 */

export interface AcceptedLine {
  /** 1-based line number in the text. */
  readonly line: number;
  readonly article: KbArticle;
}

export interface RejectedLine {
  readonly line: number;
  /** The line's id when it had a readable one. */
  readonly id?: string;
  readonly reason: string;
}

export interface ParsedImport {
  readonly accepted: readonly AcceptedLine[];
  readonly rejected: readonly RejectedLine[];
  /** Non-blank lines. */
  readonly lines: number;
}

/** A line this long cannot be an article (titles and bodies are limited far below it). */
export const MAX_LINE_CHARS = 200_000;

export function parseArticleLines(text: string, scope: KbScope): ParsedImport {
  const accepted: AcceptedLine[] = [];
  const rejected: RejectedLine[] = [];
  let lines = 0;
  const rows = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.trim();
    if (row === '') continue;
    lines++;
    const result = parseArticleLine(row, scope);
    if ('article' in result) accepted.push({ line: i + 1, article: result.article });
    else rejected.push({ line: i + 1, ...result });
  }
  return { accepted, rejected, lines };
}

export function parseArticleLine(
  row: string,
  scope: KbScope,
): { article: KbArticle } | { id?: string; reason: string } {
  if (row.length > MAX_LINE_CHARS) return { reason: `line is longer than ${MAX_LINE_CHARS} characters` };
  let value: unknown;
  try {
    value = JSON.parse(row);
  } catch (error) {
    return { reason: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { reason: 'expected a JSON object such as {"id":"...","lang":"ru","title":"...","body":"..."}' };
  }
  const rawId = (value as { id?: unknown }).id;
  const id = typeof rawId === 'string' && rawId.length <= 128 ? { id: rawId } : {};
  const parsed = ArticleLineSchema.safeParse(value);
  if (!parsed.success) return { ...id, reason: describeIssues(parsed.error).join('; ') };
  try {
    return { article: toArticle(parsed.data.id, parsed.data, scope) };
  } catch (error) {
    if (error instanceof ArticleRuleError) return { ...id, reason: error.message };
    throw error;
  }
}

/** The import format of an article: what `GET /kb/export` writes and `POST /kb/import` reads. */
export function articleLine(article: KbArticle): string {
  const { id, lang, title, body, tags, category, hotlines, translationGroup } = article;
  return JSON.stringify({ id, lang, title, body, tags, category, hotlines, translationGroup });
}
