import type { QueueFigures } from './erlang-c';

/**
 * Erlang A (the M/M/N+M queue, Palm 1943; Garnett, Mandelbaum and Reiman 2002): Erlang C plus callers
 * who hang up after an exponentially distributed patience. Computed exactly from the birth-death chain of
 * "callers in the system", truncated where the remaining probability is below 1e-15, so no approximation
 * formula (and no factorial overflow) is involved.
 */

export interface ErlangAInput {
  readonly agents: number;
  /** Calls per second. */
  readonly arrivalRate: number;
  readonly handleSeconds: number;
  /** Mean time a caller is willing to wait before hanging up. */
  readonly patienceSeconds: number;
  readonly serviceLevelSeconds: number;
}

const NEGLIGIBLE_LOG = Math.log(1e-15);
const MAX_STATES = 200_000;

/** Stationary probabilities of n callers in the system (n = 0..), normalised, tail below 1e-15 dropped. */
function stationary(agents: number, arrivalRate: number, serviceRate: number, abandonRate: number): number[] {
  const logs: number[] = [0];
  let peak = 0;
  for (let n = 1; n < MAX_STATES; n += 1) {
    const departure = Math.min(n, agents) * serviceRate + Math.max(n - agents, 0) * abandonRate;
    const log = logs[n - 1]! + Math.log(arrivalRate) - Math.log(departure);
    logs.push(log);
    peak = Math.max(peak, log);
    // Past the agents and once the chain drifts down, the terms only shrink: stop when they no longer count.
    if (n > agents && arrivalRate < departure && log - peak < NEGLIGIBLE_LOG) break;
  }
  const weights = logs.map((log) => Math.exp(log - peak));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/**
 * Share of the waiting callers (distributed over the places ahead of them as `waiting[k]`) answered within
 * `seconds`, by uniformising the pure-death chain "k callers ahead" with absorbing "answered" and
 * "hung up".
 */
function answeredWithin(
  waiting: readonly number[],
  agents: number,
  serviceRate: number,
  abandonRate: number,
  seconds: number,
): number {
  const rate = (ahead: number) => agents * serviceRate + (ahead + 1) * abandonRate;
  const uniform = rate(waiting.length - 1);
  const horizon = uniform * seconds;
  let state = [...waiting];
  let answered = 0;
  let result = 0;
  let logWeight = -horizon;
  let covered = 0;
  const lastStep = Math.ceil(horizon + 12 * Math.sqrt(horizon) + 50);
  for (let step = 0; step <= lastStep && covered < 1 - 1e-13; step += 1) {
    if (step > 0) {
      const next = state.map((mass, ahead) => mass * (1 - rate(ahead) / uniform));
      for (let ahead = 1; ahead < state.length; ahead += 1) {
        next[ahead - 1]! += (state[ahead]! * (agents * serviceRate + ahead * abandonRate)) / uniform;
      }
      answered += (state[0]! * agents * serviceRate) / uniform;
      state = next;
      logWeight += Math.log(horizon) - Math.log(step);
    }
    const weight = Math.exp(logWeight);
    covered += weight;
    result += weight * answered;
  }
  return result;
}

/** Erlang A figures for N operators; `averageWaitSeconds` is the mean wait of the callers who get an answer. */
export function erlangAFigures(input: ErlangAInput): QueueFigures {
  const { agents, arrivalRate, handleSeconds, patienceSeconds, serviceLevelSeconds } = input;
  const serviceRate = 1 / handleSeconds;
  const abandonRate = 1 / patienceSeconds;
  const pi = stationary(agents, arrivalRate, serviceRate, abandonRate);

  let probabilityOfWaiting = 0;
  let answeredShare = 0;
  let answeredWaitSum = 0;
  let queueLength = 0;
  // A caller who finds k others waiting passes k+1 phases; in phase j (j ahead) the rate out is
  // Nμ + (j+1)θ and the chance to move on rather than hang up is (Nμ + jθ) / (Nμ + (j+1)θ). Conditioned on
  // the path, each phase lasts Exp(rate), so E[wait; answered] = P(answered) · Σ 1/rate.
  let survive = 1;
  let expectedTime = 0;
  const waiting: number[] = [];
  pi.forEach((share, n) => {
    if (n < agents) {
      answeredShare += share;
      return;
    }
    const ahead = n - agents;
    const rate = agents * serviceRate + (ahead + 1) * abandonRate;
    survive *= (agents * serviceRate + ahead * abandonRate) / rate;
    expectedTime += 1 / rate;
    probabilityOfWaiting += share;
    answeredShare += share * survive;
    answeredWaitSum += share * survive * expectedTime;
    queueLength += share * ahead;
    waiting.push(share);
  });
  const abandonment = (queueLength * abandonRate) / arrivalRate;
  const withinWaiting =
    probabilityOfWaiting > 0
      ? answeredWithin(
          waiting.map((share) => share / probabilityOfWaiting),
          agents,
          serviceRate,
          abandonRate,
          serviceLevelSeconds,
        )
      : 0;
  return {
    // Sums of many small floats can overshoot 1 by an ulp or two.
    probabilityOfWaiting: Math.min(1, probabilityOfWaiting),
    averageWaitSeconds: answeredShare > 0 ? answeredWaitSum / answeredShare : 0,
    serviceLevel: Math.max(0, 1 - probabilityOfWaiting + probabilityOfWaiting * withinWaiting),
    occupancy: Math.min(1, (arrivalRate * (1 - abandonment) * handleSeconds) / agents),
    abandonment,
  };
}

/**
 * Mean caller patience from what the queue saw: the exponential-patience maximum-likelihood estimate,
 * total time all callers spent waiting (answered callers' waits count as "still patient at least this
 * long") divided by the number who hung up. Null when nobody hung up: patience cannot be estimated.
 */
export function estimatePatienceSeconds(totalWaitSeconds: number, abandoned: number): number | null {
  if (abandoned <= 0 || totalWaitSeconds <= 0) return null;
  return totalWaitSeconds / abandoned;
}
