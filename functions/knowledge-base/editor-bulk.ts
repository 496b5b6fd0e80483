import * as z from 'zod';
import { BadRequestError, PayloadTooLargeError } from '../shared/errors';
import { type ApiEvent, type ApiResult, jsonResult, parseWith } from '../shared/http';
import type { ArticleStore } from './adapters/article-store';
import type { CatalogStore, ExportCursor } from './adapters/catalog-store';
import type { FeedbackStore } from './adapters/feedback-store';
import { ENTITY_ID } from './domain/article-input';
import { articleLine } from './domain/jsonl';
import type { KbArticle, KbScope, ReferralBody } from './domain/types';
import type { ChangeContext } from './domain/versioning';
import { importArticles } from './import-articles';

/** Import, export and the feedback list: the editors' bulk routes. */

export interface BulkDeps {
  readonly scope: KbScope;
  readonly articles: ArticleStore;
  readonly catalog: CatalogStore;
  readonly feedback: FeedbackStore;
}

/**
 * A synchronous Lambda invocation carries at most 6 MB (API Gateway itself takes 10 MB); `npm run kb --
 * import` sends larger files in chunks well below this.
 */
export const MAX_IMPORT_BYTES = 6 * 1024 * 1024 - 64 * 1024;
const EXPORT_PAGE_ITEMS = 400;
const NEXT_CURSOR_HEADER = 'x-next-cursor';

function rawBody(event: ApiEvent): string {
  if (event.body === undefined) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

/** `POST /kb/import`: JSON Lines body; per line accepted (with its new version) or rejected (with why). */
export async function importRoute(
  deps: BulkDeps,
  event: ApiEvent,
  context: ChangeContext,
): Promise<ApiResult> {
  const text = rawBody(event);
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    throw new PayloadTooLargeError(
      `Import at most ${Math.floor(MAX_IMPORT_BYTES / 1024)} KB per request; \`npm run kb -- import FILE\` sends big files in chunks`,
    );
  }
  if (text.trim() === '') throw new BadRequestError('Body is empty: send one JSON article per line');
  const report = await importArticles(deps.articles, text, { ...context, scope: deps.scope });
  return jsonResult(200, report);
}

const ExportQuery = z.object({
  kind: z.enum(['article', 'referral'], { error: 'must be article or referral' }).default('article'),
  cursor: z.string().max(4000).optional(),
});

function decodeCursor(cursor: string | undefined): ExportCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as ExportCursor;
    if (Number.isInteger(value.shard) && value.shard >= 0) return value;
  } catch {
    // Reported below.
  }
  throw new BadRequestError('cursor: not a cursor this export returned');
}

/**
 * `GET /kb/export?kind=article|referral`: published content as JSON Lines, one page at a time (a Lambda
 * answer is limited to 6 MB); the `x-next-cursor` header, when present, fetches the next page.
 */
export async function exportRoute(deps: BulkDeps, event: ApiEvent): Promise<ApiResult> {
  const query = parseWith(ExportQuery, event.queryStringParameters ?? {});
  const page = await deps.catalog.exportPage(query.kind, decodeCursor(query.cursor), EXPORT_PAGE_ITEMS);
  const lines = page.items.map((item) =>
    query.kind === 'article'
      ? articleLine(item['article'] as KbArticle)
      : JSON.stringify(item['referral'] as ReferralBody),
  );
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store',
      ...(page.next
        ? { [NEXT_CURSOR_HEADER]: Buffer.from(JSON.stringify(page.next)).toString('base64url') }
        : {}),
    },
    body: lines.map((line) => `${line}\n`).join(''),
  };
}

const FeedbackQuery = z.object({
  articleId: z.string().regex(ENTITY_ID, 'is not an article id').optional(),
  kind: z.enum(['helpful', 'outdated'], { error: 'must be helpful or outdated' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});

/** `GET /kb/feedback`: operators' marks, newest first, with the article's current title. */
export async function feedbackListRoute(deps: BulkDeps, event: ApiEvent): Promise<ApiResult> {
  const query = parseWith(FeedbackQuery, event.queryStringParameters ?? {});
  let cursor: Record<string, unknown> | undefined;
  if (query.cursor !== undefined) {
    try {
      cursor = JSON.parse(Buffer.from(query.cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new BadRequestError('cursor: not a cursor this list returned');
    }
  }
  const page = await deps.feedback.list({
    limit: query.limit,
    ...(query.articleId ? { articleId: query.articleId } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(cursor ? { cursor } : {}),
  });
  const heads = await deps.catalog.load({
    articles: [...new Set(page.feedback.map((feedback) => feedback.articleId))],
    referrals: [],
  });
  return jsonResult(200, {
    feedback: page.feedback.map((feedback) => ({
      ...feedback,
      title: heads.articles.get(feedback.articleId)?.title ?? null,
    })),
    ...(page.next ? { next: Buffer.from(JSON.stringify(page.next)).toString('base64url') } : {}),
  });
}
