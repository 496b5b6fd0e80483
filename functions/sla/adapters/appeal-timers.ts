import { ENV, readEnv } from '../../shared/env';
import { logger } from '../../shared/logger';
import type { SlaEventType } from '../domain/sla-notice';
import { timerExecutionName } from '../domain/timer-plan';
import { readAppeal } from './sla-records';
import { executionArn, type StoppedTimer, startTimerExecution, stopTimerExecution } from './timer-executions';
import {
  type AppealOutcomeTables,
  recordAnswerEnd,
  recordUrgentAckEnd,
  type TimerEnd,
} from './timer-outcomes';

/**
 * An appeal's two clocks on the appeal SLA state machine: the answer deadline (`appeal-<number>`) and, for
 * an urgent appeal, the state bodies' acknowledgement (`urgent-ack-<number>`). Built once from their
 * configuration (`appealTimerConfigFromEnv()` at cold start); functions that use them get the permissions
 * and environment from `SlaTimers.grantStart(fn, 'appeal')`.
 */

export interface AppealTimerConfig extends AppealOutcomeTables {
  readonly stateMachineArn: string;
}

/** The appeal timers' environment, read once (fails fast naming what is missing). */
export function appealTimerConfigFromEnv(): AppealTimerConfig {
  const env = readEnv([ENV.appealSlaStateMachine, ENV.appealsTable, ENV.qualityTable]);
  return {
    stateMachineArn: env[ENV.appealSlaStateMachine],
    appealsTable: env[ENV.appealsTable],
    qualityTable: env[ENV.qualityTable],
  };
}

export interface AppealTimerInput {
  readonly hotline: string;
  /** The registration number (13 digits). */
  readonly number: string;
  /** When the term starts: the appeal's receipt (answer) or the alert (acknowledgement). */
  readonly startedAt: string;
  readonly deadline: string;
}

export interface AnswerTimer {
  /** Starts the answer-deadline timer; starting twice is harmless (one execution per appeal). */
  start(input: AppealTimerInput): Promise<void>;
  /**
   * Stops it and records the outcome in the history: `sla_met` when answered by the deadline,
   * `sla_answered_late` after it (the breach was recorded when it passed), `sla_cancelled` when the
   * appeal was closed without an answer being owed.
   */
  stop(number: string, outcome: 'met' | 'cancelled'): Promise<void>;
}

export function answerTimer(config: AppealTimerConfig): AnswerTimer {
  return {
    start: (input) =>
      startTimerExecution(config.stateMachineArn, timerExecutionName('appeal', input.number), {
        hotline: input.hotline,
        number: input.number,
        startedAt: input.startedAt,
        deadline: input.deadline,
      }),
    async stop(number, outcome) {
      const appeal = await readAppeal(config.appealsTable, number);
      // After a calendar edit moved the deadline, the running execution is named in the appeal.
      const name = appeal?.slaExecution ?? timerExecutionName('appeal', number);
      const stopped = await stopTimerExecution(executionArn(config.stateMachineArn, name));
      const end: TimerEnd = {
        outcome,
        breached: stopped.breached,
        at: new Date().toISOString(),
        ...(appeal?.deadline ? { deadline: appeal.deadline } : {}),
      };
      const event = await recordAnswerEnd(config, number, end);
      logger.info('Appeal SLA timer stopped', { appealNumber: number, event });
    },
  };
}

export interface UrgentAckTimer {
  /** Starts the clock; a repeated escalation keeps the first execution. */
  start(input: AppealTimerInput): Promise<void>;
  /** Stops the clock if it still runs; says whether it had already breached. Records nothing. */
  stop(number: string, cause: string): Promise<StoppedTimer>;
  /**
   * Records how the clock ended (`clock: 'urgent-ack'`): `sla_met` when a state body acknowledged by the
   * deadline, `sla_answered_late` after it, `sla_cancelled` when the appeal was closed first.
   */
  recordEnd(number: string, end: TimerEnd): Promise<SlaEventType>;
  /** Stops and records the clock of an urgent appeal closed before any state body acknowledged it. */
  cancel(number: string, deadline: string | undefined): Promise<void>;
}

export function urgentAckTimer(config: AppealTimerConfig): UrgentAckTimer {
  const arnOf = (number: string) =>
    executionArn(config.stateMachineArn, timerExecutionName('urgent-ack', number));
  const timer: UrgentAckTimer = {
    start: (input) =>
      startTimerExecution(config.stateMachineArn, timerExecutionName('urgent-ack', input.number), {
        hotline: input.hotline,
        number: input.number,
        clock: 'urgent-ack',
        startedAt: input.startedAt,
        deadline: input.deadline,
      }),
    stop: (number, cause) => stopTimerExecution(arnOf(number), cause),
    async recordEnd(number, end) {
      const event = await recordUrgentAckEnd(config, number, end);
      logger.info('Urgent acknowledgement clock stopped', { appealNumber: number, event });
      return event;
    },
    async cancel(number, deadline) {
      const stopped = await timer.stop(number, 'Appeal closed');
      await timer.recordEnd(number, {
        outcome: 'cancelled',
        breached: stopped.breached,
        at: new Date().toISOString(),
        ...(deadline ? { deadline } : {}),
      });
    },
  };
  return timer;
}
