import { verifySigV4 } from '../auth/sigv4';
import type { LocalContext, LocalService } from '../context';
import { json, type LocalRequest, type LocalResponse } from '../gateway/server';
import { invokeAsync } from '../lambda/async-invoke';

/** `POST /2015-03-31/functions/{name}/invocations`, Lambda's Invoke API, under the stand-in's prefix. */
const PREFIX = '/_aws/lambda';
const INVOKE_PATH = /^\/_aws\/lambda\/2015-03-31\/functions\/([^/]+)\/invocations$/u;

/**
 * Lambda's `Invoke` API at `${url}/_aws/lambda` (`AWS_ENDPOINT_URL_LAMBDA` of the functions), for functions
 * that invoke others: signed with the functions' credentials (SigV4, service `lambda`, checked). With
 * `X-Amz-Invocation-Type: Event` the event is queued and answered 202 at once, then run through
 * `invokeAsync`, which retries and parks as Lambda does (the template's `EventInvokeConfig`); otherwise
 * the function runs and its result is the answer, as `RequestResponse`.
 */
export function lambdaInvokeService(): LocalService {
  const queued = new Set<Promise<unknown>>();
  return {
    name: 'lambda',
    async start(context: LocalContext) {
      const region = [...context.stacks.values()][0]?.model.config.env.region ?? 'eu-central-1';
      context.gateway.addEndpoint({
        prefix: PREFIX,
        handle: (request) => invoke(context, region, request, queued),
      });
    },
    // Queued events run to the end (or their last retry) before the functions' host stops: stopped midway,
    // a retry would start the function again on a host that is going away.
    async stop() {
      const deadline = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
      await Promise.race([Promise.allSettled([...queued]), deadline]);
    },
  };
}

/** How long stopping the runtime waits for queued asynchronous invocations. */
const STOP_WAIT_MS = 15_000;

async function invoke(
  context: LocalContext,
  region: string,
  request: LocalRequest,
  queued: Set<Promise<unknown>>,
): Promise<LocalResponse> {
  const match = INVOKE_PATH.exec(request.path);
  if (request.method !== 'POST' || !match) {
    return lambdaError(404, 'UnknownOperationException', 'The local Lambda stand-in serves only Invoke');
  }
  const verified = await verifySigV4(
    {
      method: request.method,
      host: request.headers['host'] ?? '',
      path: request.path,
      query: request.query,
      headers: request.headers,
      body: request.body,
    },
    (accessKeyId) =>
      accessKeyId === context.engineKeys.accessKeyId ? context.engineKeys.secretAccessKey : undefined,
    { region, service: 'lambda' },
  );
  if (!verified.ok) return lambdaError(verified.status, 'AccessDeniedException', verified.message);
  const name = decodeURIComponent(match[1]!);
  const fn = context.lambdas.find(name);
  if (!fn) return lambdaError(404, 'ResourceNotFoundException', `Function not found: ${name}`);
  let event: unknown;
  try {
    event = request.body.length > 0 ? JSON.parse(request.body.toString('utf8')) : {};
  } catch {
    return lambdaError(400, 'InvalidRequestContentException', 'Could not parse request body into json');
  }
  const type = request.headers['x-amz-invocation-type'] ?? 'RequestResponse';
  if (type === 'Event') {
    // Queued, as Lambda does: the caller has its 202 before the function runs; failures retry and park.
    const run = invokeAsync(context, fn.arn, event)
      .catch((error: Error) => context.log(`lambda: async invoke of ${fn.name} failed: ${error.message}`))
      .finally(() => queued.delete(run));
    queued.add(run);
    return { status: 202, body: '' };
  }
  if (type !== 'RequestResponse') {
    return lambdaError(400, 'InvalidParameterValueException', `Unsupported invocation type ${type}`);
  }
  try {
    return json(200, (await context.lambdas.invoke(fn.arn, event)) ?? null);
  } catch (error) {
    // As Lambda: the invocation itself succeeded, the function failed (X-Amz-Function-Error).
    const failure = error as Error;
    return {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' },
      body: JSON.stringify({ errorType: failure.name, errorMessage: failure.message }),
    };
  }
}

function lambdaError(status: number, type: string, message: string): LocalResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': type },
    body: JSON.stringify({ Type: 'User', message }),
  };
}
