import { isE164 } from '../../contracts/phone';
import { POLLY_VOICE_LANGUAGES } from '../shared/languages';
import type { ActionHandler } from './handler';
import { maskPhoneNumber } from './phone-numbers';
import {
  badParameter,
  dynamicValue,
  error,
  next,
  objectParameter,
  oneOf,
  optionalString,
  queueRef,
  resolvedStringMap,
  stringParameter,
  wholeNumber,
} from './run-context';

/** Connect's bound on the callback delays: three days. */
const MAX_CALLBACK_DELAY_SECONDS = 259_200;

/** The event hooks the simulator can follow. */
const SUPPORTED_HOOKS = ['CustomerQueue', 'CustomerRemaining', 'AgentWhisper'] as const;

export const contactActions: Readonly<Record<string, ActionHandler>> = {
  UpdateContactAttributes: {
    parameters: ['Attributes', 'TargetContact'],
    run(action, ctx) {
      oneOf(ctx, action, 'TargetContact', action.Parameters.TargetContact ?? 'Current', ['Current']);
      const set = resolvedStringMap(ctx, action, 'Attributes');
      Object.assign(ctx.contact.attributes, set);
      ctx.steps.push({ type: 'attributes', set, action: action.Identifier });
      return next;
    },
  },

  UpdateContactTargetQueue: {
    parameters: ['QueueId'],
    run(action, ctx) {
      const arn = dynamicValue(ctx, action, 'QueueId', stringParameter(ctx, action, 'QueueId'));
      ctx.contact.targetQueue = queueRef(ctx, arn);
      return next;
    },
  },

  /** Success ends the flow with the caller in the working queue. */
  TransferContactToQueue: {
    parameters: [],
    run(action, ctx) {
      const queue = ctx.contact.targetQueue;
      if (queue === undefined) return error('NoMatchingError');
      if (ctx.deps.queueAccepts?.(queue.name) === false) return error('QueueAtCapacity');
      ctx.steps.push({
        type: 'queue',
        queue: queue.name,
        priority: ctx.contact.priority,
        action: action.Identifier,
      });
      return { kind: 'end', end: { kind: 'queued', queue } };
    },
  },

  UpdateContactRecordingBehavior: {
    parameters: ['RecordingBehavior'],
    run(action, ctx) {
      const behavior = objectParameter(
        ctx,
        action,
        'RecordingBehavior',
        action.Parameters.RecordingBehavior,
        ['RecordedParticipants', 'IVRRecordingBehavior'],
      );
      const participants = behavior.RecordedParticipants;
      if (!Array.isArray(participants) || !participants.every((p) => p === 'Agent' || p === 'Customer')) {
        badParameter(
          ctx,
          action,
          'RecordingBehavior.RecordedParticipants',
          'must list "Agent" and/or "Customer"',
        );
      }
      if (behavior.IVRRecordingBehavior !== undefined) {
        oneOf(ctx, action, 'RecordingBehavior.IVRRecordingBehavior', behavior.IVRRecordingBehavior, [
          'Enabled',
          'Disabled',
        ]);
      }
      ctx.contact.recordedParticipants = participants as string[];
      ctx.steps.push({
        type: 'recording',
        participants: participants as string[],
        action: action.Identifier,
      });
      return next;
    },
  },

  UpdateContactTextToSpeechVoice: {
    parameters: ['TextToSpeechVoice', 'TextToSpeechEngine', 'TextToSpeechStyle'],
    run(action, ctx) {
      const voice = stringParameter(ctx, action, 'TextToSpeechVoice');
      if (POLLY_VOICE_LANGUAGES[voice] === undefined) {
        badParameter(ctx, action, 'TextToSpeechVoice', `voice ${voice} is not known to the simulator`);
      }
      const engine = optionalString(ctx, action, 'TextToSpeechEngine');
      if (engine !== undefined) oneOf(ctx, action, 'TextToSpeechEngine', engine, ['Standard', 'Neural']);
      // Polly's Russian voices have no neural engine; Connect takes the error branch for such a pair.
      if (engine === 'Neural' && POLLY_VOICE_LANGUAGES[voice] === 'ru') return error('NoMatchingError');
      ctx.contact.voice = voice;
      ctx.steps.push({ type: 'voice', voice, action: action.Identifier });
      return next;
    },
  },

  UpdateContactEventHooks: {
    parameters: ['EventHooks'],
    run(action, ctx) {
      const hooks = objectParameter(ctx, action, 'EventHooks', action.Parameters.EventHooks, SUPPORTED_HOOKS);
      const entries = Object.entries(hooks);
      const [entry, ...others] = entries;
      if (entry === undefined || others.length > 0)
        badParameter(ctx, action, 'EventHooks', 'takes exactly one hook');
      const [hook, flow] = entry;
      if (typeof flow !== 'string') badParameter(ctx, action, `EventHooks.${hook}`, 'must be a flow ARN');
      ctx.contact.hooks[hook] = dynamicValue(ctx, action, `EventHooks.${hook}`, flow);
      ctx.steps.push({
        type: 'hook',
        hook,
        flow: ctx.contact.hooks[hook] as string,
        action: action.Identifier,
      });
      return next;
    },
  },

  /** Only from a JSONPath (never static); a number that is not E.164 takes InvalidCallbackNumber. */
  UpdateContactCallbackNumber: {
    parameters: ['CallbackNumber'],
    run(action, ctx) {
      const path = stringParameter(ctx, action, 'CallbackNumber');
      if (!path.startsWith('$.')) badParameter(ctx, action, 'CallbackNumber', 'must be a single JSONPath');
      const number = dynamicValue(ctx, action, 'CallbackNumber', path);
      if (!isE164(number)) return error('InvalidCallbackNumber');
      ctx.contact.callbackNumber = number;
      return next;
    },
  },

  /**
   * Books a queued callback in QueueId (or the working queue) for the contact's callback number, by default
   * the caller's own. The flow goes on (usually to a goodbye); the callback contact is created when it ends.
   */
  CreateCallbackContact: {
    parameters: ['QueueId', 'InitialCallDelaySeconds', 'MaximumConnectionAttempts', 'RetryDelaySeconds'],
    run(action, ctx) {
      if (ctx.audience === 'agent') badParameter(ctx, action, 'Type', 'is not allowed in a whisper flow');
      const delay = (name: 'InitialCallDelaySeconds' | 'RetryDelaySeconds') => {
        const seconds = wholeNumber(ctx, action, name, action.Parameters[name]);
        if (seconds < 1 || seconds > MAX_CALLBACK_DELAY_SECONDS) {
          badParameter(ctx, action, name, `must be 1..${MAX_CALLBACK_DELAY_SECONDS}`);
        }
        return seconds;
      };
      const initialDelaySeconds = delay('InitialCallDelaySeconds');
      const retryDelaySeconds = delay('RetryDelaySeconds');
      const maxAttempts = wholeNumber(
        ctx,
        action,
        'MaximumConnectionAttempts',
        action.Parameters.MaximumConnectionAttempts,
      );
      if (maxAttempts < 1) badParameter(ctx, action, 'MaximumConnectionAttempts', 'must be 1 or more');
      const queueId = optionalString(ctx, action, 'QueueId');
      const queue =
        queueId === undefined
          ? ctx.contact.targetQueue
          : queueRef(ctx, dynamicValue(ctx, action, 'QueueId', queueId));
      if (queue === undefined) return error('NoMatchingError');
      const number = ctx.contact.callbackNumber ?? ctx.call.customerEndpoint.Address;
      ctx.contact.callback = { queue, number, initialDelaySeconds, maxAttempts, retryDelaySeconds };
      ctx.steps.push({
        type: 'callback',
        queue: queue.name,
        number: maskPhoneNumber(number),
        action: action.Identifier,
      });
      return next;
    },
  },

  UpdateContactRoutingBehavior: {
    parameters: ['QueuePriority'],
    run(action, ctx) {
      const priority = wholeNumber(ctx, action, 'QueuePriority', action.Parameters.QueuePriority);
      if (priority < 1) badParameter(ctx, action, 'QueuePriority', 'must be 1 or more');
      ctx.contact.priority = priority;
      ctx.steps.push({ type: 'priority', priority, action: action.Identifier });
      return next;
    },
  },

  /** With ContinueFlowExecution "False" the flow ends once the number answers. */
  TransferParticipantToThirdParty: {
    parameters: [
      'ThirdPartyPhoneNumber',
      'ContinueFlowExecution',
      'ThirdPartyConnectionTimeLimitSeconds',
      'ThirdPartyConnectionTimeoutSeconds',
    ],
    run(action, ctx) {
      oneOf(ctx, action, 'ContinueFlowExecution', action.Parameters.ContinueFlowExecution, ['False']);
      const number = dynamicValue(
        ctx,
        action,
        'ThirdPartyPhoneNumber',
        stringParameter(ctx, action, 'ThirdPartyPhoneNumber'),
      );
      if (!isE164(number)) return error('NoMatchingError');
      if ((ctx.deps.dialThirdParty?.(number) ?? 'answered') === 'failed') return error('CallFailed');
      const to = ctx.call.knownNumbers[number] ?? number;
      ctx.steps.push({ type: 'transfer', to, number, action: action.Identifier });
      return { kind: 'end', end: { kind: 'third-party', number } };
    },
  },
};
