import {
  articlePk,
  catalogListKeys,
  HEAD_SK,
  referralPk,
  translationGroupPk,
  versionSk,
} from '../../../contracts/keys/knowledge-base-keys';
import type { KbArticle, ReferralBody } from '../domain/types';
import type { ArticleHead, ArticleVersion } from '../domain/versioning';

/**
 * Items of the knowledge-base table (layout in `contracts/keys/knowledge-base-keys.ts`). A head holds the published article whole,
 * so operators' reads, the export and the search index's cold start need one read per article, not two.
 */

type Item = Record<string, unknown>;

export function articleHeadItem(head: ArticleHead): Item {
  const published = head.published;
  return {
    pk: articlePk(head.id),
    sk: HEAD_SK,
    kind: 'article',
    id: head.id,
    latestVersion: head.latestVersion,
    updatedAt: head.updatedAt,
    updatedBy: head.updatedBy,
    ...(published && head.publishedVersion !== undefined
      ? {
          publishedVersion: head.publishedVersion,
          article: published,
          // Top-level copies for the translations index, which projects only these.
          lang: published.lang,
          title: published.title,
          ...catalogListKeys('article', head.id),
          ...(published.translationGroup
            ? {
                groupPk: translationGroupPk(published.translationGroup),
                groupSk: `${published.lang}#${head.id}`,
              }
            : {}),
        }
      : {}),
  };
}

export function articleHeadFromItem(item: Item): ArticleHead {
  const publishedVersion = item['publishedVersion'] as number | undefined;
  const article = item['article'] as KbArticle | undefined;
  return {
    id: item['id'] as string,
    latestVersion: Number(item['latestVersion']),
    ...(publishedVersion !== undefined && article ? { publishedVersion, published: article } : {}),
    updatedAt: item['updatedAt'] as string,
    updatedBy: item['updatedBy'] as string,
  };
}

export function versionItem(version: ArticleVersion): Item {
  return {
    pk: articlePk(version.article.id),
    sk: versionSk(version.version),
    kind: 'version',
    ...version,
  };
}

export function versionFromItem(item: Item): ArticleVersion {
  return {
    article: item['article'] as KbArticle,
    version: Number(item['version']),
    editedAt: item['editedAt'] as string,
    editedBy: item['editedBy'] as string,
    source: item['source'] as ArticleVersion['source'],
    ...(item['restoredFrom'] === undefined ? {} : { restoredFrom: Number(item['restoredFrom']) }),
  };
}

/** A referral body with the bookkeeping editors see. */
export interface StoredReferral {
  readonly referral: ReferralBody;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export function referralItem(stored: StoredReferral): Item {
  return {
    pk: referralPk(stored.referral.id),
    sk: HEAD_SK,
    kind: 'referral',
    id: stored.referral.id,
    ...stored,
    ...catalogListKeys('referral', stored.referral.id),
  };
}

export function referralFromItem(item: Item): StoredReferral {
  return {
    referral: item['referral'] as ReferralBody,
    version: Number(item['version']),
    updatedAt: item['updatedAt'] as string,
    updatedBy: item['updatedBy'] as string,
  };
}
