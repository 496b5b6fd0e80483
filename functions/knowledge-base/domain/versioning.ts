import { sameContent } from './article-input';
import type { KbArticle } from './types';

/**
 * Versioning rules. Every change of an article's content writes a new, immutable version and publishes it;
 * a rollback is such a change too (it copies an older version's content into a new version), so history
 * only ever grows and shows who published what, when. Unpublishing hides the article from operators and
 * search without touching its history; the next edit or rollback publishes again.
 */

export type VersionSource = 'edit' | 'import' | 'rollback';

export interface ArticleVersion {
  readonly article: KbArticle;
  readonly version: number;
  readonly editedAt: string;
  /** The editor's session name (a user id from the organisation's sign-in, never a person's name). */
  readonly editedBy: string;
  readonly source: VersionSource;
  /** For a rollback: the version whose content was restored. */
  readonly restoredFrom?: number;
}

/** What operators read and the editing rules check against. */
export interface ArticleHead {
  readonly id: string;
  /** Highest version written. */
  readonly latestVersion: number;
  /** The version operators read; absent while the article is unpublished. */
  readonly publishedVersion?: number;
  /** The published content (absent while unpublished). */
  readonly published?: KbArticle;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface ChangeContext {
  readonly at: string;
  readonly by: string;
}

/** The caller edited a version other than the latest: someone else saved in between. */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(
    readonly expectedVersion: number,
    readonly latestVersion: number,
  ) {
    super(
      `Article changed meanwhile: you edited version ${expectedVersion}, the latest is ${latestVersion}. Reload it and apply your change again.`,
    );
  }
}

export class UnknownVersionError extends Error {
  override name = 'UnknownVersionError';
}

/** Writing `version` and replacing `head`, on condition that the latest version is still `basedOn` (0: new). */
export interface WritePlan {
  readonly kind: 'write';
  readonly basedOn: number;
  readonly version?: ArticleVersion;
  readonly head: ArticleHead;
}

export interface UnchangedPlan {
  readonly kind: 'unchanged';
  readonly head: ArticleHead;
}

export type EditPlan = WritePlan | UnchangedPlan;

function checkExpected(head: ArticleHead | undefined, expectedVersion: number | undefined): number {
  const latest = head?.latestVersion ?? 0;
  if (expectedVersion !== undefined && expectedVersion !== latest)
    throw new VersionConflictError(expectedVersion, latest);
  return latest;
}

function publish(
  head: ArticleHead | undefined,
  article: KbArticle,
  context: ChangeContext,
  source: VersionSource,
  restoredFrom?: number,
): WritePlan {
  const basedOn = head?.latestVersion ?? 0;
  const version: ArticleVersion = {
    article,
    version: basedOn + 1,
    editedAt: context.at,
    editedBy: context.by,
    source,
    ...(restoredFrom === undefined ? {} : { restoredFrom }),
  };
  return {
    kind: 'write',
    basedOn,
    version,
    head: {
      id: article.id,
      latestVersion: version.version,
      publishedVersion: version.version,
      published: article,
      updatedAt: context.at,
      updatedBy: context.by,
    },
  };
}

/**
 * An edit or an imported line. Content identical to the published version changes nothing (a re-imported
 * export makes no versions); anything else becomes the next version and is published.
 */
export function planEdit(
  head: ArticleHead | undefined,
  article: KbArticle,
  context: ChangeContext & { readonly expectedVersion?: number; readonly source: 'edit' | 'import' },
): EditPlan {
  checkExpected(head, context.expectedVersion);
  if (head?.published && sameContent(head.published, article)) return { kind: 'unchanged', head };
  return publish(head, article, context, context.source);
}

/** Restores an older version's content as the next version; restoring what is published changes nothing. */
export function planRollback(
  head: ArticleHead | undefined,
  target: ArticleVersion | undefined,
  context: ChangeContext & { readonly expectedVersion?: number; readonly version: number },
): EditPlan {
  if (head === undefined || target === undefined)
    throw new UnknownVersionError(`Article has no version ${context.version}`);
  checkExpected(head, context.expectedVersion);
  if (head.published && sameContent(head.published, target.article)) return { kind: 'unchanged', head };
  return publish(head, target.article, context, 'rollback', target.version);
}

/** Hides the article from operators and search; its versions stay. */
export function planUnpublish(
  head: ArticleHead,
  context: ChangeContext & { readonly expectedVersion?: number },
): EditPlan {
  checkExpected(head, context.expectedVersion);
  if (head.publishedVersion === undefined) return { kind: 'unchanged', head };
  return {
    kind: 'write',
    basedOn: head.latestVersion,
    head: { id: head.id, latestVersion: head.latestVersion, updatedAt: context.at, updatedBy: context.by },
  };
}
