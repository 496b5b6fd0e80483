import type { Ucc1414RecordedPromptKey } from '../prompts/manifest';
import type { CallbackOffer } from '../shared/callback-offer';
import type { Ucc1414Language } from '../shared/languages';

/**
 * Everything the 1414 flows point at. At synth time these are CDK tokens (`queue.attrQueueArn`,
 * `prompt.attrPromptArn`, `fn.functionArn`, `flow.attrContactFlowArn`); in the simulator, plain ARNs.
 */
export interface Ucc1414Resources {
  /** One queue per caller language (`ucc-kk`, `ucc-ru`, `ucc-en`); the topic travels as the `topic` attribute. */
  readonly queueArns: Readonly<Record<Ucc1414Language, string>>;
  /** One Connect prompt per `recordedPrompts('1414')` entry, by its key. */
  readonly promptArns: Readonly<Record<Ucc1414RecordedPromptKey, string>>;
  readonly holdMusicPromptArn: string;
  /** Callback instead of waiting (config `callback`); absent when the hotline has it switched off. */
  readonly callback?: CallbackOffer;
  readonly appealStatusLambdaArn: string;
  readonly surveyRatingLambdaArn: string;
}

/** ARNs of 1414 flows that other 1414 flows hook in. */
export interface Ucc1414FlowArns {
  readonly surveyFlowArn: string;
  readonly customerQueueFlowArn: string;
  /** Remembers which operator accepted the call, for the survey. */
  readonly agentWhisperFlowArn: string;
}

export type Ucc1414Refs = Ucc1414Resources & Ucc1414FlowArns;

export type Ucc1414MainRefs = Pick<
  Ucc1414Refs,
  | 'queueArns'
  | 'promptArns'
  | 'appealStatusLambdaArn'
  | 'surveyFlowArn'
  | 'customerQueueFlowArn'
  | 'agentWhisperFlowArn'
  | 'callback'
>;
export type Ucc1414SurveyRefs = Pick<Ucc1414Refs, 'promptArns' | 'surveyRatingLambdaArn'>;
export type Ucc1414CustomerQueueRefs = Pick<Ucc1414Refs, 'promptArns' | 'holdMusicPromptArn'>;
export type Ucc1414TransferRefs = Pick<
  Ucc1414Refs,
  'queueArns' | 'promptArns' | 'surveyFlowArn' | 'customerQueueFlowArn' | 'agentWhisperFlowArn'
>;

/** ASCII queue names per caller language (the CDK step creates these; reports group by them). */
export const UCC_1414_QUEUE_NAMES: Readonly<Record<Ucc1414Language, string>> = {
  kk: 'ucc-kk',
  ru: 'ucc-ru',
  en: 'ucc-en',
};

/** Name of the hold-music Connect prompt (audio from `holdMusicWav()`). */
export const UCC_1414_HOLD_MUSIC_PROMPT_NAME = 'ucc-hold-music';
