import { pause } from './adapters/conditions';
import type { StoredReferral } from './adapters/kb-items';
import { sameReferral } from './domain/referral-input';
import type { KbArticle, ReferralBody } from './domain/types';
import type { ArticleHead, ArticleVersion, ChangeContext, EditPlan, WritePlan } from './domain/versioning';
import { planEdit, planRollback, planUnpublish, VersionConflictError } from './domain/versioning';

/** What editing needs of the table (the adapters provide it; tests may pass their own). */
export interface ArticleWriter {
  head(id: string): Promise<ArticleHead | undefined>;
  version(id: string, version: number): Promise<ArticleVersion | undefined>;
  write(plan: WritePlan): Promise<boolean>;
}

export interface ReferralWriter {
  get(id: string): Promise<StoredReferral | undefined>;
  put(stored: StoredReferral, basedOn: number): Promise<boolean>;
}

export type SaveStatus = 'created' | 'updated' | 'unchanged' | 'unpublished';

export interface SaveResult {
  readonly id: string;
  readonly status: SaveStatus;
  /** Highest version of the article. */
  readonly version: number;
  /** The version operators read now; absent when unpublished. */
  readonly publishedVersion?: number;
}

/** Writers racing without `expectedVersion` retry this often before giving up. */
const MAX_ATTEMPTS = 6;

export class ArticleNotFoundError extends Error {
  override name = 'ArticleNotFoundError';
}

function resultOf(plan: EditPlan, before: ArticleHead | undefined, status?: SaveStatus): SaveResult {
  const head = plan.head;
  return {
    id: head.id,
    status: status ?? (plan.kind === 'unchanged' ? 'unchanged' : before ? 'updated' : 'created'),
    version: head.latestVersion,
    ...(head.publishedVersion === undefined ? {} : { publishedVersion: head.publishedVersion }),
  };
}

/**
 * Reads the head, plans, and writes on condition the head did not move. With `expectedVersion` a moved head
 * is the caller's conflict (409); without it the change is planned again on the newer head.
 */
async function applyWithRetry(
  store: ArticleWriter,
  id: string,
  expectedVersion: number | undefined,
  plan: (head: ArticleHead | undefined) => Promise<EditPlan> | EditPlan,
  status?: SaveStatus,
): Promise<SaveResult> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const head = await store.head(id);
    const planned = await plan(head);
    if (planned.kind === 'unchanged') return resultOf(planned, head);
    if (await store.write(planned)) return resultOf(planned, head, status);
    if (expectedVersion !== undefined) {
      const latest = (await store.head(id))?.latestVersion ?? 0;
      throw new VersionConflictError(expectedVersion, latest);
    }
    await pause(5 + Math.random() * 20 * (attempt + 1));
  }
  throw new Error(`Article ${id} kept changing while it was being saved`);
}

export function saveArticle(
  store: ArticleWriter,
  article: KbArticle,
  context: ChangeContext & { readonly expectedVersion?: number; readonly source: 'edit' | 'import' },
): Promise<SaveResult> {
  return applyWithRetry(store, article.id, context.expectedVersion, (head) =>
    planEdit(head, article, context),
  );
}

export function rollbackArticle(
  store: ArticleWriter,
  id: string,
  context: ChangeContext & { readonly expectedVersion?: number; readonly version: number },
): Promise<SaveResult> {
  return applyWithRetry(store, id, context.expectedVersion, async (head) =>
    planRollback(head, head ? await store.version(id, context.version) : undefined, context),
  );
}

export function unpublishArticle(
  store: ArticleWriter,
  id: string,
  context: ChangeContext & { readonly expectedVersion?: number },
): Promise<SaveResult> {
  return applyWithRetry(
    store,
    id,
    context.expectedVersion,
    (head) => {
      if (!head) throw new ArticleNotFoundError(`No article ${id}`);
      return planUnpublish(head, context);
    },
    'unpublished',
  );
}

export interface ReferralSaveResult {
  readonly id: string;
  readonly status: 'created' | 'updated' | 'unchanged';
  readonly version: number;
}

/** Saves a referral body; `expectedVersion` as for articles (409 when it is not the stored version). */
export async function saveReferral(
  store: ReferralWriter,
  referral: ReferralBody,
  context: ChangeContext & { readonly expectedVersion?: number },
): Promise<ReferralSaveResult> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored = await store.get(referral.id);
    const current = stored?.version ?? 0;
    if (context.expectedVersion !== undefined && context.expectedVersion !== current)
      throw new VersionConflictError(context.expectedVersion, current);
    if (stored && sameReferral(stored.referral, referral))
      return { id: referral.id, status: 'unchanged', version: current };
    const next = { referral, version: current + 1, updatedAt: context.at, updatedBy: context.by };
    if (await store.put(next, current))
      return { id: referral.id, status: stored ? 'updated' : 'created', version: next.version };
    if (context.expectedVersion !== undefined)
      throw new VersionConflictError(context.expectedVersion, (await store.get(referral.id))?.version ?? 0);
  }
  throw new Error(`Referral ${referral.id} kept changing while it was being saved`);
}
