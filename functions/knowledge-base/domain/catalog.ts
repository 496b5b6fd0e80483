import { entityOfPk } from '../../../contracts/keys/knowledge-base-keys';
import type { KbArticle, ReferralBody } from './types';

/**
 * The catalog change log that keeps warm search indexes fresh. The table's stream feeds the indexer, which
 * turns each batch of changed heads into one numbered change (`CHANGES/<n>`, and `CATALOG/VERSION` = n,
 * written in one transaction, so a reader that sees the counter also sees the change). Search functions
 * compare the counter with the last change they applied and fetch only the heads named since.
 */
export interface CatalogChange {
  readonly version: number;
  /** When the indexer recorded it (epoch ms); unknown counts as just now. */
  readonly at?: number;
  readonly articles: readonly string[];
  readonly referrals: readonly string[];
}

export interface ChangedEntities {
  readonly articles: string[];
  readonly referrals: string[];
}

/** Article and referral ids named by the partition keys of changed head items, each once. */
export function changedEntities(partitionKeys: Iterable<string>): ChangedEntities {
  const articles = new Set<string>();
  const referrals = new Set<string>();
  for (const pk of partitionKeys) {
    const entity = entityOfPk(pk);
    if (entity?.kind === 'article') articles.add(entity.id);
    else if (entity?.kind === 'referral') referrals.add(entity.id);
  }
  return { articles: [...articles], referrals: [...referrals] };
}

/** Merges the ids of several changes: a head is fetched once however often it changed. */
export function mergeChanges(changes: readonly CatalogChange[]): ChangedEntities {
  const articles = new Set<string>();
  const referrals = new Set<string>();
  for (const change of changes) {
    for (const id of change.articles) articles.add(id);
    for (const id of change.referrals) referrals.add(id);
  }
  return { articles: [...articles], referrals: [...referrals] };
}

export interface PublishedCatalog {
  readonly articles: readonly KbArticle[];
  readonly referrals: readonly ReferralBody[];
}

/** What the warm index reads; the adapter reads the table, tests use plain arrays. */
export interface CatalogSource {
  /** The change counter (`CATALOG/VERSION`), read strongly consistently. */
  version(): Promise<number>;
  /** Every published article and referral (at cold start; never per query). */
  loadAll(): Promise<PublishedCatalog>;
  /** Changes numbered above `version`, oldest first, at most `limit`. */
  changesAfter(version: number, limit: number): Promise<CatalogChange[]>;
  /** The current published heads of these ids; an id missing from the answer is no longer published. */
  load(ids: ChangedEntities): Promise<{
    articles: ReadonlyMap<string, KbArticle>;
    referrals: ReadonlyMap<string, ReferralBody>;
  }>;
}
