import type { Family111RecordedPromptKey } from '../prompts/manifest';
import type { CallbackOffer } from '../shared/callback-offer';
import type { Family111Language } from '../shared/languages';

/**
 * Everything the 111 flows point at (CDK tokens at synth time, plain ARNs in the simulator).
 */
export interface Family111Resources {
  /** One queue per caller language (`family-kk`, `family-ru`); urgent calls join it with priority 1. */
  readonly queueArns: Readonly<Record<Family111Language, string>>;
  /** One Connect prompt per `recordedPrompts('111')` entry, by its key. */
  readonly promptArns: Readonly<Record<Family111RecordedPromptKey, string>>;
  readonly holdMusicPromptArn: string;
  /** Callback instead of waiting (config `callback`); absent when the hotline has it switched off. */
  readonly callback?: CallbackOffer;
  readonly appealStatusLambdaArn: string;
  readonly urgentEscalationLambdaArn: string;
  /**
   * E.164 Connect number of the Unified Contact Center 1414 (config `transferTarget.phoneNumber`); undefined
   * when not configured (the transfer then tells the caller 1414 cannot be reached).
   */
  readonly ucc1414PhoneNumber: string | undefined;
}

export interface Family111FlowArns {
  readonly customerQueueFlowArn: string;
}

export type Family111Refs = Family111Resources & Family111FlowArns;

export type Family111MainRefs = Pick<
  Family111Refs,
  | 'queueArns'
  | 'promptArns'
  | 'appealStatusLambdaArn'
  | 'urgentEscalationLambdaArn'
  | 'ucc1414PhoneNumber'
  | 'customerQueueFlowArn'
  | 'callback'
>;
export type Family111CustomerQueueRefs = Pick<Family111Refs, 'promptArns' | 'holdMusicPromptArn'>;
export type Family111TransferRefs = Pick<Family111Refs, 'queueArns' | 'promptArns' | 'customerQueueFlowArn'>;
export type Family111TransferTo1414Refs = Pick<
  Family111Refs,
  'queueArns' | 'promptArns' | 'ucc1414PhoneNumber' | 'customerQueueFlowArn'
>;

/** ASCII queue names per caller language (the CDK step creates these; reports group by them). */
export const FAMILY_111_QUEUE_NAMES: Readonly<Record<Family111Language, string>> = {
  kk: 'family-kk',
  ru: 'family-ru',
};

/** Name of the hold-music Connect prompt (audio from `holdMusicWav()`). */
export const FAMILY_111_HOLD_MUSIC_PROMPT_NAME = 'family-hold-music';
