import type { Language } from '../../contracts/hotlines';
import { POLLY_VOICE_LANGUAGES } from '../shared/languages';
import { MalformedFlowError } from './errors';
import type { ActionHandler } from './handler';
import type { ParsedAction } from './parse-flow';
import {
  internationalNumberToE164,
  KNOWN_LOCAL_COUNTRIES,
  localNumberToE164,
  maskPhoneNumber,
} from './phone-numbers';
import {
  badParameter,
  dynamicText,
  dynamicValue,
  error,
  next,
  objectParameter,
  oneOf,
  type RunContext,
  stringParameter,
  wholeNumber,
} from './run-context';

const PROMPT_PARAMETERS = ['Text', 'PromptId'] as const;

/** A prompt reaches the caller, or in an agent whisper flow the operator alone. */
function spoken(ctx: RunContext, text: string, language: Language | 'multilingual', action: string): void {
  ctx.steps.push({ type: ctx.audience === 'agent' ? 'whisper' : 'prompt', text, language, action });
}

/** Plays the action's Text (Polly, in the current voice's language) or PromptId (a recording). */
function playPrompt(action: ParsedAction, ctx: RunContext): void {
  const given = ['Text', 'PromptId', 'SSML', 'Media'].filter((p) => action.Parameters[p] !== undefined);
  const [kind, ...others] = given;
  if (kind === undefined || others.length > 0) {
    badParameter(ctx, action, given.join('+') || 'Text', 'needs exactly one of Text or PromptId');
  }
  if (kind === 'SSML' || kind === 'Media')
    badParameter(ctx, action, kind, 'is not supported by the simulator');
  const at = action.Identifier;
  if (kind === 'Text') {
    const text = dynamicText(ctx, action, 'Text', stringParameter(ctx, action, 'Text'));
    const language = POLLY_VOICE_LANGUAGES[ctx.contact.voice];
    if (language === undefined)
      badParameter(ctx, action, 'Text', `voice ${ctx.contact.voice} has no known language`);
    spoken(ctx, text, language, at);
    return;
  }
  const arn = dynamicValue(ctx, action, 'PromptId', stringParameter(ctx, action, 'PromptId'));
  const prompt = ctx.deps.resolvePrompt(arn);
  if (prompt.kind === 'music') {
    ctx.steps.push({ type: 'music', prompt: prompt.key, action: at });
    return;
  }
  const text =
    prompt.language === 'multilingual'
      ? Object.values(prompt.texts).join(' ')
      : prompt.texts[prompt.language];
  if (text === undefined)
    badParameter(ctx, action, 'PromptId', `prompt ${prompt.key} has no ${prompt.language} text`);
  spoken(ctx, text, prompt.language, at);
}

/** Connect collects at most MaximumLength digits and drops the terminating key. */
function storedDigits(answer: string, terminator: string | undefined, maxLength: number): string {
  const entered =
    terminator !== undefined && answer.endsWith(terminator) ? answer.slice(0, -terminator.length) : answer;
  return entered.slice(0, maxLength);
}

/**
 * Stored input validated as a phone number: the number lands in $.StoredCustomerInput in E.164, anything
 * else takes InvalidPhoneNumber. Silence stores "Timeout" and goes on, as with any stored input.
 */
function storePhoneNumber(
  action: ParsedAction,
  ctx: RunContext,
  answer: string | undefined,
  rules: Readonly<Record<string, unknown>>,
) {
  const format = oneOf(
    ctx,
    action,
    'InputValidation.PhoneNumberValidation.NumberFormat',
    rules.NumberFormat,
    ['Local', 'E164'],
  );
  let country: (typeof KNOWN_LOCAL_COUNTRIES)[number] | undefined;
  if (format === 'Local') {
    country = oneOf(
      ctx,
      action,
      'InputValidation.PhoneNumberValidation.CountryCode',
      rules.CountryCode,
      KNOWN_LOCAL_COUNTRIES,
    );
  } else if (rules.CountryCode !== undefined) {
    badParameter(ctx, action, 'InputValidation.PhoneNumberValidation.CountryCode', 'applies only to "Local"');
  }
  if (answer === undefined) {
    ctx.contact.storedInput = 'Timeout';
    ctx.steps.push({ type: 'timeout', action: action.Identifier });
    return next;
  }
  const digits = answer.endsWith('#') ? answer.slice(0, -1) : answer;
  // The keyed-in number is personal data: the transcript shows it masked.
  ctx.steps.push({ type: 'input', digits: maskPhoneNumber(digits), action: action.Identifier });
  const number =
    country === undefined ? internationalNumberToE164(digits) : localNumberToE164(digits, country);
  if (number === undefined) return error('InvalidPhoneNumber');
  ctx.contact.storedInput = number;
  return next;
}

