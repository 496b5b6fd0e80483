import * as z from 'zod';
import type { Language } from '../../../contracts/hotlines';
import { HotlineIdSchema, LanguageSchema } from '../../../contracts/hotlines';
import type { KbArticle, KbScope } from './types';

/**
 * What an editor may send for an article (the editing API and each line of a JSON Lines import), and the
 * rules that turn it into the article the search engine and operators see.
 */

/** Ids name articles in URLs and keys: letters, digits, dot, underscore and hyphen, e.g. `1414-eds-renew-ru`. */
export const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ID_MESSAGE = 'use 1-128 letters, digits, ".", "_" or "-", starting with a letter or digit';

export const MAX_TITLE_CHARS = 300;
/** DynamoDB items are at most 400 KB; the head and each version hold one body. */
export const MAX_BODY_CHARS = 60_000;

/** Zod's message for a missing field is about types; editors want to read "is required". */
export const orRequired =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : message;

export const LangSchema = z.enum(LanguageSchema.options, { error: orRequired('must be one of kk, ru, en') });
export const HotlineSchema = z.enum(HotlineIdSchema.options, { error: orRequired('must be 1414 or 111') });
export const EntityIdSchema = z
  .string({ error: orRequired('must be a string') })
  .regex(ENTITY_ID, ID_MESSAGE);

export const textSchema = (max: number) =>
  z
    .string({ error: orRequired('must be a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** The content of an article; unknown fields (e.g. `version` from an export) are ignored. */
export const ArticleContentSchema = z.object({
  lang: LangSchema,
  title: textSchema(MAX_TITLE_CHARS),
  body: textSchema(MAX_BODY_CHARS),
  tags: z.array(textSchema(80), { error: 'must be a list of strings' }).max(40, 'at most 40 tags').optional(),
  category: textSchema(200).optional(),
  hotlines: z.array(HotlineSchema, { error: 'must be a list such as ["1414"]' }).min(1).optional(),
  translationGroup: EntityIdSchema.optional(),
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;

/** One line of an import: the content plus its id. */
export const ArticleLineSchema = ArticleContentSchema.extend({ id: EntityIdSchema });

export class ArticleRuleError extends Error {
  override name = 'ArticleRuleError';
}

/**
 * The article as stored: tags without duplicates, `hotlines` defaulting to the knowledge base's own hotline.
 * Each hotline has its own knowledge base, so an article must serve the hotline whose base it is saved in.
 */
export function toArticle(id: string, content: ArticleContent, scope: KbScope): KbArticle {
  const { hotline } = scope;
  requireLanguageOf(scope, content.lang);
  const hotlines = [...new Set(content.hotlines ?? [hotline])].sort();
  if (!hotlines.includes(hotline)) {
    throw new ArticleRuleError(
      `hotlines: this is the ${hotline} knowledge base, so hotlines must include "${hotline}"`,
    );
  }
  const tags = content.tags === undefined ? undefined : [...new Set(content.tags)];
  return {
    id,
    lang: content.lang,
    title: content.title,
    body: content.body,
    ...(tags && tags.length > 0 ? { tags } : {}),
    ...(content.category ? { category: content.category } : {}),
    hotlines,
    ...(content.translationGroup ? { translationGroup: content.translationGroup } : {}),
  };
}

/** A hotline's knowledge base holds only its own languages: 111 answers in Kazakh and Russian, not English. */
export function requireLanguageOf(scope: KbScope, lang: Language): void {
  if (!scope.languages.includes(lang)) {
    throw new ArticleRuleError(
      `lang: the ${scope.hotline} knowledge base is in ${scope.languages.join(', ')}; "${lang}" is not one of them`,
    );
  }
}

/** Same content as far as an operator can tell: an identical re-import makes no new version. */
export function sameContent(a: KbArticle, b: KbArticle): boolean {
  return (
    a.id === b.id &&
    a.lang === b.lang &&
    a.title === b.title &&
    a.body === b.body &&
    (a.category ?? '') === (b.category ?? '') &&
    (a.translationGroup ?? '') === (b.translationGroup ?? '') &&
    (a.tags ?? []).join('\u0000') === (b.tags ?? []).join('\u0000') &&
    a.hotlines.join(',') === b.hotlines.join(',')
  );
}

/** Zod problems as one line each, naming the field: `lang: must be one of kk, ru, en`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
}
