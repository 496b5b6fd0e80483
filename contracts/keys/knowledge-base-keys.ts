/**
 * Key layout of a hotline's knowledge-base table (one table per hotline, single-table design):
 *
 * | pk                   | sk                 | item                                                    |
 * |----------------------|--------------------|---------------------------------------------------------|
 * | `ARTICLE#<id>`       | `HEAD`             | the published content, version numbers, status          |
 * | `ARTICLE#<id>`       | `V#<10 digits>`    | one version, never changed after it is written          |
 * | `REFERRAL#<id>`      | `HEAD`             | a referral body of the directory                        |
 * | `FEEDBACK#<article>` | `<at>#<uuid>`      | an operator's mark: helpful or outdated                 |
 * | `CATALOG`            | `VERSION`          | counter of catalog changes (the freshness check reads it) |
 * | `CHANGES`            | `<12 digits>`      | which heads changed in catalog change n (expires)       |
 *
 * Two sparse indexes: `lists` (`listPk`/`listSk`) holds the published heads spread over
 * `CATALOG_SHARDS` partitions (the search index loads them at cold start, the export pages through them)
 * and the feedback list; `translations` (`groupPk`/`groupSk`) links the language versions of one article.
 */

export const HEAD_SK = 'HEAD';
export const CATALOG_KEY = { pk: 'CATALOG', sk: 'VERSION' } as const;
export const CHANGES_PK = 'CHANGES';
export const FEEDBACK_LIST_PK = 'FEEDBACK';

export const LISTS_INDEX = 'lists';
export const TRANSLATIONS_INDEX = 'translations';
/** Published heads are spread over this many index partitions so bulk imports do not throttle one. */
export const CATALOG_SHARDS = 8;

export type EntityKind = 'article' | 'referral';

const PREFIX: Record<EntityKind, string> = { article: 'ARTICLE#', referral: 'REFERRAL#' };

export function articlePk(id: string): string {
  return `${PREFIX.article}${id}`;
}

export function referralPk(id: string): string {
  return `${PREFIX.referral}${id}`;
}

/** Zero-padded so versions sort as text in the order they were written. */
export function versionSk(version: number): string {
  return `V#${String(version).padStart(10, '0')}`;
}

export function versionOfSk(sk: string): number | undefined {
  return sk.startsWith('V#') ? Number(sk.slice(2)) : undefined;
}

export function changeSk(version: number): string {
  return String(version).padStart(12, '0');
}

export function feedbackPk(articleId: string): string {
  return `FEEDBACK#${articleId}`;
}

/** Which article or referral a head item's partition key names; undefined for any other item. */
export function entityOfPk(pk: string): { kind: EntityKind; id: string } | undefined {
  for (const kind of ['article', 'referral'] as const) {
    if (pk.startsWith(PREFIX[kind])) return { kind, id: pk.slice(PREFIX[kind].length) };
  }
  return undefined;
}

export function catalogShardPk(shard: number): string {
  return `PUBLISHED#${shard}`;
}

/** Index keys of a published head: a stable shard by id (FNV-1a), sorted by kind and id inside it. */
export function catalogListKeys(kind: EntityKind, id: string): { listPk: string; listSk: string } {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return { listPk: catalogShardPk((hash >>> 0) % CATALOG_SHARDS), listSk: `${PREFIX[kind]}${id}` };
}

export function listSkPrefix(kind: EntityKind): string {
  return PREFIX[kind];
}

export function translationGroupPk(group: string): string {
  return `GROUP#${group}`;
}
