import * as z from 'zod';
import { ENV, readEnv } from '../shared/env';
import { BadRequestError, NotFoundError } from '../shared/errors';
import { type ApiEvent, type ApiResult, httpHandler, jsonResult, parseWith } from '../shared/http';
import { logger } from '../shared/logger';
import { ArticleStore } from './adapters/article-store';
import { CatalogStore } from './adapters/catalog-store';
import { ReferralStore } from './adapters/referral-store';
import { ENTITY_ID, HotlineSchema, LangSchema } from './domain/article-input';
import { WarmIndex } from './domain/warm-index';
import { readScope } from './scope';
import { snapshotLoader, snapshotStore } from './search-snapshots';

const env = readEnv([ENV.knowledgeTable]);
// Parsed, not cast: a misconfigured function fails at cold start instead of serving the wrong hotline.
const scope = readScope();
const { hotline } = scope;
const articles = new ArticleStore(env[ENV.knowledgeTable]);
const referrals = new ReferralStore(env[ENV.knowledgeTable]);
/**
 * Loaded on the first search of this execution environment from the snapshot the indexer writes, caught up
 * with the changes recorded since (built from the published heads when there is no usable snapshot), then
 * kept fresh by reading the catalog change counter at most every 2 seconds (see `domain/warm-index.ts`): a
 * query never reads the table beyond that one small item.
 */
const warmIndex = new WarmIndex(new CatalogStore(env[ENV.knowledgeTable]), {
  snapshot: snapshotLoader(snapshotStore()),
  onError: (error) => logger.warn('Search index refresh failed; serving the index as it was', { error }),
  onReady: (ready) => logger.info('Search index ready', { ...ready }),
});

const SearchQuery = z.object({
  q: z
    .string({ error: 'is required, e.g. ?q=ЭЦП' })
    .trim()
    .min(1, 'must not be empty')
    .max(500, 'must be at most 500 characters'),
  lang: LangSchema.optional(),
  kind: z.enum(['article', 'referral'], { error: 'must be article or referral' }).optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(50, 'must be at most 50')
    .default(10),
  hotline: HotlineSchema.optional(),
});

async function search(event: ApiEvent): Promise<ApiResult> {
  const query = parseWith(SearchQuery, event.queryStringParameters ?? {});
  if (query.hotline !== undefined && query.hotline !== hotline) {
    throw new BadRequestError(
      `This is the ${hotline} knowledge base; search ${query.hotline}'s at /${query.hotline}/kb/search`,
    );
  }
  if (query.lang !== undefined && !scope.languages.includes(query.lang)) {
    throw new BadRequestError(
      `lang: the ${hotline} knowledge base is in ${scope.languages.join(', ')}; "${query.lang}" is not one of them`,
    );
  }
  const index = await warmIndex.get();
  const results = index.search(query.q, {
    hotline,
    limit: query.limit,
    ...(query.lang ? { lang: query.lang } : {}),
    ...(query.kind ? { kinds: [query.kind] } : {}),
  });
  return jsonResult(
    200,
    {
      results: results.map(({ id, title, score, snippet, highlights, titleHighlights, lang, kind }) => ({
        id,
        title,
        score,
        snippet,
        highlights,
        titleHighlights,
        lang,
        kind,
      })),
    },
    { 'cache-control': 'no-store' },
  );
}

function idOf(event: ApiEvent): string {
  const id = event.pathParameters?.['id'] ?? '';
  if (!ENTITY_ID.test(id)) throw new NotFoundError(`No such article or referral body: ${id.slice(0, 60)}`);
  return id;
}

/** The published version, with the other languages of the same article. */
async function readArticle(event: ApiEvent): Promise<ApiResult> {
  const id = idOf(event);
  const head = await articles.head(id);
  const article = head?.published;
  if (!head || !article) throw new NotFoundError(`No published article ${id}`);
  const translations = article.translationGroup
    ? (await articles.translations(article.translationGroup)).filter((other) => other.id !== id)
    : [];
  return jsonResult(200, {
    ...article,
    version: head.publishedVersion,
    updatedAt: head.updatedAt,
    translations,
  });
}

async function readReferral(event: ApiEvent): Promise<ApiResult> {
  const id = idOf(event);
  const stored = await referrals.get(id);
  if (!stored) throw new NotFoundError(`No referral body ${id}`);
  return jsonResult(200, { ...stored.referral, version: stored.version, updatedAt: stored.updatedAt });
}

const ROUTES: Record<string, (event: ApiEvent) => Promise<ApiResult>> = {
  'GET /kb/search': search,
  'GET /kb/articles/{id}': readArticle,
  'GET /kb/referrals/{id}': readReferral,
};

/** What operators read: search, a published article, a referral body (roles operator, supervisor, kbEditor). */
export const handler = httpHandler(async (event) => {
  const route = ROUTES[event.routeKey];
  if (!route) throw new NotFoundError(`No route ${event.routeKey}`);
  return route(event);
});
