import { parseInstant } from './almaty-time';
import { DEFAULT_REMINDER_FRACTIONS, reminderPoints } from './deadline';

/**
 * What an SLA timer (a Step Functions execution) waits for: the reminder points still ahead and the
 * deadline. Step Functions' Wait state reads RFC 3339 instants, so the plan carries UTC (`...Z`) instants;
 * the appeal keeps its Almaty-time deadline for people.
 */
export interface TimerPlan {
  /** The deadline as a UTC instant, for the state machine's final Wait. */
  readonly deadlineAt: string;
  /** Reminders still ahead, in time order. */
  readonly reminders: readonly PlannedReminder[];
}

export interface PlannedReminder {
  /** When to remind, as a UTC instant. */
  readonly at: string;
  /** Share of the time used by then, in whole percent (50, 80). */
  readonly percent: number;
}

export interface TimerPlanInput {
  readonly startedAt: string;
  readonly deadline: string;
  readonly fractions?: readonly number[];
  /** The moment of planning; reminders at or before it are dropped (a restarted timer does not remind twice). */
  readonly now: string;
}

export function toUtcInstant(instant: string): string {
  return new Date(parseInstant(instant)).toISOString().replace(/\.000Z$/, 'Z');
}

export function planTimer(input: TimerPlanInput): TimerPlan {
  const fractions = [...(input.fractions ?? DEFAULT_REMINDER_FRACTIONS)].sort((a, b) => a - b);
  const nowMs = parseInstant(input.now);
  const deadlineMs = parseInstant(input.deadline);
  // A deadline already behind the start (an appeal registered late, or a misconfigured term) has no
  // meaningful reminders; the timer goes straight to the deadline, which has passed, and breaches.
  const points =
    deadlineMs > parseInstant(input.startedAt)
      ? reminderPoints(input.startedAt, input.deadline, fractions)
      : [];
  const reminders = points
    .map((point, index) => ({ at: toUtcInstant(point), percent: Math.round(fractions[index]! * 100) }))
    .filter((reminder) => parseInstant(reminder.at) > nowMs);
  return { deadlineAt: toUtcInstant(input.deadline), reminders };
}

/** What an execution name starts with: the subject, or for a second clock of an appeal that clock. */
export type TimerExecutionKind = 'appeal' | 'recording' | 'urgent-ack';

/**
 * Execution names allow letters, digits, `-` and `_` (80 at most): the registration number's digits fit.
 * An urgent appeal's acknowledgement clock runs on the appeal state machine as `urgent-ack-<number>`,
 * beside its answer timer `appeal-<number>`.
 */
export function timerExecutionName(kind: TimerExecutionKind, id: string, restart?: number): string {
  const safeId = id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 60);
  if (safeId === '') throw new Error(`Cannot name a timer for ${JSON.stringify(id)}: no letters or digits`);
  return restart === undefined ? `${kind}-${safeId}` : `${kind}-${safeId}-r${restart.toString(36)}`;
}
