import type { CallFacts, ContactState, QueueRef } from './contact-state';
import { interpolate, resolveValue, UnknownJsonPathError } from './dynamic-values';
import { type ActionLocation, UnsupportedParameterError } from './errors';
import type { ParsedAction } from './parse-flow';
import type { SimulatorDependencies, Step } from './types';

/** DTMF answers shared by every flow of one call, consumed in order. */
export class InputQueue {
  private next = 0;
  constructor(private readonly answers: readonly (string | undefined)[]) {}

  /** The next answer; `undefined` is silence (also once the answers run out). */
  take(): string | undefined {
    const answer = this.answers[this.next];
    this.next += 1;
    return answer;
  }
}

export interface RunContext {
  readonly flowArn: string;
  readonly deps: SimulatorDependencies;
  readonly contact: ContactState;
  readonly inputs: InputQueue;
  readonly steps: Step[];
  readonly call: CallFacts;
  /** Who hears the prompts: the caller, or (in an agent whisper flow) the operator alone. */
  readonly audience?: 'customer' | 'agent';
}

/** How an action finished: which transition to take, or that the contact left the flow. */
export type ActionResult =
  | { readonly kind: 'next' }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'condition'; readonly value: string }
  | { readonly kind: 'switch-flow'; readonly flowArn: string }
  | { readonly kind: 'end'; readonly end: FlowEnd };

/** Why a flow stopped running. */
export type FlowEnd =
  | { readonly kind: 'queued'; readonly queue: QueueRef }
  | { readonly kind: 'third-party'; readonly number: string }
  | { readonly kind: 'disconnected' }
  | { readonly kind: 'ended' }
  /** A customer-queue flow came round to an action it already ran: the caller just keeps waiting. */
  | { readonly kind: 'waiting' };

export const next: ActionResult = { kind: 'next' };
export const error = (name: string): ActionResult => ({ kind: 'error', error: name });

export const locate = (ctx: RunContext, action: ParsedAction): ActionLocation => ({
  flow: ctx.flowArn,
  identifier: action.Identifier,
  actionType: action.Type,
});

export function badParameter(
  ctx: RunContext,
  action: ParsedAction,
  parameter: string,
  detail: string,
): never {
  throw new UnsupportedParameterError(locate(ctx, action), parameter, detail);
}

export function stringParameter(ctx: RunContext, action: ParsedAction, name: string): string {
  const value = action.Parameters[name];
  if (typeof value !== 'string')
    badParameter(ctx, action, name, `must be a string, got ${JSON.stringify(value)}`);
  return value;
}

export function optionalString(ctx: RunContext, action: ParsedAction, name: string): string | undefined {
  return action.Parameters[name] === undefined ? undefined : stringParameter(ctx, action, name);
}

/** A static value from a fixed set (Connect rejects dynamic values for these). */
export function oneOf<T extends string>(
  ctx: RunContext,
  action: ParsedAction,
  name: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (!allowed.includes(value as T)) {
    badParameter(ctx, action, name, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** A nested object whose keys must all be known. */
export function objectParameter(
  ctx: RunContext,
  action: ParsedAction,
  name: string,
  value: unknown,
  allowedKeys: readonly string[],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    badParameter(ctx, action, name, 'must be an object');
  }
  for (const key of Object.keys(value)) {
    if (!allowedKeys.includes(key))
      badParameter(ctx, action, `${name}.${key}`, 'is not supported by the simulator');
  }
  return value as Record<string, unknown>;
}

export function wholeNumber(ctx: RunContext, action: ParsedAction, name: string, value: unknown): number {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    badParameter(ctx, action, name, `must be a whole number as a string, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** Resolves a queue ARN (or a JSONPath to one) to the queue it names. */
export function queueRef(ctx: RunContext, arn: string): QueueRef {
  return { arn, name: ctx.deps.resolveQueue(arn) };
}

function withPathErrors<T>(ctx: RunContext, action: ParsedAction, parameter: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof UnknownJsonPathError) badParameter(ctx, action, parameter, e.message);
    throw e;
  }
}

/** A parameter that may be a JSONPath (`$.Attributes.lang`) or a literal. */
export function dynamicValue(
  ctx: RunContext,
  action: ParsedAction,
  parameter: string,
  value: string,
): string {
  return withPathErrors(ctx, action, parameter, () => resolveValue(value, ctx.contact, ctx.call));
}

/** Text with JSONPath references inside, as Connect speaks it. */
export function dynamicText(ctx: RunContext, action: ParsedAction, parameter: string, text: string): string {
  return withPathErrors(ctx, action, parameter, () => interpolate(text, ctx.contact, ctx.call));
}

/** A map of strings (Attributes, LambdaInvocationAttributes) with every JSONPath value resolved. */
export function resolvedStringMap(
  ctx: RunContext,
  action: ParsedAction,
  name: string,
): Record<string, string> {
  const given = action.Parameters[name] ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    badParameter(ctx, action, name, 'must be an object');
  }
  return Object.fromEntries(
    Object.entries(given).map(([key, value]) => {
      if (key.includes('$.')) badParameter(ctx, action, `${name}.${key}`, 'dynamic keys are not supported');
      if (typeof value !== 'string') badParameter(ctx, action, `${name}.${key}`, 'must be a string');
      return [key, dynamicValue(ctx, action, `${name}.${key}`, value)];
    }),
  );
}
