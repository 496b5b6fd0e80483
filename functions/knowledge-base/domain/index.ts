export { buildIndex, type IndexInput, SearchIndex } from './search-index';
export type {
  KbArticle,
  LocalizedText,
  ReferralBody,
  ReferralKind,
  ResultKind,
  SearchOptions,
  SearchResult,
} from './types';
