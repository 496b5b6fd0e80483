import type { LocalContext } from '../context';
import { resourcesOfType } from '../template-model';
import { parkEvent } from './failure-queue';

/**
 * An asynchronous invocation as Lambda makes it (SES receipt rules, EventBridge rules): when the function
 * fails, Lambda tries again `MaximumRetryAttempts` times (its `AWS::Lambda::EventInvokeConfig`, 2 when there
 * is none), then sends the event to the on-failure destination. Locally the waits between attempts are short
 * (Lambda waits about one and then two minutes) and the destination queue is a JSON Lines file in the data
 * folder, listed at `GET /_local/queues/<queue name>`, so nothing a function gave up on is lost.
 */
export interface AsyncOutcome {
  readonly attempts: number;
  readonly result?: unknown;
  /** Set when every attempt failed. */
  readonly error?: Error;
  /** The queue the event was parked in after the last failed attempt. */
  readonly parkedIn?: string;
}

interface InvokeConfig {
  readonly retries: number;
  readonly onFailure?: string;
}

const DEFAULT_RETRIES = 2;
/** Locally: 0.2 s, then 0.4 s (Lambda: about a minute, then two). */
const LOCAL_RETRY_DELAY_MS = 200;

export async function invokeAsync(
  context: LocalContext,
  functionArn: string,
  event: unknown,
  options: { readonly retryDelayMs?: number } = {},
): Promise<AsyncOutcome> {
  const config = invokeConfigOf(context, functionArn);
  const delay = options.retryDelayMs ?? LOCAL_RETRY_DELAY_MS;
  let error: Error | undefined;
  for (let attempt = 1; attempt <= config.retries + 1; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, delay * 2 ** (attempt - 2)));
    try {
      return { attempts: attempt, result: await context.lambdas.invoke(functionArn, event) };
    } catch (caught) {
      error = caught as Error;
      context.log(`async invoke: ${functionName(functionArn)} failed attempt ${attempt}: ${error.message}`);
    }
  }
  const attempts = config.retries + 1;
  if (!config.onFailure) return { attempts, ...(error ? { error } : {}) };
  parkEvent(context, config.onFailure, {
    requestContext: { functionArn, condition: 'RetriesExhausted', approximateInvokeCount: attempts },
    requestPayload: event,
    responsePayload: { errorMessage: error?.message ?? 'unknown' },
  });
  return { attempts, ...(error ? { error } : {}), parkedIn: config.onFailure };
}

function functionName(arn: string): string {
  return arn.split(':').at(-1) ?? arn;
}

function invokeConfigOf(context: LocalContext, functionArn: string): InvokeConfig {
  const target = context.lambdas.find(functionArn);
  for (const { model, names } of context.stacks.values()) {
    for (const [, resource] of resourcesOfType(model.template, 'AWS::Lambda::EventInvokeConfig')) {
      const properties = (names.resolve(resource.Properties) ?? {}) as {
        FunctionName?: string;
        MaximumRetryAttempts?: number;
        DestinationConfig?: { OnFailure?: { Destination?: string } };
      };
      if (!target || context.lambdas.find(String(properties.FunctionName)) !== target) continue;
      const destination = properties.DestinationConfig?.OnFailure?.Destination;
      return {
        retries: properties.MaximumRetryAttempts ?? DEFAULT_RETRIES,
        ...(destination ? { onFailure: String(destination).split(':').at(-1)! } : {}),
      };
    }
  }
  return { retries: DEFAULT_RETRIES };
}
