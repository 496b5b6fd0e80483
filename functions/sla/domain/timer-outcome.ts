import { metDeadline } from './deadline';
import type { SlaEventType } from './sla-notice';

/**
 * How a stopped timer ends in the history: `sla_cancelled` when no answer was owed any more, else
 * `sla_answered_late` when the timer had already breached or the deadline is behind us (the timer may
 * have failed to run), else `sla_met`.
 */
export function outcomeEvent(
  outcome: 'met' | 'cancelled',
  breached: boolean,
  deadline: string | undefined,
  at: string,
): SlaEventType {
  if (outcome === 'cancelled') return 'sla_cancelled';
  const late = breached || (deadline !== undefined && !metDeadline(deadline, at));
  return late ? 'sla_answered_late' : 'sla_met';
}

/** Whether an acknowledgement at `at` kept the clock: late when the timer breached or the deadline passed. */
export function urgentAckTimeliness(
  breached: boolean,
  deadline: string | undefined,
  at: string,
): 'met' | 'late' | undefined {
  if (deadline === undefined) return undefined;
  return outcomeEvent('met', breached, deadline, at) === 'sla_met' ? 'met' : 'late';
}
