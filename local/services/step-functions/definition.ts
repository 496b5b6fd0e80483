/**
 * Prepares a synthesized state machine definition for aws-local-stepfunctions, so the local runtime runs
 * exactly what CDK synthesized, with two substitutions the library cannot do itself:
 *
 * - Every Wait state becomes a Task state served by the stand-in's clock. The library's own Wait sleeps
 *   with one `setTimeout`, which cannot be skipped ahead and overflows after 24.8 days; the clock can be
 *   advanced (`POST /_local/states/advance`) and waits any length. The Task keeps the Wait's InputPath and
 *   OutputPath and returns its input unchanged, as a Wait does.
 * - Lambda Task states are routed to the local functions (`context.lambdas`).
 */

/** Resource of the Task states that stand in for Wait states; never called, the override serves them. */
export const LOCAL_WAIT_RESOURCE = 'arn:aws:lambda:local:000000000000:function:qoldau-local-wait';

/**
 * The library fails a Task after its TimeoutSeconds (a single setTimeout, so at most 2^31-1 ms). A long
 * wait times out and is retried at once, resuming the same wait, as often as needed.
 */
const WAIT_TASK_TIMEOUT_SECONDS = 2_000_000;

export interface WaitSpec {
  readonly seconds?: number;
  readonly timestamp?: string;
  readonly secondsPath?: string;
  readonly timestampPath?: string;
}

export type TaskTarget =
  /** `Resource` is a function ARN (LambdaInvoke with payloadResponseOnly): the input is the event. */
  | { readonly kind: 'function'; readonly functionArn: string }
  /** `arn:aws:states:::lambda:invoke`: the input names FunctionName and Payload. */
  | { readonly kind: 'lambda-invoke' }
  | { readonly kind: 'unsupported'; readonly resource: string };

export interface PreparedDefinition {
  readonly definition: Record<string, unknown>;
  readonly waits: ReadonlyMap<string, WaitSpec>;
  readonly tasks: ReadonlyMap<string, TaskTarget>;
  /** Names of states with a Retry field: locally their pauses are shortened. */
  readonly retryable: readonly string[];
}

type State = Record<string, unknown>;

function taskTarget(resource: string): TaskTarget {
  if (/^arn:aws[\w-]*:lambda:[^:]+:\d{12}:function:[^:]+(:[^:]+)?$/.test(resource)) {
    return { kind: 'function', functionArn: resource };
  }
  if (/^arn:aws[\w-]*:states:::lambda:invoke$/.test(resource)) return { kind: 'lambda-invoke' };
  return { kind: 'unsupported', resource };
}

function waitAsTask(state: State): State {
  const { Type: _type, Seconds: _s, Timestamp: _t, SecondsPath: _sp, TimestampPath: _tp, ...rest } = state;
  return {
    ...rest,
    Type: 'Task',
    Resource: LOCAL_WAIT_RESOURCE,
    TimeoutSeconds: WAIT_TASK_TIMEOUT_SECONDS,
    Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 99_999_999, IntervalSeconds: 1, BackoffRate: 1 }],
  };
}

function waitSpec(state: State): WaitSpec {
  return {
    ...(typeof state['Seconds'] === 'number' ? { seconds: state['Seconds'] } : {}),
    ...(typeof state['Timestamp'] === 'string' ? { timestamp: state['Timestamp'] } : {}),
    ...(typeof state['SecondsPath'] === 'string' ? { secondsPath: state['SecondsPath'] } : {}),
    ...(typeof state['TimestampPath'] === 'string' ? { timestampPath: state['TimestampPath'] } : {}),
  };
}

/** Rewrites a definition (parsed JSON) and lists its waits and tasks by state name. */
export function prepareDefinition(definition: Record<string, unknown>): PreparedDefinition {
  const waits = new Map<string, WaitSpec>();
  const tasks = new Map<string, TaskTarget>();
  const retryable: string[] = [];

  const rewriteMachine = (machine: Record<string, unknown>): Record<string, unknown> => {
    const states = (machine['States'] ?? {}) as Record<string, State>;
    const rewritten: Record<string, State> = {};
    for (const [name, state] of Object.entries(states)) {
      if (waits.has(name) || tasks.has(name)) {
        // Overrides are keyed by state name across nested machines; CDK keeps names unique, so should we.
        throw new Error(
          `State name ${JSON.stringify(name)} is used twice; the local runner needs unique names`,
        );
      }
      let next: State = state;
      if (state['Type'] === 'Wait') {
        waits.set(name, waitSpec(state));
        next = waitAsTask(state);
      } else if (state['Type'] === 'Task') {
        tasks.set(name, taskTarget(String(state['Resource'])));
        if (Array.isArray(state['Retry'])) retryable.push(name);
      } else if (state['Type'] === 'Map') {
        const processorKey = 'ItemProcessor' in state ? 'ItemProcessor' : 'Iterator';
        next = { ...state, [processorKey]: rewriteMachine(state[processorKey] as Record<string, unknown>) };
        if (Array.isArray(state['Retry'])) retryable.push(name);
      } else if (state['Type'] === 'Parallel') {
        const branches = (state['Branches'] as Record<string, unknown>[]).map(rewriteMachine);
        next = { ...state, Branches: branches };
        if (Array.isArray(state['Retry'])) retryable.push(name);
      }
      rewritten[name] = next;
    }
    return { ...machine, States: rewritten };
  };

  return { definition: rewriteMachine(definition), waits, tasks, retryable };
}

/** Reads a simple JSONPath (`$`, `$.a.b`, `$['a']`) from a value: all that Wait states use here. */
export function readPath(value: unknown, path: string): unknown {
  if (path === '$') return value;
  const parts = path
    .replace(/^\$/, '')
    .split(/\.|\[['"]?|['"]?\]/)
    .filter((part) => part !== '');
  let current: unknown = value;
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
