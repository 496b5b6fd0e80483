import type { Language } from '../../contracts/hotlines';
import type { PromptParameters } from '../builder/types';
import { type PromptKey, promptEntry, promptText } from '../prompts/manifest';

/** Key prefixes of the two hotlines' prompts. */
export type PromptPrefix = 'ucc' | 'family';

type NamesOf<P extends PromptPrefix> = PromptKey extends infer K
  ? K extends `${P}-${infer N}`
    ? N
    : never
  : never;
/** Prompt names both hotlines have (`ucc-connecting` and `family-connecting` are both `connecting`). */
export type SharedPromptName = NamesOf<'ucc'> & NamesOf<'family'>;

/**
 * Turns a manifest key into what a flow action plays: the recording (PromptId) in Kazakh, Polly text in
 * Russian and English. Missing prompt ARNs fail at synth time with the key that is missing.
 */
export class Speaker {
  constructor(
    readonly prefix: PromptPrefix,
    private readonly promptArns: Readonly<Record<string, string>>,
  ) {}

  private recording(key: PromptKey): PromptParameters {
    const arn = this.promptArns[key];
    if (arn === undefined) {
      throw new Error(`promptArns has no "${key}": create one Connect prompt per recordedPrompts() entry`);
    }
    return { PromptId: arn };
  }

  /** `values` fill `{placeholders}` for Polly, usually with JSONPath such as `$.Metrics.Queue.Size`. */
  play(key: PromptKey, language: Language, values?: Readonly<Record<string, string>>): PromptParameters {
    const { recording } = promptEntry(key);
    if (recording === 'multilingual') return this.recording(key);
    if (language === 'kk') {
      if (recording === 'none')
        throw new Error(`Prompt "${key}" is Polly-only and cannot be played in Kazakh`);
      return this.recording(key);
    }
    return { Text: promptText(key, language, values) };
  }

  shared(
    name: SharedPromptName,
    language: Language,
    values?: Readonly<Record<string, string>>,
  ): PromptParameters {
    return this.play(`${this.prefix}-${name}` as PromptKey, language, values);
  }
}
