/**
 * The SLA engine's deadline clock for a recording request (`functions/sla/adapters/recording-timers.ts`): started when a
 * request is registered, stopped when it closes. Kept behind this interface so the request service can be
 * exercised without the SLA engine.
 */
export interface DeadlineClock {
  start(input: { hotline: string; requestId: string; startedAt: string; deadline: string }): Promise<void>;
  stop(requestId: string, outcome: 'met' | 'cancelled' | 'no_recordings'): Promise<void>;
}
