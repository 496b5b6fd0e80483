import type { KbArticle } from '../domain/types';
import { ARTICLES_111_KK } from './articles-111-kk';
import { ARTICLES_111_RU } from './articles-111-ru';
import { ARTICLES_1414_EN } from './articles-1414-en';
import { ARTICLES_1414_KK } from './articles-1414-kk';
import { ARTICLES_1414_RU } from './articles-1414-ru';

/** The starter knowledge base: 1414 in kk, ru and en; 111 in kk and ru. */
export const SEED_ARTICLES: readonly KbArticle[] = [
  ...ARTICLES_1414_KK,
  ...ARTICLES_1414_RU,
  ...ARTICLES_1414_EN,
  ...ARTICLES_111_KK,
  ...ARTICLES_111_RU,
];
