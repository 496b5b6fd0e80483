import * as z from 'zod';
import { logger } from '../shared/logger';
import { publishNotice } from './adapters/notify';
import { DEFAULT_CLOCK, TIMER_CLOCKS, type TimerClock } from './domain/clocks';
import { type SlaEventType, slaNotice, type TimerKind } from './domain/sla-notice';
import { planTimer, type TimerPlan } from './domain/timer-plan';

/**
 * The work of the SLA state machines' Task states, shared by appeal and recording timers. The state
 * machine only waits; this records each event where the subject keeps its history and notifies
 * supervisors. Everything here is safe to retry: events are written once per key, and the notice is
 * sent last (at least once: a retry after a failed publish sends it again).
 *
 * A timer keeps one clock (`clock` in its input): the appeal state machine runs an appeal's answer
 * deadline and, for an urgent appeal, the state bodies' acknowledgement (`urgent-ack`). Plan always
 * passes the clock on, so the Remind and Breach states can hand it back here.
 */

const instant = z.string().min(1);
const clock = z.enum(TIMER_CLOCKS);

/** The execution input, as `startAppealTimer` / `startRecordingTimer` (or a calendar reschedule) gave it. */
const timerStart = z.object({
  hotline: z.string(),
  number: z.string().min(1).optional(),
  requestId: z.string().min(1).optional(),
  /** @default the subject's own clock: an appeal's answer, a recording's delivery */
  clock: clock.optional(),
  startedAt: instant,
  deadline: instant,
  /** Set when a calendar edit moved the deadline: the start was already recorded. */
  rescheduled: z.boolean().optional(),
});

const planTask = z.object({
  action: z.literal('plan'),
  fractions: z.array(z.number().gt(0).lt(1)),
  start: timerStart,
});

const remindTask = z.object({
  action: z.literal('remind'),
  hotline: z.string(),
  id: z.string().min(1),
  clock: clock.optional(),
  deadline: instant,
  at: instant,
  percent: z.number(),
});

const breachTask = z.object({
  action: z.literal('breach'),
  hotline: z.string(),
  id: z.string().min(1),
  clock: clock.optional(),
  deadline: instant,
});

export const timerTaskSchema = z.discriminatedUnion('action', [planTask, remindTask, breachTask]);
export type TimerTask = z.infer<typeof timerTaskSchema>;

/** What a kind of timer does with its events: appeals write to the appeal history, recordings to the request. */
export interface TimerSubject {
  readonly kind: TimerKind;
  record(
    id: string,
    clock: TimerClock,
    type: SlaEventType,
    at: string,
    detail: Record<string, unknown>,
  ): Promise<boolean>;
  /**
   * Whether what the clock waits for is still owed (a closed appeal gets no reminder and no breach; an
   * acknowledged urgent appeal no acknowledgement reminder).
   */
  stillOwed(id: string, clock: TimerClock): Promise<{ owed: boolean; assignee?: string }>;
  countBreach(id: string, clock: TimerClock, at: string, deadline: string): Promise<void>;
}

export interface PlanResult extends TimerPlan {
  readonly hotline: string;
  readonly id: string;
  readonly clock: TimerClock;
  readonly startedAt: string;
  readonly deadline: string;
}

export type TimerTaskResult = PlanResult | { readonly id: string; readonly outcome: string };

export async function runTimerTask(
  raw: unknown,
  subject: TimerSubject,
  topicArn: string,
  now: () => Date = () => new Date(),
): Promise<TimerTaskResult> {
  const task = timerTaskSchema.parse(raw);
  const taskClock = (task.action === 'plan' ? task.start.clock : task.clock) ?? DEFAULT_CLOCK[subject.kind];
  logger.appendKeys({ timer: subject.kind, clock: taskClock, action: task.action });
  switch (task.action) {
    case 'plan': {
      const { start } = task;
      const id = start.number ?? start.requestId;
      if (id === undefined) throw new Error('A timer needs the appeal number or the recording request id');
      const plan = planTimer({
        startedAt: start.startedAt,
        deadline: start.deadline,
        fractions: task.fractions,
        now: now().toISOString(),
      });
      if (!start.rescheduled)
        await subject.record(id, taskClock, 'sla_started', start.startedAt, { deadline: start.deadline });
      return {
        hotline: start.hotline,
        id,
        clock: taskClock,
        startedAt: start.startedAt,
        deadline: start.deadline,
        ...plan,
      };
    }
    case 'remind': {
      const state = await subject.stillOwed(task.id, taskClock);
      if (!state.owed) return { id: task.id, outcome: 'closed' };
      await subject.record(task.id, taskClock, 'sla_reminded', task.at, {
        percent: task.percent,
        deadline: task.deadline,
      });
      await publishNotice(
        topicArn,
        slaNotice({
          ...task,
          kind: subject.kind,
          clock: taskClock,
          event: 'sla_reminded',
          ...optionalAssignee(state.assignee),
        }),
      );
      return { id: task.id, outcome: 'reminded' };
    }
    case 'breach': {
      const state = await subject.stillOwed(task.id, taskClock);
      if (!state.owed) return { id: task.id, outcome: 'closed' };
      await subject.record(task.id, taskClock, 'sla_breached', task.deadline, {
        deadline: task.deadline,
        escalatedTo: 'supervisors',
      });
      await subject.countBreach(task.id, taskClock, task.deadline, task.deadline);
      await publishNotice(
        topicArn,
        slaNotice({
          ...task,
          kind: subject.kind,
          clock: taskClock,
          event: 'sla_breached',
          ...optionalAssignee(state.assignee),
        }),
      );
      logger.info('SLA breached', { deadline: task.deadline });
      return { id: task.id, outcome: 'breached' };
    }
  }
}

function optionalAssignee(assignee: string | undefined): { assignee?: string } {
  return assignee ? { assignee } : {};
}
