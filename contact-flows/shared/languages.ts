import type { HotlineId, Language } from '../../contracts/hotlines';
import type { VoiceParameters } from '../builder/types';

/** Kazakh has no Polly voice, so Kazakh prompts are recordings; only these languages are spoken by Polly. */
export type SpokenLanguage = Exclude<Language, 'kk'>;

export const TTS_VOICES: Readonly<Record<SpokenLanguage, VoiceParameters>> = {
  // Polly's Russian voices (Tatyana, Maxim) exist only on the standard engine.
  ru: { TextToSpeechVoice: 'Tatyana', TextToSpeechEngine: 'Standard' },
  en: { TextToSpeechVoice: 'Joanna', TextToSpeechEngine: 'Neural' },
};

/** Which language a Polly voice speaks; Connect's default voice (before any Set voice) is Joanna. */
export const POLLY_VOICE_LANGUAGES: Readonly<Record<string, SpokenLanguage>> = {
  Tatyana: 'ru',
  Maxim: 'ru',
  Joanna: 'en',
  Matthew: 'en',
  Salli: 'en',
  Kendra: 'en',
  Kimberly: 'en',
  Ivy: 'en',
  Joey: 'en',
  Justin: 'en',
  Kevin: 'en',
  Ruth: 'en',
  Stephen: 'en',
  Danielle: 'en',
  Gregory: 'en',
};

export const CONNECT_DEFAULT_VOICE = 'Joanna';

export const isSpoken = (language: Language): language is SpokenLanguage => language !== 'kk';

/** Identifiers of per-language copies of an action: `main-menu` in Russian is `main-menu-ru`. */
export const perLanguage = (name: string, language: Language): string => `${name}-${language}`;

/** The languages each hotline offers, in menu order (1414: regulation of the UCC; 111: state language and Russian). */
export const HOTLINE_LANGUAGES = {
  '1414': ['kk', 'ru', 'en'],
  '111': ['kk', 'ru'],
} as const satisfies Record<HotlineId, readonly Language[]>;
export type Ucc1414Language = (typeof HOTLINE_LANGUAGES)['1414'][number];
export type Family111Language = (typeof HOTLINE_LANGUAGES)['111'][number];
