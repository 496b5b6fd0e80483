import MiniSearch from 'minisearch';
import type { HotlineId, Language } from '../../contracts/hotlines';
import {
  articleDocument,
  referralDocuments,
  type SearchDocument,
} from '../../functions/knowledge-base/domain/documents';
import type { KbArticle, ReferralBody } from '../../functions/knowledge-base/domain/types';

/**
 * The baseline: MiniSearch over the same documents (same title, body, tags as our index sees), with its
 * default tokenizer and lower-casing, prefix search and fuzzy matching (edit distance 20% of the term).
 */
export const MINISEARCH_OPTIONS = 'default tokenizer, prefix: true, fuzzy: 0.2, boost title 3 tags 2';

export interface MiniSearchEngine {
  search(query: string, filter: { hotline?: HotlineId; lang?: Language; limit: number }): string[];
}

export function buildMiniSearch(
  articles: readonly KbArticle[],
  referrals: readonly ReferralBody[],
): MiniSearchEngine {
  const index = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: ['title', 'body', 'tags'],
    storeFields: ['id', 'lang', 'hotlines'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, tags: 2 } },
  });
  index.addAll([...articles.map(articleDocument), ...referrals.flatMap(referralDocuments)]);
  return {
    search(query, { hotline, lang, limit }) {
      const results = index.search(query, {
        filter: (result) =>
          (hotline === undefined || (result['hotlines'] as HotlineId[]).includes(hotline)) &&
          (lang === undefined || result['lang'] === lang),
      });
      const ids: string[] = [];
      for (const result of results) {
        const id = result['id'] as string;
        if (!ids.includes(id)) ids.push(id);
        if (ids.length >= limit) break;
      }
      return ids;
    },
  };
}
