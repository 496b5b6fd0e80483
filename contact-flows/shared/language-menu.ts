import { CONTACT_ATTRIBUTES } from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import type { FlowBuilder } from '../builder/flow-builder';
import type { DtmfKey, PromptParameters } from '../builder/types';
import { isSpoken, perLanguage, TTS_VOICES } from './languages';

export interface LanguageMenuOptions {
  /** The multilingual recording: every language offers itself with its key (1, 2, 3 in list order). */
  readonly prompt: PromptParameters;
  readonly languages: readonly Language[];
  readonly defaultLanguage: Language;
  /** true: silence is asked about once more like a wrong key; false: silence picks the default at once. */
  readonly retryOnTimeout: boolean;
  /** Where the caller goes once the language is set. */
  readonly next: (language: Language) => string;
}

const MENU_SECONDS = 5;

/**
 * `language-menu`, a second chance after a wrong key, then per language: `lang-<l>` sets the `lang`
 * attribute and `voice-<l>` the Polly voice (Kazakh prompts are recordings and need no voice).
 */
export function addLanguageMenu(flow: FlowBuilder, options: LanguageMenuOptions): void {
  const chosen = (language: Language) => perLanguage('lang', language);
  const fallback = chosen(options.defaultLanguage);
  const keys: Partial<Record<DtmfKey, string>> = {};
  options.languages.forEach((language, index) => {
    keys[String(index + 1) as DtmfKey] = chosen(language);
  });

  flow
    .menu('language-menu', options.prompt, {
      keys,
      timeoutSeconds: MENU_SECONDS,
      onTimeout: options.retryOnTimeout ? 'language-retry' : fallback,
      onInvalid: 'language-retry',
      onError: fallback,
    })
    .loop('language-retry', 1, { again: 'language-menu', done: fallback });

  for (const language of options.languages) {
    const afterAttribute = isSpoken(language) ? perLanguage('voice', language) : options.next(language);
    flow.setAttributes(chosen(language), { [CONTACT_ATTRIBUTES.language]: language }, afterAttribute);
    if (isSpoken(language))
      flow.setVoice(perLanguage('voice', language), TTS_VOICES[language], options.next(language));
  }
}
