import type { HotlineId, Language } from '../../contracts/hotlines';
import { HOTLINE_LANGUAGES } from '../shared/languages';
import { family111Prompts } from './texts-111';
import { ucc1414Prompts } from './texts-1414';
import type { PromptEntry } from './types';

export type { PromptEntry, RecordingKind } from './types';

/** Every prompt of both hotlines, with its text in kk, ru and en. */
export const promptManifest: readonly PromptEntry[] = [...ucc1414Prompts, ...family111Prompts];

type Recorded<E> = Extract<E, { readonly recording: 'kk' | 'multilingual' }>;
export type Ucc1414PromptKey = (typeof ucc1414Prompts)[number]['key'];
export type Family111PromptKey = (typeof family111Prompts)[number]['key'];
export type PromptKey = Ucc1414PromptKey | Family111PromptKey;
/** Keys that become Connect prompts (and so need an ARN in the flow refs). */
export type Ucc1414RecordedPromptKey = Recorded<(typeof ucc1414Prompts)[number]>['key'];
export type Family111RecordedPromptKey = Recorded<(typeof family111Prompts)[number]>['key'];

const byKey = new Map(promptManifest.map((entry) => [entry.key, entry]));

export function promptEntry(key: string): PromptEntry {
  const entry = byKey.get(key);
  if (entry === undefined) throw new Error(`No prompt "${key}" in contact-flows/prompts/manifest.ts`);
  return entry;
}

/** A prompt's text in one language with its `{placeholders}` filled in (for Polly, JSONPath values). */
export function promptText(
  key: PromptKey,
  language: Language,
  values: Readonly<Record<string, string>> = {},
): string {
  return promptEntry(key).texts[language].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Prompt "${key}" needs a value for {${name}}`);
    return value;
  });
}

/** One audio file to upload as an `AWS::Connect::Prompt`. */
export interface RecordedPrompt {
  readonly key: string;
  readonly hotline: HotlineId;
  /** `multilingual`: the hotline's languages said one after another. */
  readonly language: 'kk' | 'multilingual';
  /** What the recording says (the script for the voice artist; the placeholder audio is sized from it). */
  readonly text: string;
  /** The same, language by language in the order said (one part for a Kazakh prompt), for a placeholder voice. */
  readonly parts: ReadonlyArray<{ readonly language: Language; readonly text: string }>;
}

/** The prompts a hotline needs recorded, one Connect prompt each, named and keyed by `key`. */
export function recordedPrompts(hotline: HotlineId): RecordedPrompt[] {
  return promptManifest
    .filter((entry) => entry.hotline === hotline && entry.recording !== 'none')
    .map((entry) => ({
      key: entry.key,
      hotline,
      language: entry.recording === 'multilingual' ? 'multilingual' : 'kk',
      text:
        entry.recording === 'multilingual'
          ? HOTLINE_LANGUAGES[hotline].map((language) => entry.texts[language]).join(' ')
          : entry.texts.kk,
      parts:
        entry.recording === 'multilingual'
          ? HOTLINE_LANGUAGES[hotline].map((language) => ({ language, text: entry.texts[language] }))
          : [{ language: 'kk' as const, text: entry.texts.kk }],
    }));
}
