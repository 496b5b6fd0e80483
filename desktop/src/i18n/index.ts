import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Lang, STRINGS, type Strings } from './strings';

export type { Lang, Strings };

const STORAGE_KEY = 'qoldau.desktop.lang';

/** The interface language: the one chosen before on this computer, else the hotline's first language. */
export function initialLang(available: readonly Lang[]): Lang {
  const saved = localStorage.getItem(STORAGE_KEY) as Lang | null;
  return saved && saved in STRINGS ? saved : (available[0] ?? 'kk');
}

export function rememberLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

export const I18n = createContext<{ lang: Lang; t: Strings }>({ lang: 'en', t: STRINGS.en });

export const useI18n = () => useContext(I18n);

export { STRINGS };
