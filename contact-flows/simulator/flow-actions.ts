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
  type RunContext,
  resolvedStringMap,
  stringParameter,
  wholeNumber,
} from './run-context';

function lambdaName(arn: string): string {
  const match = /:function:([^:]+)/.exec(arn);
  return match?.[1] ?? arn;
}

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The Lambda's answer, or a rejection once `seconds` have passed without one: Connect stops waiting at
 * `InvocationTimeLimitSeconds` and takes the error branch, whatever the function does afterwards.
 */
async function withinTimeLimit<T>(invocation: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within InvocationTimeLimitSeconds (${seconds} s)`)),
      seconds * 1000,
    );
  });
  try {
    return await Promise.race([invocation, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export const flowActions: Readonly<Record<string, ActionHandler>> = {
  UpdateFlowLoggingBehavior: {
    parameters: ['FlowLoggingBehavior'],
    run(action, ctx) {
      const behavior = oneOf(ctx, action, 'FlowLoggingBehavior', action.Parameters.FlowLoggingBehavior, [
        'Enabled',
        'Disabled',
      ]);
      ctx.contact.loggingEnabled = behavior === 'Enabled';
      ctx.steps.push({ type: 'logging', enabled: ctx.contact.loggingEnabled, action: action.Identifier });
      return next;
    },
  },

  Compare: {
    parameters: ['ComparisonValue'],
    run(action, ctx) {
      const value = stringParameter(ctx, action, 'ComparisonValue');
      if (!value.startsWith('$.')) badParameter(ctx, action, 'ComparisonValue', 'must be a single JSONPath');
      return { kind: 'condition', value: dynamicValue(ctx, action, 'ComparisonValue', value) };
    },
  },

  /** ContinueLooping LoopCount times, then DoneLooping once, then counting starts afresh. */
  Loop: {
    parameters: ['LoopCount'],
    run(action, ctx) {
      const limit = wholeNumber(ctx, action, 'LoopCount', action.Parameters.LoopCount);
      const done = ctx.contact.loopCounts.get(action.Identifier) ?? 0;
      if (done < limit) {
        ctx.contact.loopCounts.set(action.Identifier, done + 1);
        return { kind: 'condition', value: 'ContinueLooping' };
      }
      ctx.contact.loopCounts.delete(action.Identifier);
      return { kind: 'condition', value: 'DoneLooping' };
    },
  },

  InvokeLambdaFunction: {
    parameters: [
      'LambdaFunctionARN',
      'InvocationTimeLimitSeconds',
      'InvocationType',
      'LambdaInvocationAttributes',
      'ResponseValidation',
    ],
    async run(action, ctx) {
      const arn = stringParameter(ctx, action, 'LambdaFunctionARN');
      const seconds = wholeNumber(
        ctx,
        action,
        'InvocationTimeLimitSeconds',
        action.Parameters.InvocationTimeLimitSeconds,
      );
      if (seconds < 1 || seconds > 8) badParameter(ctx, action, 'InvocationTimeLimitSeconds', 'must be 1..8');
      oneOf(ctx, action, 'InvocationType', action.Parameters.InvocationType ?? 'SYNCHRONOUS', [
        'SYNCHRONOUS',
      ]);
      const validation = objectParameter(
        ctx,
        action,
        'ResponseValidation',
        action.Parameters.ResponseValidation ?? {},
        ['ResponseType'],
      );
      oneOf(ctx, action, 'ResponseValidation.ResponseType', validation.ResponseType ?? 'STRING_MAP', [
        'STRING_MAP',
      ]);
      const parameters = resolvedStringMap(ctx, action, 'LambdaInvocationAttributes');
      const base = { type: 'lambda', name: lambdaName(arn), parameters, action: action.Identifier } as const;
      try {
        const result = await withinTimeLimit(
          ctx.deps.invokeLambda(arn, lambdaEvent(ctx, parameters)),
          seconds,
        );
        const notText = Object.entries(result).find(([, v]) => typeof v !== 'string');
        if (notText !== undefined) throw new Error(`response key ${notText[0]} is not a string (STRING_MAP)`);
        ctx.contact.external = { ...result };
        ctx.steps.push({ ...base, result });
        return next;
      } catch (e) {
        ctx.steps.push({ ...base, error: errorMessage(e) });
        return error('NoMatchingError');
      }
    },
  },

  GetMetricData: {
    parameters: ['QueueId', 'QueueChannel'],
    run(action, ctx) {
      const channel = optionalString(ctx, action, 'QueueChannel');
      if (channel !== undefined) oneOf(ctx, action, 'QueueChannel', channel, ['Voice']);
      const queueId = optionalString(ctx, action, 'QueueId');
      const queue =
        queueId === undefined
          ? ctx.contact.targetQueue
          : queueRef(ctx, dynamicValue(ctx, action, 'QueueId', queueId));
      if (queue === undefined) return error('NoMatchingError');
      ctx.contact.metrics = { queue, values: ctx.deps.queueMetrics(queue.name) };
      return next;
    },
  },

  TransferToFlow: {
    parameters: ['ContactFlowId'],
    run(action, ctx) {
      const flowArn = dynamicValue(
        ctx,
        action,
        'ContactFlowId',
        stringParameter(ctx, action, 'ContactFlowId'),
      );
      return { kind: 'switch-flow', flowArn };
    },
  },

  DisconnectParticipant: {
    parameters: [],
    run(action, ctx) {
      ctx.steps.push({ type: 'disconnect', action: action.Identifier });
      return { kind: 'end', end: { kind: 'disconnected' } };
    },
  },

  EndFlowExecution: {
    parameters: [],
    run: () => ({ kind: 'end', end: { kind: 'ended' } }),
  },
};

/** The event Connect sends to a Lambda from this contact. */
export function lambdaEvent(ctx: RunContext, parameters: Readonly<Record<string, string>>) {
  const { contact, call } = ctx;
  return {
    Name: 'ContactFlowEvent',
    Details: {
      ContactData: {
        Attributes: { ...contact.attributes },
        Channel: 'VOICE',
        ContactId: contact.contactId,
        CustomerEndpoint: call.customerEndpoint,
        InitialContactId: contact.initialContactId,
        InitiationMethod: contact.initiationMethod,
        InstanceARN: call.instanceArn,
        PreviousContactId: contact.previousContactId ?? contact.contactId,
        Queue:
          contact.targetQueue === undefined
            ? null
            : { ARN: contact.targetQueue.arn, Name: contact.targetQueue.name },
        SystemEndpoint: call.systemEndpoint,
      },
      Parameters: { ...parameters },
    },
  } as const;
}
