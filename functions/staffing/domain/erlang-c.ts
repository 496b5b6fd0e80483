/**
 * Erlang C (the M/M/N queue): Poisson arrivals, exponential handle times, N operators, callers wait
 * forever. The textbook model every workforce tool starts from; it overstates waits when callers hang up,
 * which is what `erlang-a.ts` adds.
 */

/** Erlang B blocking probability by the stable recursion B(k) = A·B(k-1) / (k + A·B(k-1)); no factorials. */
export function erlangB(agents: number, erlangs: number): number {
  let blocking = 1;
  for (let k = 1; k <= agents; k += 1) blocking = (erlangs * blocking) / (k + erlangs * blocking);
  return blocking;
}

/**
 * Probability that a caller waits at all, C(N, A). With N ≤ A the queue grows without bound, so every
 * caller waits: 1.
 */
export function erlangC(agents: number, erlangs: number): number {
  if (erlangs <= 0) return 0;
  if (agents <= erlangs) return 1;
  const blocking = erlangB(agents, erlangs);
  return (agents * blocking) / (agents - erlangs * (1 - blocking));
}

export interface QueueFigures {
  /** Share of callers who wait at all before an operator answers. */
  readonly probabilityOfWaiting: number;
  /** Average wait of the callers an operator answers, in seconds (Infinity when the queue never drains). */
  readonly averageWaitSeconds: number;
  /** Share of all offered calls answered within `serviceLevelSeconds`. */
  readonly serviceLevel: number;
  /** Share of time operators spend on calls. */
  readonly occupancy: number;
  /** Share of callers who hang up before an answer (0 in Erlang C, where nobody does). */
  readonly abandonment: number;
}

/**
 * Erlang C figures for N operators: ASA = C·AHT/(N−A), service level 1 − C·e^{−(N−A)·t/AHT},
 * occupancy A/N.
 */
export function erlangCFigures(
  agents: number,
  erlangs: number,
  handleSeconds: number,
  serviceLevelSeconds: number,
): QueueFigures {
  const waiting = erlangC(agents, erlangs);
  if (agents <= erlangs) {
    return {
      probabilityOfWaiting: 1,
      averageWaitSeconds: Number.POSITIVE_INFINITY,
      serviceLevel: 0,
      occupancy: 1,
      abandonment: 0,
    };
  }
  const spare = agents - erlangs;
  return {
    probabilityOfWaiting: waiting,
    averageWaitSeconds: (waiting * handleSeconds) / spare,
    serviceLevel: 1 - waiting * Math.exp((-spare * serviceLevelSeconds) / handleSeconds),
    occupancy: erlangs / agents,
    abandonment: 0,
  };
}
