import { APPEAL_STATUSES, CONTACT_ATTRIBUTES, FLOW_LAMBDA_SECONDS } from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import type { FlowBuilder } from '../builder/flow-builder';
import { appealStatusPromptSuffix } from '../prompts/appeal-status-texts';
import type { PromptKey } from '../prompts/manifest';
import { perLanguage } from './languages';
import type { Speaker } from './speaker';

export interface AppealStatusOptions {
  readonly language: Language;
  readonly speaker: Speaker;
  readonly appealStatusLambdaArn: string;
  readonly mainMenu: string;
  /** The way to an operator, reached on silence, any failure, or when the caller asks for one. */
  readonly toOperator: string;
}

/** Registration numbers are short; Connect stops collecting at this many digits. */
export const APPEAL_NUMBER_MAX_DIGITS = 20;
const LAMBDA_SECONDS = FLOW_LAMBDA_SECONDS.appealStatus;
/** What Connect stores in $.StoredCustomerInput when the caller keys in nothing. */
const NO_INPUT = 'Timeout';

/** Identifier of the action that asks for the registration number (the menu entry point). */
export const appealStatusEntry = (language: Language) => perLanguage('appeal-number', language);

/**
 * Asks for the registration number (ended by "#"), asks the appealStatus Lambda and reads the answer:
 * Russian and English callers hear the Lambda's message; Kazakh callers hear the recording for the status.
 * Then: 1 main menu, 2 another number, 0 (or silence) an operator.
 */
export function addAppealStatusLookup(flow: FlowBuilder, options: AppealStatusOptions): void {
  const { language, speaker, toOperator } = options;
  const id = (name: string) => perLanguage(name, language);

  flow
    .storeDigits(appealStatusEntry(language), speaker.shared('appeal-number', language), {
      maxLength: APPEAL_NUMBER_MAX_DIGITS,
      timeoutSeconds: 10,
      next: id('appeal-entered'),
      onError: id('appeal-failed'),
    })
    .compare(
      id('appeal-entered'),
      '$.StoredCustomerInput',
      [{ operand: NO_INPUT, next: toOperator }],
      id('appeal-remember'),
    )
    .setAttributes(
      id('appeal-remember'),
      { [CONTACT_ATTRIBUTES.appealNumber]: '$.StoredCustomerInput' },
      id('appeal-lookup'),
    )
    .invokeLambda(id('appeal-lookup'), {
      functionArn: options.appealStatusLambdaArn,
      timeoutSeconds: LAMBDA_SECONDS,
      parameters: { number: `$.Attributes.${CONTACT_ATTRIBUTES.appealNumber}`, lang: language },
      next: id('appeal-result'),
      onError: id('appeal-failed'),
    });

  if (language === 'kk') {
    const statusPrompt = (status: (typeof APPEAL_STATUSES)[number]) =>
      `appeal-status-${appealStatusPromptSuffix(status)}`;
    flow.compare(
      id('appeal-result'),
      '$.External.status',
      APPEAL_STATUSES.map((status) => ({ operand: status, next: id(statusPrompt(status)) })),
      id('appeal-failed'),
    );
    for (const status of APPEAL_STATUSES) {
      const key = `${speaker.prefix}-${statusPrompt(status)}` as PromptKey;
      flow.say(id(statusPrompt(status)), speaker.play(key, language), id('after-status'));
    }
  } else {
    flow.say(id('appeal-result'), { Text: '$.External.message' }, id('after-status'));
  }

  flow
    .say(id('appeal-failed'), speaker.shared('appeal-unavailable', language), toOperator)
    .menu(id('after-status'), speaker.shared('after-status', language), {
      keys: { '1': options.mainMenu, '2': appealStatusEntry(language), '0': toOperator },
      timeoutSeconds: 6,
      onTimeout: toOperator,
      onInvalid: toOperator,
      onError: toOperator,
    });
}
