import type { HotlineId, Language } from '../../../contracts/hotlines';
import type { KbArticle } from '../domain/types';

export interface ArticleContent {
  readonly title: string;
  readonly body: string;
  readonly tags?: readonly string[];
  readonly category?: string;
}

/** Seed articles are named `<hotline>-<topic>-<lang>`; the kk/ru/en versions share `<hotline>-<topic>`. */
export function seedArticle(
  hotline: HotlineId,
  topic: string,
  lang: Language,
  content: ArticleContent,
): KbArticle {
  const group = `${hotline}-${topic}`;
  return { id: `${group}-${lang}`, lang, hotlines: [hotline], translationGroup: group, ...content };
}
