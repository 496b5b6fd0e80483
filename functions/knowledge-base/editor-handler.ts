import * as z from 'zod';
import { ENV, readEnv } from '../shared/env';
import { BadRequestError, ConflictError, NotFoundError } from '../shared/errors';
import {
  type ApiEvent,
  type ApiResult,
  callerOf,
  httpHandler,
  jsonResult,
  parseJsonBody,
  parseWith,
} from '../shared/http';
import { ArticleStore } from './adapters/article-store';
import { CatalogStore } from './adapters/catalog-store';
import { FeedbackStore } from './adapters/feedback-store';
import { ReferralStore } from './adapters/referral-store';
import { requireKbEditor } from './callers';
import { ArticleContentSchema, ArticleRuleError, ENTITY_ID, toArticle } from './domain/article-input';
import { ReferralContentSchema, toReferral } from './domain/referral-input';
import { type ArticleVersion, UnknownVersionError, VersionConflictError } from './domain/versioning';
import {
  ArticleNotFoundError,
  rollbackArticle,
  saveArticle,
  saveReferral,
  unpublishArticle,
} from './editing';
import { exportRoute, feedbackListRoute, importRoute } from './editor-bulk';
import { readScope } from './scope';

const table = readEnv([ENV.knowledgeTable])[ENV.knowledgeTable];
// Parsed, not cast: a misconfigured function fails at cold start instead of serving the wrong hotline.
const scope = readScope();
const { hotline } = scope;
const deps = {
  scope,
  articles: new ArticleStore(table),
  referrals: new ReferralStore(table),
  catalog: new CatalogStore(table),
  feedback: new FeedbackStore(table),
};
export type EditorDeps = typeof deps;

const ExpectedVersion = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be 0 or more');

const ArticleBody = ArticleContentSchema.extend({
  id: z.string().optional(),
  expectedVersion: ExpectedVersion.optional(),
});
const ReferralBodySchema = ReferralContentSchema.extend({
  id: z.string().optional(),
  expectedVersion: ExpectedVersion.optional(),
});
const RollbackBody = z.object({
  version: z.number({ error: 'is required: the version to restore' }).int().min(1),
  expectedVersion: ExpectedVersion.optional(),
});
const DeleteQuery = z.object({ expectedVersion: z.coerce.number().int().min(0).optional() });
const VersionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.coerce.number().int().min(1).optional(),
});

function idOf(event: ApiEvent): string {
  const id = event.pathParameters?.['id'] ?? '';
  if (!ENTITY_ID.test(id))
    throw new BadRequestError(
      'id: use 1-128 letters, digits, ".", "_" or "-", starting with a letter or digit',
    );
  return id;
}

function checkBodyId(id: string, bodyId: string | undefined): void {
  if (bodyId !== undefined && bodyId !== id)
    throw new BadRequestError(`id: the body names ${bodyId.slice(0, 60)} but the path names ${id}`);
}

const changeContext = (event: ApiEvent) => ({ at: new Date().toISOString(), by: callerOf(event).session });

function versionView(version: ArticleVersion) {
  const { article, ...meta } = version;
  return { ...meta, ...article };
}

async function putArticle(event: ApiEvent): Promise<ApiResult> {
  const id = idOf(event);
  const { id: bodyId, expectedVersion, ...content } = parseJsonBody(event, ArticleBody);
  checkBodyId(id, bodyId);
  const saved = await saveArticle(deps.articles, toArticle(id, content, scope), {
    ...changeContext(event),
    source: 'edit',
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  });
  return jsonResult(saved.status === 'created' ? 201 : 200, saved);
}

async function deleteArticle(event: ApiEvent): Promise<ApiResult> {
  const id = idOf(event);
  const { expectedVersion } = parseWith(DeleteQuery, event.queryStringParameters ?? {});
  const saved = await unpublishArticle(deps.articles, id, {
    ...changeContext(event),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  });
  return jsonResult(200, saved);
}

async function listVersions(event: ApiEvent): Promise<ApiResult> {
  const id = idOf(event);
  const query = parseWith(VersionsQuery, event.queryStringParameters ?? {});
  const head = await deps.articles.head(id);
  if (!head) throw new NotFoundError(`No article ${id}`);
  const page = await deps.articles.versions(id, {
    limit: query.limit,
    ...(query.before === undefined ? {} : { before: query.before }),
  });
  return jsonResult(200, {
    id,
    latestVersion: head.latestVersion,
    publishedVersion: head.publishedVersion ?? null,
    status: head.publishedVersion === undefined ? 'unpublished' : 'published',
    updatedAt: head.updatedAt,
    updatedBy: head.updatedBy,
    versions: page.versions.map(versionView),
    ...(page.next === undefined ? {} : { next: page.next }),
  });
}

async function rollback(event: ApiEvent): Promise<ApiResult> {
  const id = idOf(event);
  const { version, expectedVersion } = parseJsonBody(event, RollbackBody);
  const saved = await rollbackArticle(deps.articles, id, {
    ...changeContext(event),
    version,
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  });
  return jsonResult(200, { ...saved, restoredFrom: version });
}

async function putReferral(event: ApiEvent): Promise<ApiResult> {
  const id = idOf(event);
  const { id: bodyId, expectedVersion, ...content } = parseJsonBody(event, ReferralBodySchema);
  checkBodyId(id, bodyId);
  const saved = await saveReferral(deps.referrals, toReferral(id, content, hotline), {
    ...changeContext(event),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  });
  return jsonResult(saved.status === 'created' ? 201 : 200, saved);
}

const ROUTES: Record<string, (event: ApiEvent) => Promise<ApiResult>> = {
  'PUT /kb/articles/{id}': putArticle,
  'DELETE /kb/articles/{id}': deleteArticle,
  'GET /kb/articles/{id}/versions': listVersions,
  'POST /kb/articles/{id}/rollback': rollback,
  'PUT /kb/referrals/{id}': putReferral,
  'POST /kb/import': (event) => importRoute(deps, event, changeContext(event)),
  'GET /kb/export': (event) => exportRoute(deps, event),
  'GET /kb/feedback': (event) => feedbackListRoute(deps, event),
};

/** Knowledge-base editing for the ICI operator's editors (role kbEditor only). */
export const handler = httpHandler(async (event) => {
  requireKbEditor(event);
  const route = ROUTES[event.routeKey];
  if (!route) throw new NotFoundError(`No route ${event.routeKey}`);
  try {
    return await route(event);
  } catch (error) {
    if (error instanceof VersionConflictError)
      throw new ConflictError(error.message, { latestVersion: error.latestVersion });
    if (error instanceof ArticleRuleError) throw new BadRequestError(`Invalid request: ${error.message}`);
    if (error instanceof UnknownVersionError || error instanceof ArticleNotFoundError)
      throw new NotFoundError(error.message);
    throw error;
  }
});
