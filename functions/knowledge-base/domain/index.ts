export { buildIndex, type IndexInput, SearchIndex } from './search-index';
export type {
  Hotline,
  KbArticle,
  Lang,
  LocalizedText,
  ReferralBody,
  ReferralKind,
  ResultKind,
  SearchOptions,
  SearchResult,
} from './types';
