import type { HotlineId, Language } from '../../contracts/hotlines';

/**
 * How a prompt reaches the caller:
 * - `kk`: recorded in Kazakh (Polly has no Kazakh voice); Russian and English are spoken by Polly from `texts`.
 * - `multilingual`: one recording that says every language of the hotline in turn (the language menu,
 *   played before the caller has chosen a language).
 * - `none`: spoken by Polly only, because it carries live values such as the queue size.
 */
export type RecordingKind = 'kk' | 'multilingual' | 'none';

export interface PromptEntry {
  /** Stable ASCII key; also the Connect prompt name and its construct id. */
  readonly key: string;
  readonly hotline: HotlineId;
  readonly recording: RecordingKind;
  /** What the caller hears in each language. `{name}` marks a live value filled in by the flow. */
  readonly texts: Readonly<Record<Language, string>>;
}
