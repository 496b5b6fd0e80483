import { erlangAFigures } from './erlang-a';
import { erlangCFigures, type QueueFigures } from './erlang-c';

/** The models the planner knows; the plan always says which one it used. */
export const STAFFING_MODELS = ['erlang-c', 'erlang-a'] as const;
export type StaffingModel = (typeof STAFFING_MODELS)[number];

/** The 1414 rules (p7): the average wait for an answer must not exceed forty seconds. */
export const DEFAULT_TARGET_WAIT_SECONDS = 40;
/** Share of paid time operators are not on the phones (breaks, training, absence): a common planning figure. */
export const DEFAULT_SHRINKAGE = 0.3;
/**
 * Under Erlang A the wait of answered callers also falls because impatient callers give up, so a plan held
 * to the wait alone can trade answers for hang-ups; it must also keep abandonment at or under this share.
 */
export const DEFAULT_MAX_ABANDONMENT = 0.05;
/** The service level most call centres quote: share of calls answered within 20 seconds. */
export const SERVICE_LEVEL_SECONDS = 20;

export class StaffingInputError extends Error {
  override readonly name = 'StaffingInputError';
}

export interface StaffingInput {
  readonly callsPerHour: number;
  readonly ahtSeconds: number;
  readonly targetWaitSeconds?: number;
  readonly shrinkage?: number;
  readonly model?: StaffingModel;
  /** Mean caller patience; required by Erlang A. */
  readonly patienceSeconds?: number | null;
  /** Erlang A only: the largest share of callers allowed to hang up while waiting. */
  readonly maxAbandonment?: number;
}

export interface StaffingPlan {
  readonly model: StaffingModel;
  readonly callsPerHour: number;
  readonly ahtSeconds: number;
  readonly targetWaitSeconds: number;
  readonly shrinkage: number;
  readonly patienceSeconds: number | null;
  /** Erlang A only (null under Erlang C): the abandonment the plan was held to. */
  readonly maxAbandonment: number | null;
  /** Offered load: calls per hour × handle time / 3600. */
  readonly offeredErlangs: number;
  /** The fewest operators on the phones whose average wait is at or under the target (Erlang A: and abandonment at or under the limit). */
  readonly agents: number;
  readonly probabilityOfWaiting: number;
  readonly averageWaitSeconds: number;
  /** Share of offered calls answered within 20 s. */
  readonly serviceLevel20s: number;
  readonly occupancy: number;
  /** Share of callers expected to hang up while waiting (0 under Erlang C, which assumes nobody does). */
  readonly abandonment: number;
  /** Operators to roster: agents / (1 − shrinkage), rounded up. */
  readonly scheduled: number;
}

// The wait is compared at the precision it is printed (milliseconds), so a target of 0 s is reachable:
// Erlang C waits never reach exactly zero, only vanishingly close.
const WAIT_TOLERANCE_SECONDS = 0.0005;
const MAX_EXTRA_AGENTS = 100_000;

function positive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new StaffingInputError(`${name} must be a number above 0, got ${value}`);
  }
}

function validated(input: StaffingInput) {
  positive('calls per hour', input.callsPerHour);
  positive('average handle time (seconds)', input.ahtSeconds);
  const targetWaitSeconds = input.targetWaitSeconds ?? DEFAULT_TARGET_WAIT_SECONDS;
  if (!Number.isFinite(targetWaitSeconds) || targetWaitSeconds < 0) {
    throw new StaffingInputError(`the target wait must be 0 seconds or more, got ${targetWaitSeconds}`);
  }
  const shrinkage = input.shrinkage ?? DEFAULT_SHRINKAGE;
  if (!Number.isFinite(shrinkage) || shrinkage < 0 || shrinkage >= 1) {
    throw new StaffingInputError(`shrinkage is a share from 0 up to (not including) 1, got ${shrinkage}`);
  }
  const model = input.model ?? 'erlang-c';
  const patienceSeconds = input.patienceSeconds ?? null;
  if (model === 'erlang-a') {
    if (patienceSeconds === null) {
      throw new StaffingInputError(
        'Erlang A needs the callers’ mean patience: give --patience SECONDS (or contact records with abandoned calls)',
      );
    }
    positive('caller patience (seconds)', patienceSeconds);
  }
  const maxAbandonment = model === 'erlang-a' ? (input.maxAbandonment ?? DEFAULT_MAX_ABANDONMENT) : null;
  if (maxAbandonment !== null && !(maxAbandonment > 0 && maxAbandonment <= 1)) {
    throw new StaffingInputError(`the abandonment limit is a share above 0 up to 1, got ${maxAbandonment}`);
  }
  return { ...input, targetWaitSeconds, shrinkage, model, patienceSeconds, maxAbandonment };
}

/**
 * Plans one interval: the fewest operators meeting the average-wait target (and, under Erlang A, the
 * abandonment limit), and what that staffing gives.
 */
export function planStaffing(input: StaffingInput): StaffingPlan {
  const { callsPerHour, ahtSeconds, targetWaitSeconds, shrinkage, model, patienceSeconds, maxAbandonment } =
    validated(input);
  const offeredErlangs = (callsPerHour * ahtSeconds) / 3600;
  // The search needs only the wait; the service level (costlier under Erlang A) is computed for the answer.
  const figuresFor = (agents: number, serviceLevelSeconds = 0): QueueFigures =>
    model === 'erlang-a' && patienceSeconds !== null
      ? erlangAFigures({
          agents,
          arrivalRate: callsPerHour / 3600,
          handleSeconds: ahtSeconds,
          patienceSeconds,
          serviceLevelSeconds,
        })
      : erlangCFigures(agents, offeredErlangs, ahtSeconds, serviceLevelSeconds);
  // Erlang C needs more operators than the load to be stable; Erlang A drains even below it (callers leave).
  const first = model === 'erlang-c' ? Math.floor(offeredErlangs) + 1 : 1;
  const meets = (agents: number) => {
    const figures = figuresFor(agents);
    return (
      figures.averageWaitSeconds <= targetWaitSeconds + WAIT_TOLERANCE_SECONDS &&
      (maxAbandonment === null || figures.abandonment <= maxAbandonment)
    );
  };
  // The wait falls as operators are added, so search: double until the target is met, then bisect.
  let low = first - 1;
  let high = first;
  while (!meets(high)) {
    if (high > first + MAX_EXTRA_AGENTS) {
      throw new StaffingInputError(`no staffing up to ${high} operators meets the target`);
    }
    low = high;
    high = first + (high - first + 1) * 2;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (meets(middle)) high = middle;
    else low = middle;
  }
  const agents = high;
  const figures = figuresFor(agents, SERVICE_LEVEL_SECONDS);
  return {
    model,
    callsPerHour,
    ahtSeconds,
    targetWaitSeconds,
    shrinkage,
    patienceSeconds,
    maxAbandonment,
    offeredErlangs,
    agents,
    probabilityOfWaiting: figures.probabilityOfWaiting,
    averageWaitSeconds: figures.averageWaitSeconds,
    serviceLevel20s: figures.serviceLevel,
    occupancy: figures.occupancy,
    abandonment: figures.abandonment,
    scheduled: Math.ceil(agents / (1 - shrinkage) - 1e-9),
  };
}
