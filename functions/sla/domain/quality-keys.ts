/**
 * Layout of the SLA quality table (`infra/constructs/sla/sla-quality-store.ts`), keyed by Almaty day so a
 * report reads a date range with one query per day and never scans:
 *
 * | item        | pk                | sk                          | attributes                                          |
 * |-------------|-------------------|-----------------------------|-----------------------------------------------------|
 * | SLA outcome | `SLA#<YYYY-MM-DD>`  | `<kind>#<id>#<outcome>`     | kind, id, outcome (met, breached, late), at, deadline |
 * | wait sample | `WAIT#<YYYY-MM-DD>` | `<window start, UTC ISO>`   | windowStart, windowEnd, queued, answered, abandoned, waitSecondsSum, callbacks… |
 *
 * An outcome is written once per timer and outcome (a conditional put), so retries never count twice.
 * A late answer is kept apart from `met`: the breach was already counted when the deadline passed.
 */
export const qualityKeys = {
  slaDay: (almatyDay: string) => `SLA#${almatyDay}`,
  slaOutcome: (kind: string, id: string, outcome: string) => `${kind}#${id}#${outcome}`,
  waitDay: (almatyDay: string) => `WAIT#${almatyDay}`,
} as const;

export type SlaOutcome = 'met' | 'breached' | 'late';

/**
 * Which clock an outcome belongs to: an appeal's answer, a recording request's delivery, or the state
 * bodies' acknowledgement of an urgent appeal (`urgent-ack`, keyed by the appeal's number).
 */
export type SlaOutcomeKind = 'appeal' | 'recording' | 'urgent-ack';

export interface SlaOutcomeItem {
  readonly kind: SlaOutcomeKind;
  readonly id: string;
  readonly outcome: SlaOutcome;
  readonly at: string;
  readonly deadline: string;
}

/** Connect queue figures of one collection window (usually 5 minutes) for the whole hotline. */
export interface WaitSample {
  readonly windowStart: string;
  readonly windowEnd: string;
  /** Callers that entered a queue in the window (queued callbacks are counted apart, below). */
  readonly queued: number;
  /** Callers answered by an agent. */
  readonly answered: number;
  /** Callers who left the queue before an agent answered. */
  readonly abandoned: number;
  /** Sum of the queue answer times of the answered callers, in seconds. */
  readonly waitSecondsSum: number;
  /** Callback contacts (InitiationMethod CALLBACK) that entered a queue; absent in samples from before callbacks. */
  readonly callbacks?: number;
  /** Callback contacts an operator took. */
  readonly callbacksAnswered?: number;
  /** Sum of the times those callbacks waited in the queue for an operator, in seconds. */
  readonly callbackWaitSecondsSum?: number;
}
