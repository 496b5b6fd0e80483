import { isE164 } from '../../contracts/phone';
import { POLLY_VOICE_LANGUAGES } from '../shared/languages';
import type { ActionHandler } from './handler';
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