function storeInput(action: ParsedAction, ctx: RunContext, answer: string | undefined) {
  const validation = objectParameter(ctx, action, 'InputValidation', action.Parameters.InputValidation, [
    'CustomValidation',
    'PhoneNumberValidation',
  ]);
  if (validation.PhoneNumberValidation !== undefined) {
    if (validation.CustomValidation !== undefined) {
      badParameter(
        ctx,
        action,
        'InputValidation',
        'takes CustomValidation or PhoneNumberValidation, not both',
      );
    }
    const rules = objectParameter(
      ctx,
      action,
      'InputValidation.PhoneNumberValidation',
      validation.PhoneNumberValidation,
      ['NumberFormat', 'CountryCode'],
    );
    return storePhoneNumber(action, ctx, answer, rules);
  }
  const custom = objectParameter(
    ctx,
    action,
    'InputValidation.CustomValidation',
    validation.CustomValidation,
    ['MaximumLength'],
  );
  const maxLength = wholeNumber(
    ctx,
    action,
    'InputValidation.CustomValidation.MaximumLength',
    custom.MaximumLength,
  );
  const dtmf =
    action.Parameters.DTMFConfiguration === undefined
      ? {}
      : objectParameter(ctx, action, 'DTMFConfiguration', action.Parameters.DTMFConfiguration, [
          'InputTerminationSequence',
          'DisableCancelKey',
        ]);
  const terminator =
    dtmf.InputTerminationSequence === undefined ? undefined : String(dtmf.InputTerminationSequence);
  if (answer === undefined) {
    // Silence still takes the success branch; Connect stores the word "Timeout".
    ctx.contact.storedInput = 'Timeout';
    ctx.steps.push({ type: 'timeout', action: action.Identifier });
    return next;
  }
  ctx.contact.storedInput = storedDigits(answer, terminator, maxLength);
  ctx.steps.push({ type: 'input', digits: answer, action: action.Identifier });
  return next;
}

export const participantActions: Readonly<Record<string, ActionHandler>> = {
  MessageParticipant: {
    parameters: PROMPT_PARAMETERS,
    run(action, ctx) {
      playPrompt(action, ctx);
      return next;
    },
  },

  GetParticipantInput: {
    parameters: [
      ...PROMPT_PARAMETERS,
      'InputTimeLimitSeconds',
      'StoreInput',
      'InputValidation',
      'DTMFConfiguration',
    ],
    run(action, ctx) {
      if (ctx.audience === 'agent') {
        throw new MalformedFlowError(
          ctx.flowArn,
          `"${action.Identifier}" asks for input in an agent whisper, where the caller cannot answer`,
        );
      }
      wholeNumber(ctx, action, 'InputTimeLimitSeconds', action.Parameters.InputTimeLimitSeconds);
      const store = oneOf(ctx, action, 'StoreInput', action.Parameters.StoreInput ?? 'False', [
        'True',
        'False',
      ]);
      playPrompt(action, ctx);
      const answer = ctx.inputs.take();
      if (store === 'True') return storeInput(action, ctx, answer);
      if (action.Parameters.InputValidation !== undefined) {
        badParameter(ctx, action, 'InputValidation', 'only applies when StoreInput is "True"');
      }
      if (answer === undefined || answer.length === 0) {
        ctx.steps.push({ type: 'timeout', action: action.Identifier });
        return error('InputTimeLimitExceeded');
      }
      // A menu reacts to the first key; anything pressed after it is ignored.
      const key = answer.charAt(0);
      ctx.steps.push({ type: 'input', digits: key, action: action.Identifier });
      return { kind: 'condition', value: key };
    },
  },
};
