import * as z from 'zod';

/**
 * The ids every layer shares: the hotlines and the languages callers choose. Defined once here; the
 * configuration, the flows, the functions and the local runtime all parse and type with these.
 */

/** Languages a caller can choose. Polly has no Kazakh voice, so `kk` prompts are recorded audio. */
export const LanguageSchema = z.enum(['kk', 'ru', 'en']);
export type Language = z.infer<typeof LanguageSchema>;
/** Every language any hotline speaks, in menu order. */
export const LANGUAGES: readonly Language[] = LanguageSchema.options;

export const HotlineIdSchema = z.enum(['1414', '111']);
export type HotlineId = z.infer<typeof HotlineIdSchema>;
export const HOTLINE_IDS: readonly HotlineId[] = HotlineIdSchema.options;
