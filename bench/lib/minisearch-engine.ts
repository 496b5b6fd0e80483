import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { HotlineId, Language } from '../../contracts/hotlines';
import {
  articleDocument,
  referralDocuments,
  type SearchDocument,
} from '../../functions/knowledge-base/domain/documents';
import type { KbArticle, ReferralBody } from '../../functions/knowledge-base/domain/types';

/**
 * The baseline: MiniSearch over the same documents (same title, body, tags as our index sees), set up as its
 * documentation suggests for search as you type: its own tokenizer and lower-casing, prefix search and
 * fuzzy matching (20 % of the term's length) for terms longer than three letters only, title and tags
 * boosted. Like ours, each hotline's documents are an index of their own, so the hotline is not a filter
 * applied after scoring.
 */
const SEARCH_OPTIONS: SearchOptions = {
  prefix: (term: string) => term.length > 3,
  fuzzy: (term: string) => (term.length > 3 ? 0.2 : false),
  boost: { title: 3, tags: 2 },
};
const INDEX_OPTIONS: Options<SearchDocument> = {
  idField: 'key',
  fields: ['title', 'body', 'tags'],
  storeFields: ['id', 'lang'],
  searchOptions: SEARCH_OPTIONS,
};

/** Printed with the results, so a reader sees exactly what the baseline was. */
export const MINISEARCH_OPTIONS = {
  version: 'minisearch 7',
  fields: INDEX_OPTIONS.fields,
  prefix: 'terms longer than 3 letters',
  fuzzy: '0.2 for terms longer than 3 letters',
  boost: SEARCH_OPTIONS.boost,
  hotline: 'one index per hotline (filtered before scoring)',
} as const;

export interface MiniSearchEngine {
  search(query: string, filter: { hotline: HotlineId; lang?: Language; limit: number }): string[];
}

export function buildMiniSearch(
  articles: readonly KbArticle[],
  referrals: readonly ReferralBody[],
): MiniSearchEngine {
  const documents = [...articles.map(articleDocument), ...referrals.flatMap(referralDocuments)];
  const indexes = new Map<HotlineId, MiniSearch<SearchDocument>>();
  for (const hotline of ['1414', '111'] as const) {
    const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
    index.addAll(documents.filter((document) => document.hotlines.includes(hotline)));
    indexes.set(hotline, index);
  }
  return {
    search(query, { hotline, lang, limit }) {
      const results = indexes.get(hotline)!.search(query, {
        ...(lang ? { filter: (result) => result['lang'] === lang } : {}),
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
