import type { Family111FlowKey, Ucc1414FlowKey } from '../../../contact-flows/registry';
import {
  type LocalHotline,
  localHotline111,
  localHotline1414,
} from '../../../contact-flows/simulator/local-hotline';
import { simulateContact } from '../../../contact-flows/simulator/simulate';
import type {
  ConnectLambdaEvent,
  QueueMetrics,
  SimulationRequest,
  SimulatorDependencies,
  Step,
  Transcript,
} from '../../../contact-flows/simulator/types';

/**
 * Plain-function Lambda stubs by function name. Return a string map, or throw to send the flow down its
 * error branch. Each stub also receives the whole Connect event.
 */
export type LambdaStub = (
  parameters: Readonly<Record<string, string>>,
  event: ConnectLambdaEvent,
) => Record<string, string> | Promise<Record<string, string>>;

/** Defaults that answer the way a healthy backend would for an unknown number. */
const DEFAULT_LAMBDAS: Readonly<Record<string, LambdaStub>> = {
  appealStatus: () => ({ outcome: 'not_found', status: 'not_found', message: 'Обращение не найдено.' }),
  surveyRating: () => ({ outcome: 'stored' }),
  urgentEscalation: () => ({ outcome: 'escalated' }),
};

export const failingLambda: LambdaStub = () => {
  throw new Error('Lambda timed out');
};

/** A clock that moves one second each time it is read, from a fixed start. */
export function tickingClock(start = '2025-03-03T09:00:00Z'): () => Date {
  let next = new Date(start).getTime();
  return () => {
    const now = new Date(next);
    next += 1000;
    return now;
  };
}

export interface CallOptions {
  readonly inputs?: readonly (string | undefined)[];
  readonly lambdas?: Readonly<Record<string, LambdaStub>>;
  readonly agentHangup?: boolean;
  readonly queueMetrics?: QueueMetrics;
  /** Queue names that report QueueAtCapacity the first time they are tried. */
  readonly fullOnce?: readonly string[];
  readonly thirdPartyFails?: boolean;
  /** Which flow the call enters; the inbound flow unless a transfer is being simulated. */
  readonly entry?: string;
  readonly request?: Partial<SimulationRequest>;
}

function dependencies(hotline: LocalHotline<string, unknown>, options: CallOptions): SimulatorDependencies {
  const lambdas = { ...DEFAULT_LAMBDAS, ...options.lambdas };
  const byArn = new Map(Object.entries(hotline.lambdaArns).map(([name, arn]) => [arn, name]));
  const full = new Set(options.fullOnce ?? []);
  return {
    ...hotline.resolvers,
    async invokeLambda(arn, event) {
      const name = byArn.get(arn) ?? arn;
      const stub = lambdas[name];
      if (stub === undefined) throw new Error(`No stub for Lambda ${name}`);
      return stub(event.Details.Parameters, event);
    },
    queueMetrics: () => options.queueMetrics ?? { size: 3 },
    clock: tickingClock(),
    queueAccepts: (queue) => !full.delete(queue),
    dialThirdParty: () => (options.thirdPartyFails === true ? 'failed' : 'answered'),
  };
}

/** Places a call on any local hotline (for example one built with a callback offer). */
export async function callHotline<K extends string, R>(
  hotline: LocalHotline<K, R>,
  entry: K,
  options: CallOptions,
): Promise<Transcript> {
  const flow = hotline.flows[(options.entry as K | undefined) ?? entry];
  return simulateContact(
    {
      flowArn: flow.arn,
      inputs: options.inputs ?? [],
      agentHangup: options.agentHangup ?? false,
      instanceArn: hotline.instanceArn,
      knownNumbers: hotline.knownNumbers,
      ...options.request,
    },
    dependencies(hotline as LocalHotline<string, unknown>, options),
  );
}

export const hotline1414 = localHotline1414();
export const hotline111 = localHotline111();

export const call1414 = (options: CallOptions & { readonly entry?: Ucc1414FlowKey } = {}) =>
  callHotline(hotline1414, 'main', options);
export const call111 = (options: CallOptions & { readonly entry?: Family111FlowKey } = {}) =>
  callHotline(hotline111, 'main', options);

/** The steps of one type, typed. */
export function stepsOf<T extends Step['type']>(
  transcript: Transcript,
  type: T,
): Extract<Step, { type: T }>[] {
  return transcript.steps.filter((s): s is Extract<Step, { type: T }> => s.type === type);
}

/** Everything the caller heard, in order. */
export const heard = (transcript: Transcript): string[] => stepsOf(transcript, 'prompt').map((p) => p.text);

/** Index of the first step matching, for "this happened before that" assertions. */
export const indexOfStep = (transcript: Transcript, match: (step: Step) => boolean): number =>
  transcript.steps.findIndex(match);
