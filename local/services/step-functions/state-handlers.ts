import type { ExecutionClock } from './clock';
import { readPath, type TaskTarget, type WaitSpec } from './definition';
import { StatesApiError } from './errors';

/** How the stand-in reaches a local function. */
export type InvokeFunction = (functionArn: string, event: unknown) => Promise<unknown>;

/** A Wait state, run as a Task: parks on the execution's clock and passes its input on unchanged. */
export async function waitState(
  clock: ExecutionClock,
  stateName: string,
  spec: WaitSpec,
  input: unknown,
): Promise<unknown> {
  let untilMs: number;
  if (spec.timestamp !== undefined || spec.timestampPath !== undefined) {
    const timestamp = spec.timestamp ?? readPath(input, spec.timestampPath!);
    untilMs = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
    if (Number.isNaN(untilMs)) {
      throw new StatesApiError(
        'States.Runtime',
        `${stateName}: ${JSON.stringify(timestamp)} is not a timestamp`,
      );
    }
  } else {
    const seconds = spec.seconds ?? readPath(input, spec.secondsPath!);
    if (typeof seconds !== 'number') {
      throw new StatesApiError(
        'States.Runtime',
        `${stateName}: ${JSON.stringify(seconds)} is not a number of seconds`,
      );
    }
    untilMs = clock.now() + seconds * 1000;
  }
  await clock.waitUntil(`${stateName}@${untilMs}`, untilMs);
  return input;
}

/** A Task state: a local function, directly or through `lambda:invoke`. */
export async function runTask(invoke: InvokeFunction, target: TaskTarget, input: unknown): Promise<unknown> {
  try {
    if (target.kind === 'function') return await invoke(target.functionArn, input);
    if (target.kind === 'lambda-invoke') {
      const { FunctionName, Payload } = input as { FunctionName: string; Payload?: unknown };
      const payload = await invoke(FunctionName, Payload ?? {});
      return { StatusCode: 200, ExecutedVersion: '$LATEST', Payload: payload };
    }
  } catch (error) {
    // Keep the function's error type (e.g. Sandbox.Timedout), so Retry and Catch match as in AWS.
    const failure = new Error((error as Error).message);
    failure.name = (error as { errorType?: string }).errorType ?? (error as Error).name;
    throw failure;
  }
  throw new StatesApiError(
    'Local.UnsupportedResource',
    `The local runtime cannot run Task resource ${target.resource}`,
  );
}
